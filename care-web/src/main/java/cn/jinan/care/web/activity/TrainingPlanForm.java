package cn.jinan.care.web.activity;

import cn.jinan.care.domain.activity.TrainingPlan;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import lombok.Data;

/** The training plan form: organization and year fixed once recorded. */
@Data
public class TrainingPlanForm {

    private Long organizationId;

    @NotNull
    @Min(TrainingPlan.FIRST_YEAR)
    @Max(TrainingPlan.LAST_YEAR)
    private Integer year;

    @NotNull
    @Min(0)
    @Max(10000)
    private Integer plannedSessions;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 6, fraction = 1)
    private BigDecimal plannedHours;

    @Size(max = 2000)
    private String topics;

    private long version;

    private UUID token = UUID.randomUUID();

    static TrainingPlanForm of(TrainingPlan p) {
        TrainingPlanForm f = new TrainingPlanForm();
        f.setOrganizationId(p.getOrganization().getId());
        f.setYear(p.getYear());
        f.setPlannedSessions(p.getPlannedSessions());
        f.setPlannedHours(p.getPlannedHours());
        f.setTopics(p.getTopics());
        f.setVersion(p.getVersion());
        return f;
    }
}
