package cn.jinan.care.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jinan.care.domain.member.DelegateLevel;
import cn.jinan.care.domain.member.Household;
import cn.jinan.care.domain.member.MemberCategory;
import cn.jinan.care.domain.shared.Gender;
import cn.jinan.care.domain.shared.IdCards;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading a roster row: every cell checked on its own, then the profile's rules; every problem named by column. */
class RosterEntryTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final String ID = IdCards.text(IdCards.JINAN_LIXIA, "19800315", 123);

    private static Map<RosterColumn, String> good() {
        Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);
        cells.put(RosterColumn.ORGANIZATION_CODE, "JN010101");
        cells.put(RosterColumn.NAME, "李 明");
        cells.put(RosterColumn.ID_NUMBER, ID);
        cells.put(RosterColumn.ADMITTED_DATE, "2005/7/1");
        cells.put(RosterColumn.FULL_MEMBER_DATE, "2006年7月1日");
        return cells;
    }

    private static RosterEntry read(Map<RosterColumn, String> cells, RosterColumn... formulas) {
        return RosterEntry.read(new ImportRow<>(7, cells, Set.of(formulas)), TODAY);
    }

    @Test
    void aGoodRowBecomesTheProfileAMemberWouldHold() {
        Map<RosterColumn, String> cells = good();
        cells.put(RosterColumn.LEADING_CADRE, "是");
        cells.put(RosterColumn.RETIRED, "Y");
        cells.put(RosterColumn.HOUSEHOLD, "农村");
        cells.put(RosterColumn.DELEGATE_LEVEL, "市");
        cells.put(RosterColumn.ETHNICITY, "回");
        cells.put(RosterColumn.PHONE, "13912345678");

        RosterEntry entry = read(cells);

        assertThat(entry.issues()).isEmpty();
        assertThat(entry.organizationCode()).isEqualTo("JN010101");
        assertThat(entry.profile().birthDate()).isEqualTo(LocalDate.of(1980, 3, 15));
        assertThat(entry.profile().gender()).isEqualTo(Gender.MALE);
        assertThat(entry.profile().ethnicity()).isEqualTo("回族");
        assertThat(entry.profile().admittedDate()).isEqualTo(LocalDate.of(2005, 7, 1));
        assertThat(entry.profile().fullMemberDate()).isEqualTo(LocalDate.of(2006, 7, 1));
        assertThat(entry.profile().category()).isEqualTo(MemberCategory.FULL);
        assertThat(entry.profile().flags().leadingCadre()).isTrue();
        assertThat(entry.profile().flags().retired()).isTrue();
        assertThat(entry.profile().flags().grassroots()).isFalse();
        assertThat(entry.profile().flags().household()).isEqualTo(Household.RURAL);
        assertThat(entry.profile().flags().delegateLevel()).isEqualTo(DelegateLevel.CITY);
    }

    @Test
    void aWrongCheckDigitIsNamedOnTheIdColumnAndTheOtherCellsAreStillChecked() {
        Map<RosterColumn, String> cells = good();
        char wrong = ID.charAt(17) == '0' ? '1' : '0';
        cells.put(RosterColumn.ID_NUMBER, ID.substring(0, 17) + wrong);
        cells.put(RosterColumn.GENDER, "未知");
        cells.put(RosterColumn.RETIRED, "也许");

        RosterEntry entry = read(cells);

        assertThat(entry.profile()).isNull();
        assertThat(entry.idNumber()).isNull();
        assertThat(entry.issues()).extracting(RowIssue::row, RowIssue::column, RowIssue::messageKey)
                .containsExactlyInAnyOrder(
                        tuple(7, RosterColumn.ID_NUMBER, "idcard.check-digit"),
                        tuple(7, RosterColumn.GENDER, "imports.value.word"),
                        tuple(7, RosterColumn.RETIRED, "imports.value.yes-no"));
    }

    @Test
    void aBirthDateThatDisagreesWithTheIdNumberIsRefused() {
        Map<RosterColumn, String> cells = good();
        cells.put(RosterColumn.BIRTH_DATE, "1980-03-16");

        assertThat(read(cells).issues()).extracting(RowIssue::column, RowIssue::messageKey)
                .containsExactly(tuple(RosterColumn.BIRTH_DATE, "member.birth-date.id-mismatch"));
    }

    @Test
    void datesOutOfOrderAreRefused() {
        Map<RosterColumn, String> cells = good();
        cells.put(RosterColumn.FULL_MEMBER_DATE, "2004-01-01");
        assertThat(read(cells).issues()).extracting(RowIssue::column, RowIssue::messageKey)
                .containsExactly(tuple(RosterColumn.FULL_MEMBER_DATE, "member.full-member-date.before-admitted"));

        cells = good();
        cells.put(RosterColumn.ADMITTED_DATE, "1995-07-01");
        cells.put(RosterColumn.FULL_MEMBER_DATE, "");
        assertThat(read(cells).issues()).extracting(RowIssue::column, RowIssue::messageKey)
                .containsExactly(tuple(RosterColumn.ADMITTED_DATE, "member.admitted-date.too-young"));
    }

    @Test
    void missingAndMalformedCellsAreEachNamed() {
        Map<RosterColumn, String> cells = good();
        cells.put(RosterColumn.NAME, "");
        cells.put(RosterColumn.ADMITTED_DATE, "去年");
        cells.put(RosterColumn.PHONE, "12345");

        assertThat(read(cells).issues()).extracting(RowIssue::column, RowIssue::messageKey, RowIssue::value)
                .containsExactlyInAnyOrder(
                        tuple(RosterColumn.NAME, "common.required", ""),
                        tuple(RosterColumn.ADMITTED_DATE, "imports.value.date", "去年"),
                        tuple(RosterColumn.PHONE, "member.phone.pattern", "12345"));
    }

    @Test
    void formulaLikeTextInANameIsDataAndRefusedAsAName() {
        for (String name : new String[] {"=HYPERLINK(\"http://evil.example\",\"点我\")", "+1", "-2", "@SUM(A1)"}) {
            Map<RosterColumn, String> cells = good();
            cells.put(RosterColumn.NAME, name);

            assertThat(read(cells).issues()).extracting(RowIssue::column, RowIssue::messageKey, RowIssue::value)
                    .containsExactly(tuple(RosterColumn.NAME, "imports.value.name", name));
        }
    }

    @Test
    void aFormulaCellIsRefusedWhateverItsResult() {
        RosterEntry entry = read(good(), RosterColumn.NAME);

        assertThat(entry.issues()).extracting(RowIssue::column, RowIssue::messageKey)
                .containsExactly(tuple(RosterColumn.NAME, "imports.cell.formula"));
    }
}
