package cn.jinan.care.domain.suggestion;

import java.time.LocalDate;

/** What the suggestion form holds (the submitting member, if any, is passed apart). */
public record SuggestionDetails(SubmitterKind submitterKind, String submitterName, SuggestionChannel channel,
        LocalDate receivedOn, String content) {
}
