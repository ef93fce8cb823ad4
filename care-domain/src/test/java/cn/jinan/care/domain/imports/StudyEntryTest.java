package cn.jinan.care.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.jinan.care.domain.shared.IdCards;
import cn.jinan.care.domain.training.StudyKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading a study-hours row: who, when, how long (the form's hour rules), what, and the kind from the platform. */
class StudyEntryTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final String ID = IdCards.text(IdCards.JINAN_LIXIA, "19800315", 124);

    private static Map<StudyColumn, String> good() {
        Map<StudyColumn, String> cells = new EnumMap<>(StudyColumn.class);
        cells.put(StudyColumn.ID_NUMBER, ID);
        cells.put(StudyColumn.DATE, "2025-06-01 20:15:33");
        cells.put(StudyColumn.HOURS, "1.5学时");
        cells.put(StudyColumn.COURSE, " 党章学习 ");
        cells.put(StudyColumn.PLATFORM, "灯塔");
        return cells;
    }

    private static StudyEntry read(Map<StudyColumn, String> cells) {
        return StudyEntry.read(new ImportRow<>(3, cells, Set.of()), TODAY);
    }

    @Test
    void aPlatformsRowSaysTheKindByThePlatformsName() {
        StudyEntry entry = read(good());

        assertThat(entry.issues()).isEmpty();
        assertThat(entry.date()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(entry.hours()).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThat(entry.course()).isEqualTo("党章学习");
        assertThat(entry.kind()).isEqualTo(StudyKind.ONLINE_DENGTA);
    }

    @Test
    void anotherPlatformNeedsTheKind() {
        Map<StudyColumn, String> cells = good();
        cells.put(StudyColumn.PLATFORM, "中国干部网络学院");
        assertThat(read(cells).issues()).extracting(RowIssue::column, RowIssue::messageKey)
                .containsExactly(tuple(StudyColumn.PLATFORM, "imports.value.platform"));

        cells.put(StudyColumn.KIND, "继续教育");
        assertThat(read(cells).kind()).isEqualTo(StudyKind.CONTINUING_EDUCATION);

        cells.put(StudyColumn.PLATFORM, "学习强国");
        assertThat(read(cells).issues()).extracting(RowIssue::messageKey)
                .containsExactly("imports.study.kind-conflict");
    }

    @Test
    void hoursFollowTheFormsRules() {
        for (String[] c : new String[][] {{"0", "study.hours.range"}, {"12.5", "study.hours.range"},
                {"1.25", "study.hours.half-steps"}, {"两小时", "imports.value.number"}, {"", "common.required"}}) {
            Map<StudyColumn, String> cells = good();
            cells.put(StudyColumn.HOURS, c[0]);
            assertThat(read(cells).issues()).as(c[0]).extracting(RowIssue::column, RowIssue::messageKey)
                    .containsExactly(tuple(StudyColumn.HOURS, c[1]));
        }
    }

    @Test
    void aMemberIsNamedByIdNumberOrByNameAndOrganization() {
        Map<StudyColumn, String> cells = good();
        cells.put(StudyColumn.ID_NUMBER, "");
        assertThat(read(cells).issues()).extracting(RowIssue::messageKey)
                .containsExactly("imports.study.member-required");

        cells.put(StudyColumn.NAME, "王芳");
        cells.put(StudyColumn.ORGANIZATION_CODE, "JN010101");
        StudyEntry entry = read(cells);
        assertThat(entry.issues()).isEmpty();
        assertThat(entry.name()).isEqualTo("王芳");
        assertThat(entry.organizationCode()).isEqualTo("JN010101");
    }

    @Test
    void aDayInTheFutureIsRefused() {
        Map<StudyColumn, String> cells = good();
        cells.put(StudyColumn.DATE, "2025-06-16");
        assertThat(read(cells).issues()).extracting(RowIssue::column, RowIssue::messageKey)
                .containsExactly(tuple(StudyColumn.DATE, "date.not-in-future"));
    }

    @Test
    void aFileMustNameItsMembersOneWayOrTheOther() {
        assertThatThrownBy(() -> StudyEntry.requireMemberColumns(Set.of(StudyColumn.NAME, StudyColumn.DATE)))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.getMessageKey())
                        .isEqualTo("imports.file.study-member-columns"));
        StudyEntry.requireMemberColumns(Set.of(StudyColumn.NAME, StudyColumn.ORGANIZATION_CODE));
        StudyEntry.requireMemberColumns(Set.of(StudyColumn.ID_NUMBER));
    }
}
