package cn.jinan.care.persistence.honor;

import java.time.LocalDate;

/**
 * A row of the medal's lists: the member, where, the dates party age counts from, the party age on the year's
 * counting day, and for a held-back member the last day of the impact period that holds them back.
 */
public record MedalCandidate(long memberId, String name, long organizationId, String organizationName,
        LocalDate admittedDate, LocalDate fullMemberDate, int partyAge, LocalDate impactUntil) {
}
