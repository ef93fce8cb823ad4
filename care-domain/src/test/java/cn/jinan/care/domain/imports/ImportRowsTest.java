package cn.jinan.care.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Finding the header, matching columns by name, skipping what is not data, and the row limit. */
class ImportRowsTest {

    private static List<SheetRow> table(String[]... rows) {
        List<SheetRow> table = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            table.add(SheetRow.of(i + 1, rows[i]));
        }
        return table;
    }

    @Test
    void matchesColumnsByHeaderInAnyOrderAndIgnoresOthers() {
        ImportRows<StudyColumn> rows = ImportRows.of(table(
                new String[] {"备注", "课程名称", "学时", "学习日期", "身份证号"},
                new String[] {"x", "党章", "2", "2025-01-02", "370102199001011231"}), StudyColumn.class, 10);

        assertThat(rows.columns()).containsExactlyInAnyOrder(StudyColumn.COURSE, StudyColumn.HOURS,
                StudyColumn.DATE, StudyColumn.ID_NUMBER);
        ImportRow<StudyColumn> row = rows.rows().get(0);
        assertThat(row.number()).isEqualTo(2);
        assertThat(row.text(StudyColumn.COURSE)).isEqualTo("党章");
        assertThat(row.text(StudyColumn.ID_NUMBER)).isEqualTo("370102199001011231");
        assertThat(row.text(StudyColumn.NAME)).isEmpty();
    }

    @Test
    void findsTheHeaderBelowATitleAndAcceptsEnglishAndMarkedHeaders() {
        ImportRows<StudyColumn> rows = ImportRows.of(table(
                new String[] {"2025年第一季度学习记录"},
                new String[] {"ID number", "Date", "学时（小时）", "课程名称*"},
                new String[] {"370102199001011231", "2025-01-02", "2", "党章"}), StudyColumn.class, 10);

        assertThat(rows.headerRow()).isEqualTo(2);
        assertThat(rows.rows()).singleElement().extracting(ImportRow::number).isEqualTo(3);
        assertThat(rows.rows().get(0).text(StudyColumn.HOURS)).isEqualTo("2");
    }

    @Test
    void refusesAFileWithoutTheRequiredColumnsNamingThem() {
        assertThatThrownBy(() -> ImportRows.of(table(new String[] {"姓名", "组织代码", "公民身份号码"},
                new String[] {"张三", "JN", "x"}), RosterColumn.class, 10))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("imports.file.missing-columns");
                    assertThat(e.getArguments()).containsExactly("入党日期");
                });
    }

    @Test
    void refusesAFileWithoutAHeader() {
        assertThatThrownBy(() -> ImportRows.of(table(new String[] {"a", "b"}), RosterColumn.class, 10))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("imports.file.no-header"));
    }

    @Test
    void refusesAColumnThatAppearsTwice() {
        assertThatThrownBy(() -> ImportRows.of(table(new String[] {"学习日期", "日期", "学时", "课程名称"}),
                StudyColumn.class, 10)).isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("imports.file.duplicate-column"));
    }

    @Test
    void skipsBlankRowsAndTheTemplatesExampleRow() {
        String[] header = {"学习日期", "学时", "课程名称", "公民身份号码", "姓名", "组织代码", "学习平台", "学习类型"};
        String[] example = new String[header.length];
        for (int i = 0; i < header.length; i++) {
            example[i] = exampleOf(header[i]);
        }
        ImportRows<StudyColumn> rows = ImportRows.of(table(header, example, new String[] {"", " ", ""},
                new String[] {"2025-01-02", "2", "党章", "370102199001011231", "", "", "学习强国", ""}),
                StudyColumn.class, 10);

        assertThat(rows.rows()).extracting(ImportRow::number).containsExactly(4);
    }

    private static String exampleOf(String header) {
        for (StudyColumn c : StudyColumn.values()) {
            if (c.header().equals(header)) {
                return c.example();
            }
        }
        throw new AssertionError(header);
    }

    @Test
    void aFormulaCellIsNeverBlankAndIsMarked() {
        List<SheetRow> table = List.of(SheetRow.of(1, "学习日期", "学时", "课程名称", "公民身份号码"),
                new SheetRow(2, List.of("", "", "", ""), Set.of(1)));

        ImportRows<StudyColumn> rows = ImportRows.of(table, StudyColumn.class, 10);

        assertThat(rows.rows()).singleElement().satisfies(r -> assertThat(r.formulas())
                .containsExactly(StudyColumn.HOURS));
    }

    @Test
    void refusesMoreDataRowsThanTheLimitAndAFileWithNone() {
        String[] header = {"学习日期", "学时", "课程名称", "公民身份号码"};
        String[] row = {"2025-01-02", "2", "党章", "x"};
        assertThatThrownBy(() -> ImportRows.of(table(header, row, row, row), StudyColumn.class, 2))
                .isInstanceOfSatisfying(ImportFileException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("imports.file.too-many-rows");
                    assertThat(e.getArguments()).containsExactly(2);
                });
        assertThat(ImportRows.of(table(header, row, row), StudyColumn.class, 2).rows()).hasSize(2);
        assertThatThrownBy(() -> ImportRows.of(table(header), StudyColumn.class, 2))
                .isInstanceOfSatisfying(ImportFileException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("imports.file.no-rows"));
    }
}
