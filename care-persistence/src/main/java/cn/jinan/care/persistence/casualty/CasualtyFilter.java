package cn.jinan.care.persistence.casualty;

import cn.jinan.care.domain.casualty.CasualtyKind;
import java.time.LocalDate;

/**
 * What the casualty list shows: optionally one organization's subtree inside the scope, one kind, open/closed/all
 * cases, cases on the register at some time in a year, and only those whose family follow-up is overdue.
 */
public record CasualtyFilter(Long organizationId, CasualtyKind kind, State state, Integer year, boolean overdueOnly) {

    public enum State {
        OPEN, CLOSED, ALL
    }

    public CasualtyFilter {
        state = state == null ? State.OPEN : state;
    }

    public static CasualtyFilter open() {
        return new CasualtyFilter(null, null, State.OPEN, null, false);
    }

    LocalDate from() {
        return year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1);
    }

    LocalDate to() {
        return year == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(year, 12, 31);
    }
}
