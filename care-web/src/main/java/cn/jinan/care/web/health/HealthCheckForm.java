package cn.jinan.care.web.health;

import cn.jinan.care.domain.health.HealthCheckDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The health check form. {@code token} makes a double submit create one check. */
@Data
public class HealthCheckForm {

    @NotNull
    private Long memberId;

    @NotNull
    private Integer year;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotBlank
    @Size(max = 100)
    private String institution;

    private boolean majorRisk;

    @Size(max = 2000)
    private String findings;

    @Size(max = 1000)
    private String followUpPlan;

    private UUID token = UUID.randomUUID();

    HealthCheckDetails details() {
        return new HealthCheckDetails(year, date, institution, majorRisk, findings, followUpPlan);
    }
}
