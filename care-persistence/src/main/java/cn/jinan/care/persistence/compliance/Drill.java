package cn.jinan.care.persistence.compliance;

/**
 * Which members behind a rule's figure to list: those it was required of, those who did it, those behind (short of a
 * quota or with an obligation overdue), the exempt, those with obligations still open, those with waived ones.
 */
public enum Drill {
    REQUIRED("(c.required > 0 or c.due - c.waived > 0)"),
    DONE("(c.met > 0 or c.fulfilled > 0)"),
    BEHIND("(c.required > c.met or c.overdue > 0)"),
    EXEMPT("c.exempt > 0"),
    OPEN("c.open > 0"),
    WAIVED("c.waived > 0");

    private final String condition;

    Drill(String condition) {
        this.condition = condition;
    }

    /** The SQL condition over the member's cell {@code c}. */
    String condition() {
        return condition;
    }
}
