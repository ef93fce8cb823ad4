package cn.jinan.care.domain.indicator;

import cn.jinan.care.domain.organization.OrgLevel;
import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.domain.policy.Parameters;
import cn.jinan.care.domain.policy.RuleCode;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The yearly indicators of organizations, each read against a parameter (every number of the policy is one):
 * <ul>
 * <li>R14-RECRUIT-QUOTA (第14条: 每年拿出不少于5个名额从优秀社区党组织书记中招聘事业单位人员) — the city, recruits, at least;</li>
 * <li>R15-GRASSROOTS-BONUS (第15条: 街镇工作人员考核奖励一般高于市直机关同职级干部20%) — each street/town, percent above the
 * municipal level, at least;</li>
 * <li>R16-ONE-ASSESSMENT (第16条: 区县对街镇一年只能组织一次综合性考核) — each street/town, comprehensive assessments, at
 * most;</li>
 * <li>R25-FIVE-SMALL (第25条: 小食堂、小宿舍、小澡堂、小书屋、小活动室) — each street/town, smalls in place, at least.</li>
 * </ul>
 * The threshold of a year is the value in force on its last day, as the yearly quotas of members read theirs.
 */
public enum Indicator {
    R14(RuleCode.R14_RECRUIT_QUOTA, OrgLevel.MUNICIPAL, ParameterKey.RECRUITS_PER_YEAR, false),
    R15(RuleCode.R15_GRASSROOTS_BONUS, OrgLevel.STREET, ParameterKey.GRASSROOTS_BONUS_PERCENT, false),
    R16(RuleCode.R16_ONE_ASSESSMENT, OrgLevel.STREET, ParameterKey.ASSESSMENTS_PER_YEAR_MAX, true),
    R25(RuleCode.R25_FIVE_SMALL, OrgLevel.STREET, ParameterKey.FIVE_SMALLS_REQUIRED, false);

    private final RuleCode rule;
    private final OrgLevel level;
    private final ParameterKey parameter;
    private final boolean atMost;

    Indicator(RuleCode rule, OrgLevel level, ParameterKey parameter, boolean atMost) {
        this.rule = rule;
        this.level = level;
        this.parameter = parameter;
        this.atMost = atMost;
    }

    public RuleCode rule() {
        return rule;
    }

    /** The level of the organizations the indicator is entered for. */
    public OrgLevel level() {
        return level;
    }

    public ParameterKey parameter() {
        return parameter;
    }

    /** Whether the threshold is a ceiling (R16) rather than a floor. */
    public boolean atMost() {
        return atMost;
    }

    /** Whether the value is a percent with one decimal (R15) rather than a whole count. */
    public boolean isPercent() {
        return this == R15;
    }

    /** The threshold in force for a year: the parameter's value on December 31. */
    public BigDecimal threshold(int year, Parameters parameters) {
        return parameters.valueOn(parameter, LocalDate.of(year, 12, 31));
    }

    /** Whether an entered value meets a threshold. */
    public boolean meets(BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return atMost ? c <= 0 : c >= 0;
    }

    /** Where an organization stands for a year: its entered value (null when none) against the year's threshold. */
    public IndicatorStatus status(int year, BigDecimal value, Parameters parameters) {
        BigDecimal threshold = threshold(year, parameters);
        IndicatorStatus.State state = value == null ? IndicatorStatus.State.NOT_ENTERED
                : meets(value, threshold) ? IndicatorStatus.State.MET : IndicatorStatus.State.NOT_MET;
        return new IndicatorStatus(this, year, threshold, value, state);
    }
}
