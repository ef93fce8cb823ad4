package cn.jinan.care.persistence.suggestion;

import cn.jinan.care.domain.suggestion.SuggestionChannel;
import cn.jinan.care.domain.suggestion.SuggestionStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the suggestion list shows: one status, one channel, received in one year; {@code overdue} keeps only the open
 * ones past their promised date (承诺制).
 */
public record SuggestionFilter(SuggestionStatus status, SuggestionChannel channel, Integer year, boolean overdue) {

    Set<SuggestionStatus> statuses() {
        return status == null ? EnumSet.allOf(SuggestionStatus.class) : EnumSet.of(status);
    }

    Set<SuggestionChannel> channels() {
        return channel == null ? EnumSet.allOf(SuggestionChannel.class) : EnumSet.of(channel);
    }

    int fromYear() {
        return year == null ? 1900 : year;
    }

    int toYear() {
        return year == null ? 9999 : year;
    }
}
