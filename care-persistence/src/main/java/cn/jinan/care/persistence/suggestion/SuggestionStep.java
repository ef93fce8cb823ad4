package cn.jinan.care.persistence.suggestion;

import cn.jinan.care.domain.suggestion.HandlingSystem;
import java.time.LocalDate;

/** A step of a suggestion's handling and what it carries (only the fields its step reads). */
public record SuggestionStep(Kind kind, LocalDate date, HandlingSystem handlingSystem, String owner,
        LocalDate promisedBy, String text) {

    public enum Kind {
        ASSIGN, START, REPLY, IMPLEMENT, NOT_ADOPT
    }
}
