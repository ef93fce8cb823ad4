package cn.jinan.care.domain.delegate;

import java.time.LocalDate;

/** What the proposal form holds (the lead delegate and co-signers are passed apart). */
public record ProposalDetails(ProposalKind kind, String congress, String title, String content, String addressee,
        LocalDate submittedOn) {
}
