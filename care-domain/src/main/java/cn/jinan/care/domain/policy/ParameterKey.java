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
    /**
     * 第7条: the fewest delegates who sign a proposal (提案) made during a congress, the lead delegate included. The
     * article says "联名" and gives no number: 5 is the product's default.
     */
    PROPOSAL_MIN_SIGNERS(RuleCode.R07_DELEGATE_PROPOSAL, "5"),
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
    /** 第14条: places a year for recruiting excellent community branch secretaries into public institutions, at least. */
    RECRUITS_PER_YEAR(RuleCode.R14_RECRUIT_QUOTA, "5"),
    /** 第15条: percent by which street/town staff's assessment rewards exceed municipal staff's of the same rank. */
    GRASSROOTS_BONUS_PERCENT(RuleCode.R15_GRASSROOTS_BONUS, "20"),
    /** 第16条: comprehensive assessments a district/county runs of each street/town a year, at most. */
    ASSESSMENTS_PER_YEAR_MAX(RuleCode.R16_ONE_ASSESSMENT, "1"),
    /** 第25条: of the five smalls (canteen, dormitory, bathroom, library, activity room), how many a street/town has. */
    FIVE_SMALLS_REQUIRED(RuleCode.R25_FIVE_SMALL, "5"),
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
    /** 第18条: days after an accountability decision within which its effect is evaluated (the fourth must). */
    ACCOUNTABILITY_EVALUATION_DAYS(RuleCode.R18_FOUR_MUSTS, "90"),
    /** 第21条: the fewest working days a recuperation stay lasts. */
    RECUPERATION_MIN_WORKING_DAYS(RuleCode.R21_RECUPERATION, "5"),
    /** 第21条: the most working days a recuperation stay lasts. */
    RECUPERATION_MAX_WORKING_DAYS(RuleCode.R21_RECUPERATION, "7"),
    /** 第9条: the party age (whole years) from which a member receives the "光荣在党50年" medal. */
    MEDAL_MIN_PARTY_AGE(RuleCode.R09_MEDAL_50, "50"),
    /** 第9条: the month of the day on which party age is counted for the medal (七一: July). */
    MEDAL_COUNT_MONTH(RuleCode.R09_MEDAL_50, "7"),
    /** 第9条: the day of that month (七一: the 1st). */
    MEDAL_COUNT_DAY(RuleCode.R09_MEDAL_50, "1"),
    /** 第20条: months a warning (警告) keeps a member off honor lists. */
    IMPACT_MONTHS_WARNING(RuleCode.R20_IMPACT_PERIOD, "12"),
    /** 第20条: months for a serious warning (严重警告). */
    IMPACT_MONTHS_SERIOUS_WARNING(RuleCode.R20_IMPACT_PERIOD, "18"),
    /** 第20条: months for removal from party posts (撤销党内职务). */
    IMPACT_MONTHS_REMOVAL_FROM_POST(RuleCode.R20_IMPACT_PERIOD, "24"),
    /** 第20条: months after the probation period of 留党察看 (the probation itself, 12 or 24 months, is entered). */
    IMPACT_MONTHS_AFTER_PROBATION(RuleCode.R20_IMPACT_PERIOD, "24"),
    /** 第20条: months for an admonition (诫勉): 六个月内不得提拔或者重用. */
    IMPACT_MONTHS_ADMONITION(RuleCode.R20_IMPACT_PERIOD, "6"),
    /** 第20条: months for an organizational adjustment (调整职务等组织调整): 一年内不得提拔. */
    IMPACT_MONTHS_ORGANIZATIONAL_ADJUSTMENT(RuleCode.R20_IMPACT_PERIOD, "12");

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

    /** Whether the parameter holds a day as yyyymmdd rather than a quantity. */
    public boolean isDate() {
        return this == OLD_MEMBER_SUBSIDY_RURAL_BEFORE || this == OLD_MEMBER_SUBSIDY_URBAN_BEFORE;
    }

    /** Whether a value is one this parameter can hold: a real day for a date parameter, a month 1–12, a day 1–31. */
    public boolean accepts(BigDecimal value) {
        if (value == null || value.signum() < 0) {
            return false;
        }
        try {
            if (isDate()) {
                asDate(value);
            } else if (this == MEDAL_COUNT_MONTH) {
                return value.intValueExact() >= 1 && value.intValueExact() <= 12;
            } else if (this == PROPOSAL_MIN_SIGNERS) {
                // 联名: a joint proposal has at least two signers
                return value.intValueExact() >= 2;
            } else if (this == MEDAL_COUNT_DAY) {
                return value.intValueExact() >= 1 && value.intValueExact() <= 31;
            } else if (this == FIVE_SMALLS_REQUIRED) {
                return value.intValueExact() <= 5;
            } else if (this == RECRUITS_PER_YEAR || this == ASSESSMENTS_PER_YEAR_MAX) {
                value.intValueExact();
            }
            return true;
        } catch (ArithmeticException | java.time.DateTimeException e) {
            return false;
        }
    }

    /** A parameter that holds a day as the number yyyymmdd (the parameter table holds numbers only). */
    public static java.time.LocalDate asDate(BigDecimal yyyymmdd) {
        int v = yyyymmdd.intValueExact();
        return java.time.LocalDate.of(v / 10000, v / 100 % 100, v % 100);
    }
}
