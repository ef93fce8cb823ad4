package cn.jinan.care.domain.obligation;

/**
 * Stored status of an obligation. "Overdue" is not stored: it is an open obligation past its due date, worked out
 * from the date at every read, so it is never stale.
 */
public enum ObligationStatus {
    OPEN, FULFILLED, WAIVED
}
