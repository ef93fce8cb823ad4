package cn.jinan.care.persistence.quota;

import cn.jinan.care.domain.policy.RuleCode;
import java.math.BigDecimal;

/** A member short of a yearly quota: how much is required, done, and missing. */
public record Shortfall(long memberId, String memberName, String organizationName, RuleCode rule,
        BigDecimal required, BigDecimal done) {

    public BigDecimal missing() {
        return required.subtract(done).max(BigDecimal.ZERO);
    }
}
