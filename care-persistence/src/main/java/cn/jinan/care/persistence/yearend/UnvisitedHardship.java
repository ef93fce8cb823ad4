package cn.jinan.care.persistence.yearend;

import java.time.LocalDate;

/**
 * A member of the hardship register not yet visited in a campaign (第27条): their register record, and the campaign's
 * visit still owed to them — or none, when the member was not on the campaign's list (registered after it opened) and
 * had no holiday visit in its window either.
 */
public record UnvisitedHardship(long recordId, long memberId, String memberName, String organizationName,
        LocalDate since, Long obligationId, LocalDate dueDate) {

    /** Whether the campaign made a visit due for the member (else they were left off its list). */
    public boolean onList() {
        return obligationId != null;
    }
}
