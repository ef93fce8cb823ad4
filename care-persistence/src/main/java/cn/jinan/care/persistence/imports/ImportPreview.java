package cn.jinan.care.persistence.imports;

import cn.jinan.care.domain.imports.ImportCounts;
import cn.jinan.care.domain.imports.RowIssue;
import java.util.List;

/**
 * What a file would do: the counts, every problem by row and column (in row order), and a line for each row without
 * problems.
 */
public record ImportPreview<L>(ImportCounts counts, List<RowIssue> issues, List<L> lines) {

    public ImportPreview {
        issues = List.copyOf(issues);
        lines = List.copyOf(lines);
    }

    public boolean committable() {
        return counts.committable();
    }
}
