package cn.jinan.care.web.fairness;

import cn.jinan.care.domain.fairness.FaultToleranceOrigin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Opening a fault-tolerance case: application received or case found, and the facts. */
@Data
public class FaultToleranceForm {

    @NotNull
    private Long memberId;

    @NotNull
    private FaultToleranceOrigin origin;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;

    @NotBlank
    @Size(max = 2000)
    private String facts;

    private UUID token = UUID.randomUUID();
}
