package cn.jinan.care.domain.oldmember;

/** A payment pays one month or one calendar quarter. */
public enum PeriodKind {
    MONTH(1), QUARTER(3);

    private final int months;

    PeriodKind(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
