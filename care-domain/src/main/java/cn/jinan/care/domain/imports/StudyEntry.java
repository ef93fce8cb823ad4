package cn.jinan.care.domain.imports;

import cn.jinan.care.domain.shared.Dates;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.IdCardNumber;
import cn.jinan.care.domain.training.StudyKind;
import cn.jinan.care.domain.training.StudyRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One row of a study-hours file read as a record: who (an identity number, or a name and an organization code), the
 * day, the hours (as the study-hours form takes them), the course and the kind of study, which a known platform's
 * name gives or the kind column says. Finding the member and the duplicates is the import service's part.
 */
public record StudyEntry(int row, IdCardNumber idNumber, String name, String organizationCode, LocalDate date,
        BigDecimal hours, String course, StudyKind kind, List<RowIssue> issues) {

    public static final int MAX_COURSE = 200;

    public StudyEntry {
        issues = List.copyOf(issues);
    }

    public boolean valid() {
        return issues.isEmpty();
    }

    /**
     * A file must name its members one way or the other.
     *
     * @throws ImportFileException {@code imports.file.study-member-columns} when it has neither an identity number
     *                             column nor both a name and an organization code column
     */
    public static void requireMemberColumns(Set<StudyColumn> columns) {
        if (!columns.contains(StudyColumn.ID_NUMBER)
                && !(columns.contains(StudyColumn.NAME) && columns.contains(StudyColumn.ORGANIZATION_CODE))) {
            throw new ImportFileException("imports.file.study-member-columns", StudyColumn.ID_NUMBER.header(),
                    StudyColumn.NAME.header(), StudyColumn.ORGANIZATION_CODE.header());
        }
    }

    public static StudyEntry read(ImportRow<StudyColumn> row, LocalDate today) {
        RowReading<StudyColumn> r = new RowReading<>(row);
        IdCardNumber idNumber = null;
        String name = null;
        String code = null;
        if (!r.blank(StudyColumn.ID_NUMBER)) {
            idNumber = r.read(StudyColumn.ID_NUMBER, text -> {
                IdCardNumber.Problem problem = IdCardNumber.check(text);
                if (problem != null) {
                    throw DomainException.onField(null, problem.messageKey());
                }
                return IdCardNumber.of(text);
            });
            name = blankToNull(r.read(StudyColumn.NAME, text -> Cells.limited(text, RosterEntry.MAX_NAME)));
        } else if (r.blank(StudyColumn.NAME) || r.blank(StudyColumn.ORGANIZATION_CODE)) {
            r.issue(StudyColumn.ID_NUMBER, "imports.study.member-required");
        } else {
            name = r.required(StudyColumn.NAME, RosterEntry.MAX_NAME);
            code = r.required(StudyColumn.ORGANIZATION_CODE, RosterEntry.MAX_CODE);
        }
        LocalDate date = r.blank(StudyColumn.DATE) ? null : r.read(StudyColumn.DATE,
                text -> Dates.happened(Cells.date(text), today, null));
        if (r.blank(StudyColumn.DATE)) {
            r.issue(StudyColumn.DATE, "date.required");
        }
        BigDecimal hours = r.blank(StudyColumn.HOURS) ? null : r.read(StudyColumn.HOURS,
                text -> StudyRecord.checkHours(Cells.hours(text)));
        if (r.blank(StudyColumn.HOURS)) {
            r.issue(StudyColumn.HOURS, "common.required");
        }
        String course = r.required(StudyColumn.COURSE, MAX_COURSE);
        StudyKind kind = kind(r);
        return new StudyEntry(r.number(), idNumber, name, code, date, hours, course, kind, r.issues());
    }

    /**
     * A known platform says the kind; otherwise the kind column must. When both are given they must agree. The
     * platform's name is not stored: the kinds of study include each known platform.
     */
    private static StudyKind kind(RowReading<StudyColumn> r) {
        boolean platformGiven = !r.blank(StudyColumn.PLATFORM);
        boolean kindGiven = !r.blank(StudyColumn.KIND);
        Optional<StudyKind> byPlatform = platformGiven
                ? Optional.ofNullable(r.read(StudyColumn.PLATFORM, Words.PLATFORM::find)).orElse(Optional.empty())
                : Optional.empty();
        StudyKind byKind = kindGiven ? r.read(StudyColumn.KIND, text -> Words.STUDY_KIND.parse(text, null)) : null;
        if (byKind != null && byPlatform.isPresent() && byKind != byPlatform.get()) {
            r.issue(StudyColumn.KIND, "imports.study.kind-conflict");
            return null;
        }
        if (byKind != null || kindGiven) {
            return byKind;
        }
        if (byPlatform.isPresent()) {
            return byPlatform.get();
        }
        if (platformGiven) {
            r.issue(StudyColumn.PLATFORM, "imports.value.platform", Words.PLATFORM.listedWords());
        } else {
            r.issue(StudyColumn.KIND, "imports.study.kind-required");
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
