package cn.jinan.care.domain.honor;

import cn.jinan.care.domain.member.MemberStatus;
import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.domain.policy.Parameters;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.sanction.ImpactPeriod;
import cn.jinan.care.domain.shared.PartyAge;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Optional;

/**
 * R09-MEDAL-50 (第9条): on a year's counting day (七一), a member on the roster whose party age — counted from the
 * full-membership date (转正), see {@link PartyAge} — is at least the minimum (50 years) is due the "光荣在党50年"
 * medal, once; a member inside a sanction's impact period on that day is held back (R20-IMPACT-PERIOD) and listed
 * again in the first year whose counting day is after the period.
 *
 * @param minPartyAge years of party age, {@link ParameterKey#MEDAL_MIN_PARTY_AGE}
 * @param countMonth  month of the counting day, {@link ParameterKey#MEDAL_COUNT_MONTH}
 * @param countDay    day of that month, {@link ParameterKey#MEDAL_COUNT_DAY}
 */
public record MedalRule(int minPartyAge, int countMonth, int countDay) {

    public static final RuleCode CODE = RuleCode.R09_MEDAL_50;

    public MedalRule {
        if (minPartyAge < 1 || countMonth < 1 || countMonth > 12 || countDay < 1 || countDay > 31) {
            throw new IllegalArgumentException("bad medal parameters");
        }
    }

    /**
     * The rule for a year's list: the counting day is read as in force on January 1 of the year, the party age as in
     * force on the counting day.
     */
    public static MedalRule forYear(Parameters parameters, int year) {
        LocalDate newYear = LocalDate.of(year, 1, 1);
        int month = parameters.intValueOn(ParameterKey.MEDAL_COUNT_MONTH, newYear);
        int day = parameters.intValueOn(ParameterKey.MEDAL_COUNT_DAY, newYear);
        LocalDate counting = countDate(year, month, day);
        return new MedalRule(parameters.intValueOn(ParameterKey.MEDAL_MIN_PARTY_AGE, counting), month, day);
    }

    /** The day party age is counted to in {@code year} (a 31st in a shorter month is that month's last day). */
    public LocalDate countDate(int year) {
        return countDate(year, countMonth, countDay);
    }

    private static LocalDate countDate(int year, int month, int day) {
        YearMonth ym = YearMonth.of(year, month);
        return ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }

    /**
     * The latest full-membership date that gives the minimum party age on the year's counting day: a member is old
     * enough in the party exactly when their full-membership date is on or before it (what the database compares).
     */
    public LocalDate latestFullMemberDate(int year) {
        return countDate(year).minusYears(minPartyAge);
    }

    /** Where a member stands on the year's list. */
    public enum Standing {
        /** Due the medal: listed as a candidate. */
        CANDIDATE,
        /** Old enough in the party but inside a sanction's impact period on the counting day: listed apart. */
        HELD_BACK,
        /** Has the medal already. */
        AWARDED,
        /** Deceased, transferred out or no longer a member. */
        NOT_ON_ROSTER,
        /** Admitted but never a full member: no party age. */
        NOT_FULL_MEMBER,
        /** Party age below the minimum on the counting day. */
        TOO_FEW_YEARS
    }

    /**
     * The member's standing on {@code year}'s list.
     *
     * @param impactPeriods the member's sanctions' periods (expulsions have none: they take the member off the roster)
     */
    public Standing assess(MemberStatus status, LocalDate fullMemberDate, boolean awarded,
            Collection<ImpactPeriod> impactPeriods, int year) {
        if (status != MemberStatus.ACTIVE) {
            return Standing.NOT_ON_ROSTER;
        }
        if (fullMemberDate == null) {
            return Standing.NOT_FULL_MEMBER;
        }
        LocalDate counting = countDate(year);
        Optional<PartyAge> age = PartyAge.of(fullMemberDate, counting);
        if (age.isEmpty() || !age.get().atLeast(minPartyAge)) {
            return Standing.TOO_FEW_YEARS;
        }
        if (awarded) {
            return Standing.AWARDED;
        }
        if (impactPeriods.stream().anyMatch(p -> p.covers(counting))) {
            return Standing.HELD_BACK;
        }
        return Standing.CANDIDATE;
    }

    /** The member's party age on the year's counting day, empty while probationary then. */
    public Optional<PartyAge> partyAgeOn(LocalDate fullMemberDate, int year) {
        return PartyAge.of(fullMemberDate, countDate(year));
    }
}
