package cn.jinan.care.web.fairness;

import cn.jinan.care.domain.fairness.FaultToleranceDecision;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The steps of a fault-tolerance case: each step's page binds its own fields; what each step requires is the case's
 * rule, so its refusals land next to these fields.
 */
@Data
public class FaultToleranceStepForm {

    private long version;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate investigatedOn;
    @Size(max = 100)
    private String investigator;
    @Size(max = 2000)
    private String findings;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate assessedOn;
    private Boolean lackOfExperience;
    private Boolean notProhibited;
    private Boolean forDevelopment;
    @Size(max = 2000)
    private String assessment;

    private FaultToleranceDecision decision;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;
    @Size(max = 100)
    private String decidedBy;
    @Size(max = 2000)
    private String decisionReasons;
}
