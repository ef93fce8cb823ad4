package cn.jinan.care.web.imports;

import cn.jinan.care.domain.imports.ImportColumn;
import cn.jinan.care.domain.imports.ImportRow;
import cn.jinan.care.domain.imports.ImportRows;
import cn.jinan.care.domain.imports.RowIssue;
import cn.jinan.care.domain.imports.SheetRow;
import cn.jinan.care.domain.imports.Vocabulary;
import cn.jinan.care.reports.imports.ImportTemplateWriter;
import cn.jinan.care.reports.imports.TemplateColumn;
import cn.jinan.care.reports.imports.UploadedFileReader;
import cn.jinan.care.reports.shared.Column;
import cn.jinan.care.reports.xlsx.XlsxTableWriter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The spreadsheets of an import: reading an uploaded file under a format, writing the template, and writing the rows
 * with problems back with a reason column. Headers of the format stay as the template writes them (Chinese) in every
 * file, so an error file can be corrected and uploaded again; the reasons and the instructions are in the user's
 * language.
 */
@Component
@RequiredArgsConstructor
class ImportSheets {

    private final ImportLimits limits;
    private final MessageSource messages;

    /**
     * The rows of an uploaded file under the flow's format.
     *
     * @throws cn.jinan.care.domain.imports.ImportFileException when the file is refused as a whole
     */
    <C extends Enum<C> & ImportColumn> ImportRows<C> rows(ImportFlow<C, ?> flow, byte[] content, String fileName) {
        List<SheetRow> table = new UploadedFileReader(limits.maxRows()).read(content, fileName);
        return ImportRows.of(table, flow.columns(), limits.maxRows());
    }

    <C extends Enum<C> & ImportColumn> void template(ImportFlow<C, ?> flow, OutputStream out) {
        String prefix = "imports." + flow.path() + ".help.";
        List<TemplateColumn> columns = new ArrayList<>();
        for (C column : flow.columns().getEnumConstants()) {
            Vocabulary<?> words = flow.vocabulary(column);
            columns.add(new TemplateColumn(column.header(), column.required(), flow.cellKind(column),
                    column.example(), flow.choices(column), message(prefix + column.name()),
                    words == null ? "" : words.listedWords()));
        }
        List<String> notes = List.of(
                message("imports.template.note.example"),
                message("imports.template.note.first-sheet"),
                message("imports.template.note.limits", limits.maxRows(), limits.maxMegabytes()),
                message("imports.template.note.csv"),
                message("imports." + flow.path() + ".template.note"));
        ImportTemplateWriter.write(out, message("imports." + flow.path() + ".template.sheet"), columns,
                limits.maxRows(), message("imports.template.notes-sheet"),
                List.of(message("imports.template.col.column"), message("imports.template.col.required"),
                        message("imports.template.col.description"), message("imports.template.col.allowed")),
                notes, List.of(message("common.yes"), message("common.no")));
    }

    /**
     * The rows with problems, as uploaded, each with its row number and the reasons; only the format's columns the
     * file had. Formula-like text is written as text (the writer's formula guard).
     */
    <C extends Enum<C> & ImportColumn> void errorRows(ImportFlow<C, ?> flow, ImportRows<C> rows,
            List<RowIssue> issues, OutputStream out) {
        Map<Integer, List<RowIssue>> byRow = new LinkedHashMap<>();
        issues.forEach(issue -> byRow.computeIfAbsent(issue.row(), r -> new ArrayList<>()).add(issue));
        List<C> present = new ArrayList<>(rows.columns().isEmpty() ? EnumSet.noneOf(flow.columns())
                : EnumSet.copyOf(rows.columns()));
        List<Column> columns = new ArrayList<>();
        columns.add(Column.integer(message("imports.errors.row")));
        present.forEach(c -> columns.add(Column.text(c.header(), Math.max(10, c.header().length() * 2 + 4))));
        columns.add(Column.text(message("imports.errors.reason"), 60));
        try (XlsxTableWriter xlsx = new XlsxTableWriter()) {
            XlsxTableWriter.TableSheet sheet = xlsx.sheet(message("imports.errors.sheet"), columns);
            for (ImportRow<C> row : rows.rows()) {
                List<RowIssue> problems = byRow.get(row.number());
                if (problems == null) {
                    continue;
                }
                List<Object> values = new ArrayList<>();
                values.add(row.number());
                present.forEach(c -> values.add(row.raw(c)));
                values.add(problems.stream().map(this::reason).collect(Collectors.joining("\n")));
                sheet.row(values.toArray());
            }
            xlsx.writeTo(out);
        }
    }

    /** "Column: why" in the user's language. */
    String reason(RowIssue issue) {
        String why = messages.getMessage(issue.messageKey(), issue.args(), issue.messageKey(), locale());
        return issue.column() == null ? why
                : message("imports.errors.reason-of", message(issue.column().messageKey()), why);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
