package cn.jinan.care.web.counseling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** One counseling session. */
@Data
public class SessionForm {

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotBlank
    @Size(max = 50)
    private String counselor;

    @Size(max = 2000)
    private String notes;

    private UUID token = UUID.randomUUID();
}
