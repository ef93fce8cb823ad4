package cn.jinan.care.web.health;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The follow-up of a major-risk health check. */
@Data
public class FollowUpForm {

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotBlank
    @Size(max = 100)
    private String byWhom;

    @Size(max = 2000)
    private String notes;

    private UUID token = UUID.randomUUID();
}
