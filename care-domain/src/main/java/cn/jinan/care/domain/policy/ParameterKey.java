package cn.jinan.care.domain.policy;

import java.math.BigDecimal;

/**
 * Every number of the policy, each a parameter with an effective date (the regulation is a trial: its numbers will
 * change). The defaults here are what Flyway seeds, effective from the regulation's date; the database holds the
 * values in force.
 */
public enum ParameterKey {
    /** 第3条: study hours each member takes a year. */
    TRAINING_HOURS_PER_YEAR(RuleCode.R03_TRAINING_HOURS, "32"),
    /** 第4条: party lectures each leading cadre gives a year. */
    LECTURES_PER_YEAR(RuleCode.R04_LECTURES, "2"),
    /** 第8条: talks with the superior organization's responsible comrade a grassroots member has a year. */
    SUPERIOR_TALKS_PER_YEAR(RuleCode.R08_SUPERIOR_TALKS, "2"),
    /** 第8条: days for the encouragement talk after admission, transfer in or an honor. */
    ENCOURAGEMENT_TALK_DAYS(RuleCode.R08_TALK_ON_EVENT, "30"),
    /** 第8条: days for the education talk after a sanction or a tendency problem ("及时"). */
    EDUCATION_TALK_DAYS(RuleCode.R08_TALK_ON_EVENT, "15"),
    /** 第8条: days for the talk after a post change ("及时"). */
    POST_CHANGE_TALK_DAYS(RuleCode.R08_TALK_ON_EVENT, "30"),
    /** 第22条: days for following up a health check's major-risk finding. */
    HEALTH_FOLLOW_UP_DAYS(RuleCode.R22_HEALTH_CHECK, "30"),
    /** 第26条: months between home visits to a seriously ill, very old or disabled old member ("经常"). */
    OLD_MEMBER_VISIT_MONTHS(RuleCode.R26_OLD_MEMBER_VISIT, "3"),
    /** 第26条: the age from which a seriously ill member counts as an old member for home visits. */
    OLD_MEMBER_MIN_AGE(RuleCode.R26_OLD_MEMBER_VISIT, "60"),
    /** 第26条: the age from which an old member is very old (高龄) and is visited at home without an event. */
    OLD_MEMBER_VERY_OLD_AGE(RuleCode.R26_OLD_MEMBER_VISIT, "80"),
    /**
     * 第26条: 新中国成立前入党的农村老党员 — a rural member admitted before this day (a date written yyyymmdd) has the living
     * subsidy.
     */
    OLD_MEMBER_SUBSIDY_RURAL_BEFORE(RuleCode.R26_OLD_MEMBER_VISIT, "19491001"),
    /** 第26条: 未享受离退休待遇的城镇老党员 — an urban member without retirement pay admitted before this day (yyyymmdd). */
    OLD_MEMBER_SUBSIDY_URBAN_BEFORE(RuleCode.R26_OLD_MEMBER_VISIT, "19491001"),
    /** 第26条: 定期增长机制 — percent by which a year's monthly standard exceeds the last decided one, each year. */
    OLD_MEMBER_SUBSIDY_RAISE_PERCENT(RuleCode.R26_OLD_MEMBER_VISIT, "5"),
    /** 第27条: days for the visit after a disaster, accident or serious illness in the family ("及时"). */
    EMERGENCY_VISIT_DAYS(RuleCode.R27_EMERGENCY_VISIT, "7"),
    /** 第28条: months between follow-ups of the family of a member who died on duty ("定期跟踪走访"). */
    FAMILY_FOLLOW_UP_MONTHS(RuleCode.R28_FAMILY_FOLLOW_UP, "6"),
    /** 第29条: days for the visit to a critically ill member. */
    END_OF_LIFE_VISIT_DAYS(RuleCode.R29_END_OF_LIFE, "7"),
    /** 第29条: days for the condolence after a member's death. */
    CONDOLENCE_DAYS(RuleCode.R29_CONDOLENCE, "7"),
    /** 第21条: the fewest working days a recuperation stay lasts. */
    RECUPERATION_MIN_WORKING_DAYS(RuleCode.R21_RECUPERATION, "5"),
    /** 第21条: the most working days a recuperation stay lasts. */
    RECUPERATION_MAX_WORKING_DAYS(RuleCode.R21_RECUPERATION, "7");

    private final RuleCode rule;
    private final BigDecimal defaultValue;

    ParameterKey(RuleCode rule, String defaultValue) {
        this.rule = rule;
        this.defaultValue = new BigDecimal(defaultValue);
    }

    public RuleCode rule() {
        return rule;
    }

    public BigDecimal defaultValue() {
        return defaultValue;
    }

    /** A parameter that holds a day as the number yyyymmdd (the parameter table holds numbers only). */
    public static java.time.LocalDate asDate(BigDecimal yyyymmdd) {
        int v = yyyymmdd.intValueExact();
        return java.time.LocalDate.of(v / 10000, v / 100 % 100, v % 100);
    }
}
