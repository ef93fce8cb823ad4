package cn.jinan.care.persistence.imports;

import cn.jinan.care.domain.imports.ImportCounts;
import cn.jinan.care.domain.imports.ImportKind;
import cn.jinan.care.domain.imports.ImportStatus;
import java.time.Instant;

/** A batch as the list of recent imports shows it, without its file. */
public record BatchSummary(long id, ImportKind kind, ImportStatus status, String fileName, String organizationName,
        Instant createdAt, String createdBy, Instant committedAt, int rows, int created, int updated, int unchanged,
        int errors) {

    public ImportCounts counts() {
        return new ImportCounts(rows, created, updated, unchanged, errors);
    }
}
