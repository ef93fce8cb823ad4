package cn.jinan.care.persistence.compliance;

import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.policy.RuleKind;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One rule's figure on a dashboard: how many were required, how many done, the rate, and how many are behind. A quota
 * counts members (required = members it applies to and not exempt; done = those who met it; behind = those short of
 * it); an obligation counts obligations falling due in the year (required = due and not waived; done = fulfilled;
 * behind = open past the due date).
 */
public record RuleFigure(RuleCode rule, Measures measures) {

    public boolean quota() {
        return rule.kind() == RuleKind.QUOTA && measures.due() == 0;
    }

    public long required() {
        return quota() ? measures.required() : measures.owed();
    }

    public long done() {
        return quota() ? measures.met() : measures.fulfilled();
    }

    /** Quota: members short; obligation: open past the due date. */
    public long behind() {
        return quota() ? measures.shortOf() : measures.overdue();
    }

    /** Done over required, 0–100 with one decimal; 100 when nothing was required. */
    public BigDecimal rate() {
        return rate(done(), required());
    }

    static BigDecimal rate(long done, long required) {
        if (required == 0) {
            return BigDecimal.valueOf(100).setScale(1, RoundingMode.UNNECESSARY);
        }
        return BigDecimal.valueOf(done * 100L).divide(BigDecimal.valueOf(required), 1, RoundingMode.HALF_UP);
    }
}
