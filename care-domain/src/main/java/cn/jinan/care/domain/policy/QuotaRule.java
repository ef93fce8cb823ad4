package cn.jinan.care.domain.policy;

import cn.jinan.care.domain.member.Member;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A yearly quota of a member: R03-TRAINING-HOURS (第3条: 每年组织党员集中学习培训时间不少于32学时, every member),
 * R04-LECTURES (第4条: 党员领导干部带头每年深入基层为党员至少讲2次党课, leading cadres), R08-SUPERIOR-TALKS (第8条: 上级党组织负责同志与
 * 基层党员干部每年普遍谈心谈话不少于2次, grassroots members). The value required is the one in force on the year's last day.
 */
public enum QuotaRule {
    TRAINING_HOURS(RuleCode.R03_TRAINING_HOURS, ParameterKey.TRAINING_HOURS_PER_YEAR),
    LECTURES(RuleCode.R04_LECTURES, ParameterKey.LECTURES_PER_YEAR),
    SUPERIOR_TALKS(RuleCode.R08_SUPERIOR_TALKS, ParameterKey.SUPERIOR_TALKS_PER_YEAR);

    private final RuleCode rule;
    private final ParameterKey parameter;

    QuotaRule(RuleCode rule, ParameterKey parameter) {
        this.rule = rule;
        this.parameter = parameter;
    }

    public RuleCode rule() {
        return rule;
    }

    /** The parameter that holds the number required. */
    public ParameterKey parameter() {
        return parameter;
    }

    /** The member quota whose number this parameter is, if it is one. */
    public static java.util.Optional<QuotaRule> ofParameter(ParameterKey key) {
        return java.util.Arrays.stream(values()).filter(q -> q.parameter == key).findFirst();
    }

    /** The member quota of a rule code, if it is one. */
    public static java.util.Optional<QuotaRule> find(RuleCode code) {
        return java.util.Arrays.stream(values()).filter(q -> q.rule == code).findFirst();
    }

    public static QuotaRule of(RuleCode code) {
        for (QuotaRule q : values()) {
            if (q.rule == code) {
                return q;
            }
        }
        throw new IllegalArgumentException(code + " is not a member quota");
    }

    /** The quotas that apply to a member: every member studies; cadres lecture; grassroots members talk upward. */
    public static List<QuotaRule> applicableTo(Member member) {
        return java.util.Arrays.stream(values()).filter(q -> q.appliesTo(member)).toList();
    }

    public boolean appliesTo(Member member) {
        return switch (this) {
            case TRAINING_HOURS -> true;
            case LECTURES -> member.isLeadingCadre();
            case SUPERIOR_TALKS -> member.isGrassroots();
        };
    }

    public BigDecimal required(int year, Parameters parameters) {
        return parameters.valueOn(parameter, LocalDate.of(year, 12, 31));
    }

    public QuotaStatus status(int year, BigDecimal done, boolean exempt, Parameters parameters) {
        return new QuotaStatus(rule, required(year, parameters), done, exempt);
    }
}
