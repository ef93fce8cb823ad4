package cn.jinan.care.persistence.audit;

import java.time.Instant;
import java.util.List;

/**
 * One revision of a record as a person reads it: who changed it, when, and each field's value before and after.
 * Values are raw (enum names, ISO dates, ids); the page translates them.
 */
public record Change(long revision, Instant at, String username, Kind kind, List<FieldChange> fields) {

    public enum Kind {
        CREATED, CHANGED, DELETED
    }

    public record FieldChange(String field, Object before, Object after) {
    }
}
