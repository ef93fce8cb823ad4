package cn.jinan.care.domain.fairness;

/** The decision of a fault-tolerance case. */
public enum FaultToleranceDecision {
    /** 容错免责: no accountability for the error. */
    EXEMPTED,
    /** 从轻: tolerated in part, handled lightly. */
    LIGHTENED,
    /** 不予容错. */
    NOT_GRANTED;

    /** Whether tolerance was granted: later assessments of the member must take it into account (第17条). */
    public boolean granted() {
        return this != NOT_GRANTED;
    }
}
