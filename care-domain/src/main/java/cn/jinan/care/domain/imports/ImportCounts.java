package cn.jinan.care.domain.imports;

/**
 * What checking a file found: data rows, rows that would make a new record, rows that would update an existing one,
 * rows that change nothing, and rows with at least one error.
 */
public record ImportCounts(int rows, int created, int updated, int unchanged, int errors) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0);

    public ImportCounts {
        if (rows < 0 || created < 0 || updated < 0 || unchanged < 0 || errors < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /** Whether the file may be committed: no row has an error, and some row writes something. */
    public boolean committable() {
        return errors == 0 && created + updated > 0;
    }
}
