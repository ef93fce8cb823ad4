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
    /** 第27条: days for the visit after a disaster, accident or serious illness in the family ("及时"). */
    EMERGENCY_VISIT_DAYS(RuleCode.R27_EMERGENCY_VISIT, "7"),
    /** 第29条: days for the visit to a critically ill member. */
    END_OF_LIFE_VISIT_DAYS(RuleCode.R29_END_OF_LIFE, "7"),
    /** 第29条: days for the condolence after a member's death. */
    CONDOLENCE_DAYS(RuleCode.R29_CONDOLENCE, "7"),
    /** 第18条: days after an accountability decision within which its effect is evaluated (the fourth must). */
    ACCOUNTABILITY_EVALUATION_DAYS(RuleCode.R18_FOUR_MUSTS, "90"),
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
}
