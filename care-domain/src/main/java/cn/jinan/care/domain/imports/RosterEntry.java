package cn.jinan.care.domain.imports;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberFlags;
import cn.jinan.care.domain.member.MemberProfile;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.IdCardNumber;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of a roster file read as a member: the organization code, the identity number (when valid, even if other
 * cells are not) and the profile as the member would hold it, or the problems that keep it from being one. What needs the database (the organization, the scope, the roster's
 * identity numbers) is checked by the import service.
 */
public record RosterEntry(int row, String organizationCode, IdCardNumber idNumber, MemberProfile profile,
        List<RowIssue> issues) {

    /** The longest organization code (the column's length). */
    public static final int MAX_CODE = 32;
    public static final int MAX_NAME = 50;
    public static final int MAX_ETHNICITY = 20;

    /** Which column a domain rule's field is read from. */
    private static final Map<String, RosterColumn> FIELDS = Map.of(
            "name", RosterColumn.NAME,
            "gender", RosterColumn.GENDER,
            "idNumber", RosterColumn.ID_NUMBER,
            "birthDate", RosterColumn.BIRTH_DATE,
            "admittedDate", RosterColumn.ADMITTED_DATE,
            "fullMemberDate", RosterColumn.FULL_MEMBER_DATE,
            "organizationId", RosterColumn.ORGANIZATION_CODE);

    public RosterEntry {
        issues = List.copyOf(issues);
    }

    public boolean valid() {
        return issues.isEmpty();
    }

    /**
     * Reads a row: every cell on its own first, then, when all could be read, the rules a member's profile keeps
     * (identity number and birth date agree, dates in order and not in the future, category and full-membership date).
     */
    public static RosterEntry read(ImportRow<RosterColumn> row, LocalDate today) {
        RowReading<RosterColumn> r = new RowReading<>(row);
        String code = r.required(RosterColumn.ORGANIZATION_CODE, MAX_CODE);
        String name = r.required(RosterColumn.NAME, MAX_NAME);
        if (name != null) {
            name = r.read(RosterColumn.NAME, Cells::personName);
        }
        IdCardNumber idNumber = r.read(RosterColumn.ID_NUMBER, text -> {
            IdCardNumber.Problem problem = IdCardNumber.check(text);
            if (problem != null) {
                throw DomainException.onField(null, problem.messageKey());
            }
            return IdCardNumber.of(text);
        });
        LocalDate admitted = r.blank(RosterColumn.ADMITTED_DATE) ? null : r.read(RosterColumn.ADMITTED_DATE, Cells::date);
        if (r.blank(RosterColumn.ADMITTED_DATE)) {
            r.issue(RosterColumn.ADMITTED_DATE, "member.admitted-date.required");
        }
        MemberProfile profile = new MemberProfile(
                name,
                r.read(RosterColumn.GENDER, text -> Words.GENDER.parse(text, null)),
                r.read(RosterColumn.ETHNICITY, text -> Words.ETHNICITY.parse(text, null)),
                idNumber,
                optionalDate(r, RosterColumn.BIRTH_DATE),
                r.read(RosterColumn.PHONE, Cells::phone),
                admitted,
                optionalDate(r, RosterColumn.FULL_MEMBER_DATE),
                r.read(RosterColumn.CATEGORY, text -> Words.CATEGORY.parse(text, null)),
                new MemberFlags(
                        yes(r, RosterColumn.LEADING_CADRE),
                        yes(r, RosterColumn.GRASSROOTS),
                        r.read(RosterColumn.HOUSEHOLD, text -> Words.HOUSEHOLD.parse(text, null)),
                        yes(r, RosterColumn.RETIRED),
                        yes(r, RosterColumn.WITHOUT_PENSION),
                        r.read(RosterColumn.DELEGATE_LEVEL, text -> Words.DELEGATE_LEVEL.parse(text, null)),
                        yes(r, RosterColumn.STREET_STAFF)));
        if (r.hasIssues()) {
            return new RosterEntry(r.number(), code, idNumber, null, r.issues());
        }
        try {
            return new RosterEntry(r.number(), code, idNumber, Member.checkProfile(profile, today), List.of());
        } catch (DomainException e) {
            r.issue(FIELDS.get(e.getField()), e.getMessageKey(), e.getArguments());
            return new RosterEntry(r.number(), code, idNumber, null, r.issues());
        }
    }

    /**
     * The row as it applies to a member already on the roster: the optional columns the file does not have keep what
     * the member has (a file of names and phones resets nobody's flags), and the result is checked again as a
     * profile. A row with problems is returned as it is.
     */
    public RosterEntry forExisting(MemberProfile current, Set<RosterColumn> present, LocalDate today) {
        if (!valid()) {
            return this;
        }
        MemberProfile p = profile;
        MemberFlags f = p.flags();
        MemberFlags c = current.flags();
        boolean fullDateGiven = present.contains(RosterColumn.FULL_MEMBER_DATE);
        MemberProfile merged = new MemberProfile(p.name(), p.gender(),
                present.contains(RosterColumn.ETHNICITY) ? p.ethnicity() : current.ethnicity(),
                p.idNumber(), p.birthDate(),
                present.contains(RosterColumn.PHONE) ? p.phone() : current.phone(),
                p.admittedDate(),
                fullDateGiven ? p.fullMemberDate() : current.fullMemberDate(),
                present.contains(RosterColumn.CATEGORY) || fullDateGiven ? p.category() : current.category(),
                new MemberFlags(
                        present.contains(RosterColumn.LEADING_CADRE) ? f.leadingCadre() : c.leadingCadre(),
                        present.contains(RosterColumn.GRASSROOTS) ? f.grassroots() : c.grassroots(),
                        present.contains(RosterColumn.HOUSEHOLD) ? f.household() : c.household(),
                        present.contains(RosterColumn.RETIRED) ? f.retired() : c.retired(),
                        present.contains(RosterColumn.WITHOUT_PENSION) ? f.withoutPension() : c.withoutPension(),
                        present.contains(RosterColumn.DELEGATE_LEVEL) ? f.delegateLevel() : c.delegateLevel(),
                        present.contains(RosterColumn.STREET_STAFF) ? f.streetStaff() : c.streetStaff()));
        try {
            return new RosterEntry(row, organizationCode, idNumber, Member.checkProfile(merged, today), List.of());
        } catch (DomainException e) {
            RowIssue issue = new RowIssue(row, FIELDS.get(e.getField()), "", e.getMessageKey(),
                    e.getArguments() == null ? List.of() : Arrays.asList(e.getArguments()));
            return new RosterEntry(row, organizationCode, idNumber, null, List.of(issue));
        }
    }

    private static LocalDate optionalDate(RowReading<RosterColumn> r, RosterColumn column) {
        return r.blank(column) ? null : r.read(column, Cells::date);
    }

    private static boolean yes(RowReading<RosterColumn> r, RosterColumn column) {
        return Boolean.TRUE.equals(r.read(column, text -> Words.YES_NO.parse(text, false)));
    }
}
