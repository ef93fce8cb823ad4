package cn.jinan.care.domain.policy;

import java.math.BigDecimal;

/** Where a member stands against a yearly quota: required, done, and whether they are exempt this year. */
public record QuotaStatus(RuleCode rule, BigDecimal required, BigDecimal done, boolean exempt) {

    /** How much is still missing (zero when met or exempt). */
    public BigDecimal missing() {
        if (exempt) {
            return BigDecimal.ZERO;
        }
        return required.subtract(done).max(BigDecimal.ZERO);
    }

    public boolean met() {
        return exempt || done.compareTo(required) >= 0;
    }
}
