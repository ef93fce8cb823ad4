package cn.jinan.care.web.fairness;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Opening an accountability case: the problem and its rectification ordered first (先责令整改). */
@Data
public class AccountabilityForm {

    @NotNull
    private Long memberId;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate foundOn;

    @NotBlank
    @Size(max = 2000)
    private String problem;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate rectificationOrderedOn;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate rectificationDeadline;

    @NotBlank
    @Size(max = 1000)
    private String rectificationRequirements;

    private UUID token = UUID.randomUUID();
}
