package cn.jinan.care.persistence.imports;

import cn.jinan.care.domain.imports.ImportCounts;
import cn.jinan.care.domain.imports.RowIssue;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of checking a file: for each good row what committing would do ({@code S}) and what the preview shows
 * ({@code L}), and the problems of the others.
 */
final class CheckedRows<S, L> {

    final List<S> steps = new ArrayList<>();
    final List<L> lines = new ArrayList<>();
    private final List<RowIssue> issues = new ArrayList<>();
    private int failed;

    void add(S step, L line) {
        steps.add(step);
        lines.add(line);
    }

    void fail(List<RowIssue> rowIssues) {
        issues.addAll(rowIssues);
        failed++;
    }

    ImportPreview<L> preview(int created, int updated, int unchanged) {
        return new ImportPreview<>(new ImportCounts(lines.size() + failed, created, updated, unchanged, failed),
                issues, lines);
    }

    /**
     * The preview, when the file may be committed as the user confirmed it.
     *
     * @throws ImportRefusedException when a row has an error, or the counts are not those the user confirmed
     */
    static <L> ImportPreview<L> requireAsConfirmed(ImportPreview<L> preview, ImportCounts expected) {
        if (preview.counts().errors() > 0) {
            throw new ImportRefusedException("imports.commit.has-errors", preview);
        }
        if (!preview.counts().equals(expected)) {
            throw new ImportRefusedException("imports.commit.changed", preview);
        }
        return preview;
    }
}
