package cn.jinan.care.web.fairness;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** A report (信访举报) about a member received. */
@Data
public class ClarificationForm {

    @NotNull
    private Long memberId;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;

    @NotBlank
    @Size(max = 2000)
    private String reportSummary;

    private UUID token = UUID.randomUUID();
}
