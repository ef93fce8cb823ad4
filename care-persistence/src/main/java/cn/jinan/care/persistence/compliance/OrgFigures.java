package cn.jinan.care.persistence.compliance;

import cn.jinan.care.domain.policy.RuleCode;
import java.math.BigDecimal;
import java.util.Map;

/**
 * An organization's figures for a year, rule by rule, and its overall compliance: everything done over everything
 * required, across the rules (members meeting quotas plus obligations fulfilled, over members required plus
 * obligations owed).
 */
public record OrgFigures(long organizationId, String code, String name, String path, Map<RuleCode, RuleFigure> rules) {

    public long required() {
        return rules.values().stream().mapToLong(RuleFigure::required).sum();
    }

    public long done() {
        return rules.values().stream().mapToLong(RuleFigure::done).sum();
    }

    public long behind() {
        return rules.values().stream().mapToLong(RuleFigure::behind).sum();
    }

    public BigDecimal rate() {
        return RuleFigure.rate(done(), required());
    }

    public RuleFigure rule(RuleCode rule) {
        return rules.getOrDefault(rule, new RuleFigure(rule, Measures.NONE));
    }
}
