package cn.jinan.care.persistence.delegate;

import cn.jinan.care.domain.delegate.ProposalDecision;
import java.time.LocalDate;

/** A step of a proposal's handling: the decision (with its note), the handling or the reply. */
public record ProposalStep(Kind kind, ProposalDecision decision, LocalDate date, String note) {

    public enum Kind {
        DECIDE, HANDLE, REPLY
    }
}
