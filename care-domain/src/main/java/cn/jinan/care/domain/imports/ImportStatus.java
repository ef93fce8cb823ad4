package cn.jinan.care.domain.imports;

/** Where a batch stands. A batch that is dropped or expires is deleted, so it has no status of its own. */
public enum ImportStatus {
    /** Uploaded and checked; waiting for the user to confirm. */
    PREVIEWED,
    /** Written to the roster or the register; it cannot be committed again. */
    COMMITTED
}
