package cn.jinan.care.persistence.delegate;

import cn.jinan.care.domain.delegate.ProposalKind;
import cn.jinan.care.domain.delegate.ProposalStatus;
import java.util.EnumSet;
import java.util.Set;

/** What the proposal list shows: one kind (提案 or 提议), one status, submitted in one year. */
public record ProposalFilter(ProposalKind kind, ProposalStatus status, Integer year) {

    Set<ProposalKind> kinds() {
        return kind == null ? EnumSet.allOf(ProposalKind.class) : EnumSet.of(kind);
    }

    Set<ProposalStatus> statuses() {
        return status == null ? EnumSet.allOf(ProposalStatus.class) : EnumSet.of(status);
    }

    int fromYear() {
        return year == null ? 1900 : year;
    }

    int toYear() {
        return year == null ? 9999 : year;
    }
}
