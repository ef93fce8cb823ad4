package cn.jinan.care.web.hardship;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** A review of a hardship record held today: when the next one is due, and what was found. */
@Data
public class ReviewForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nextReviewDate;

    @Size(max = 1000)
    private String note;

    private long version;
}
