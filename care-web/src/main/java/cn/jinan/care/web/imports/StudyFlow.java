package cn.jinan.care.web.imports;

import cn.jinan.care.domain.imports.ImportCounts;
import cn.jinan.care.domain.imports.ImportKind;
import cn.jinan.care.domain.imports.ImportRows;
import cn.jinan.care.domain.imports.StudyColumn;
import cn.jinan.care.domain.imports.Vocabulary;
import cn.jinan.care.domain.imports.Words;
import cn.jinan.care.persistence.imports.ImportPreview;
import cn.jinan.care.persistence.imports.StudyImportService;
import cn.jinan.care.persistence.imports.StudyLine;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.reports.imports.TemplateColumn;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Study hours' import (第3条), e.g. from an online learning platform's export. */
@Component
@RequiredArgsConstructor
class StudyFlow implements ImportFlow<StudyColumn, StudyLine> {

    private final StudyImportService study;

    @Override
    public ImportKind kind() {
        return ImportKind.STUDY;
    }

    @Override
    public String path() {
        return "study";
    }

    @Override
    public Class<StudyColumn> columns() {
        return StudyColumn.class;
    }

    @Override
    public boolean offersUpdates() {
        return false;
    }

    @Override
    public ImportPreview<StudyLine> preview(DataScope scope, ImportRows<StudyColumn> rows, boolean updateExisting) {
        return study.preview(scope, rows);
    }

    @Override
    public ImportPreview<StudyLine> commit(DataScope scope, long batchId, ImportRows<StudyColumn> rows,
            ImportCounts expected) {
        return study.commit(scope, batchId, rows, expected);
    }

    @Override
    public TemplateColumn.Kind cellKind(StudyColumn column) {
        return switch (column) {
            case DATE -> TemplateColumn.Kind.DATE;
            case HOURS -> TemplateColumn.Kind.NUMBER;
            default -> TemplateColumn.Kind.TEXT;
        };
    }

    /** No drop-down for the platform: other platforms' names are accepted when the kind is given. */
    @Override
    public java.util.List<String> choices(StudyColumn column) {
        return column == StudyColumn.PLATFORM ? java.util.List.of() : ImportFlow.super.choices(column);
    }

    @Override
    public Vocabulary<?> vocabulary(StudyColumn column) {
        return switch (column) {
            case PLATFORM -> Words.PLATFORM;
            case KIND -> Words.STUDY_KIND;
            default -> null;
        };
    }
}
