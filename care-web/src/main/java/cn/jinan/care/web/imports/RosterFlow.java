package cn.jinan.care.web.imports;

import cn.jinan.care.domain.imports.ImportCounts;
import cn.jinan.care.domain.imports.ImportKind;
import cn.jinan.care.domain.imports.ImportRows;
import cn.jinan.care.domain.imports.RosterColumn;
import cn.jinan.care.domain.imports.Vocabulary;
import cn.jinan.care.domain.imports.Words;
import cn.jinan.care.persistence.imports.ImportPreview;
import cn.jinan.care.persistence.imports.RosterImportService;
import cn.jinan.care.persistence.imports.RosterLine;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.reports.imports.TemplateColumn;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** The member roster's import. */
@Component
@RequiredArgsConstructor
class RosterFlow implements ImportFlow<RosterColumn, RosterLine> {

    private final RosterImportService roster;

    @Override
    public ImportKind kind() {
        return ImportKind.ROSTER;
    }

    @Override
    public String path() {
        return "roster";
    }

    @Override
    public Class<RosterColumn> columns() {
        return RosterColumn.class;
    }

    @Override
    public boolean offersUpdates() {
        return true;
    }

    @Override
    public ImportPreview<RosterLine> preview(DataScope scope, ImportRows<RosterColumn> rows, boolean updateExisting) {
        return roster.preview(scope, rows, updateExisting);
    }

    @Override
    public ImportPreview<RosterLine> commit(DataScope scope, long batchId, ImportRows<RosterColumn> rows,
            ImportCounts expected) {
        return roster.commit(scope, batchId, rows, expected);
    }

    @Override
    public TemplateColumn.Kind cellKind(RosterColumn column) {
        return switch (column) {
            case BIRTH_DATE, ADMITTED_DATE, FULL_MEMBER_DATE -> TemplateColumn.Kind.DATE;
            default -> TemplateColumn.Kind.TEXT;
        };
    }

    @Override
    public Vocabulary<?> vocabulary(RosterColumn column) {
        return switch (column) {
            case GENDER -> Words.GENDER;
            case ETHNICITY -> Words.ETHNICITY;
            case CATEGORY -> Words.CATEGORY;
            case HOUSEHOLD -> Words.HOUSEHOLD;
            case DELEGATE_LEVEL -> Words.DELEGATE_LEVEL;
            case LEADING_CADRE, GRASSROOTS, RETIRED, WITHOUT_PENSION, STREET_STAFF -> YES_NO;
            default -> null;
        };
    }

    /** Only 是 and 否 in the drop-downs; the other accepted words are for files from elsewhere. */
    private static final Vocabulary<Boolean> YES_NO = new Vocabulary<Boolean>("imports.value.yes-no")
            .add(true, "是").add(false, "否");
}
