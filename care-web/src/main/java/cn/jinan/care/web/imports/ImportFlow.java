package cn.jinan.care.web.imports;

import cn.jinan.care.domain.imports.ImportColumn;
import cn.jinan.care.domain.imports.ImportCounts;
import cn.jinan.care.domain.imports.ImportKind;
import cn.jinan.care.domain.imports.ImportRows;
import cn.jinan.care.domain.imports.Vocabulary;
import cn.jinan.care.persistence.imports.ImportPreview;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.reports.imports.TemplateColumn;
import java.util.Arrays;
import java.util.List;

/**
 * What differs between importing the roster and importing study hours: the format, the service that checks and
 * commits, and how the template explains each column. The controller runs the rest the same way for both.
 */
interface ImportFlow<C extends Enum<C> & ImportColumn, L> {

    ImportKind kind();

    /** The path segment under {@code /imports}. */
    String path();

    Class<C> columns();

    /** Whether the user may ask to update records already there. */
    boolean offersUpdates();

    ImportPreview<L> preview(DataScope scope, ImportRows<C> rows, boolean updateExisting);

    ImportPreview<L> commit(DataScope scope, long batchId, ImportRows<C> rows, ImportCounts expected);

    /** The kind of cell a column holds in the template. */
    TemplateColumn.Kind cellKind(C column);

    /** The words a coded column accepts, or {@code null}. */
    Vocabulary<?> vocabulary(C column);

    /** The words offered in the template's drop-down: the vocabulary's listed words. */
    default List<String> choices(C column) {
        Vocabulary<?> words = vocabulary(column);
        return words == null ? List.of() : Arrays.asList(words.listedWords().split("、"));
    }
}
