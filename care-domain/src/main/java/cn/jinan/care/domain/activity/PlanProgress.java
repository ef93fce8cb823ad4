package cn.jinan.care.domain.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A training plan against what its organization held that year: study activities (sessions) and the hours each
 * participant could take from them (hours a day times days, summed over the activities).
 */
public record PlanProgress(TrainingPlan plan, long actualSessions, BigDecimal actualHours) {

    public PlanProgress {
        actualHours = actualHours == null ? BigDecimal.ZERO : actualHours;
    }

    public boolean sessionsReached() {
        return actualSessions >= plan.getPlannedSessions();
    }

    public boolean hoursReached() {
        return actualHours.compareTo(plan.getPlannedHours()) >= 0;
    }

    /** Hours held as a whole percent of hours planned (100 when nothing was planned). */
    public int hoursPercent() {
        if (plan.getPlannedHours().signum() == 0) {
            return 100;
        }
        return actualHours.multiply(BigDecimal.valueOf(100)).divide(plan.getPlannedHours(), 0, RoundingMode.DOWN)
                .intValue();
    }
}
