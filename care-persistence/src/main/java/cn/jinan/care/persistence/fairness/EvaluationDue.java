package cn.jinan.care.persistence.fairness;

import cn.jinan.care.domain.fairness.AccountabilityCase;
import java.time.LocalDate;

/** A decided accountability case whose effect evaluation (the fourth must) is owed, and by when. */
public record EvaluationDue(AccountabilityCase accountability, LocalDate dueDate) {

    public boolean isOverdue(LocalDate today) {
        return dueDate.isBefore(today);
    }
}
