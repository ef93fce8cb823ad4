package cn.jinan.care.persistence.imports;

import cn.jinan.care.domain.imports.ImportBatch;
import cn.jinan.care.domain.imports.ImportCounts;
import cn.jinan.care.domain.imports.ImportKind;
import cn.jinan.care.domain.imports.ImportRow;
import cn.jinan.care.domain.imports.ImportRows;
import cn.jinan.care.domain.imports.StudyColumn;
import cn.jinan.care.domain.imports.StudyEntry;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.IdCardNumber;
import cn.jinan.care.domain.training.StudyRecord;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.training.StudyRecordRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a study-hours file (e.g. an online learning platform's export) row by row, and writes it all or nothing.
 *
 * <p>A row names its member by identity number, or by name and the code of the organization that keeps them; either
 * way the member must lie in the user's scope, and a name must name one member of that organization. The rules are
 * the study-hours form's (第3条): hours in half hours from 0.5 to 12, no day over 12 hours for one member, and the same
 * member, day and course once — neither twice in the file nor again for a record already there.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class StudyImportService {

    private final ImportLookups lookups;
    private final ImportBatchService batches;
    private final StudyRecordRepository records;
    private final Clock clock;

    public ImportPreview<StudyLine> preview(DataScope scope, ImportRows<StudyColumn> rows) {
        return preview(plan(scope, rows));
    }

    /**
     * Writes a waiting batch: checks the file again with the register as it is now and writes every row, or none.
     *
     * @param expected the counts of the preview the user confirmed
     * @throws ImportRefusedException when a row now has an error or the counts differ from {@code expected}
     * @throws DomainException        {@code imports.batch.committed} when the batch was committed before, or
     *                                {@code imports.commit.conflict} when another user wrote one of its records since
     */
    @Transactional
    public ImportPreview<StudyLine> commit(DataScope scope, long batchId, ImportRows<StudyColumn> rows,
            ImportCounts expected) {
        ImportBatch batch = batches.lock(scope, ImportKind.STUDY, batchId);
        CheckedRows<Resolved, StudyLine> plan = plan(scope, rows);
        ImportPreview<StudyLine> preview = CheckedRows.requireAsConfirmed(preview(plan), expected);
        LocalDate today = today();
        List<StudyRecord> made = new ArrayList<>();
        for (Resolved r : plan.steps) {
            made.add(StudyRecord.log(r.member, r.entry.date(), r.entry.hours(), r.entry.kind(), r.entry.course(),
                    today));
        }
        batches.complete(batch, preview.counts(), () -> {
            records.saveAll(made);
            records.flush();
        });
        return preview;
    }

    private CheckedRows<Resolved, StudyLine> plan(DataScope scope, ImportRows<StudyColumn> rows) {
        StudyEntry.requireMemberColumns(rows.columns());
        LocalDate today = today();
        List<StudyEntry> entries = rows.rows().stream().map(row -> StudyEntry.read(row, today)).toList();
        Map<String, Organization> organizations = lookups.organizationsByCode(entries.stream()
                .map(StudyEntry::organizationCode).filter(Objects::nonNull).distinct().toList());
        Map<IdCardNumber, Member> byId = lookups.membersByIdNumber(entries.stream()
                .map(StudyEntry::idNumber).filter(Objects::nonNull).distinct().toList());
        Map<String, List<Member>> byOrganizationAndName = new HashMap<>();
        List<Long> namedOrganizations = organizations.values().stream().filter(scope::covers)
                .map(Organization::getId).toList();
        for (Member m : lookups.membersOf(namedOrganizations)) {
            byOrganizationAndName.computeIfAbsent(nameKey(m.getOrganization().getCode(), m.getName()),
                    k -> new ArrayList<>()).add(m);
        }

        // first pass: who each row is about
        List<RowProblems<StudyColumn>> problems = new ArrayList<>();
        List<Member> who = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            StudyEntry entry = entries.get(i);
            RowProblems<StudyColumn> p = new RowProblems<>(rows.rows().get(i), entry.issues());
            problems.add(p);
            who.add(member(entry, p, scope, byId, organizations, byOrganizationAndName));
        }

        // second pass: duplicates and full days, against the file and the register
        Map<String, List<Integer>> rowsByKey = new HashMap<>();
        Map<String, BigDecimal> hoursByDay = new HashMap<>();
        LocalDate first = null;
        LocalDate last = null;
        Set<Long> memberIds = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            StudyEntry e = entries.get(i);
            Member m = who.get(i);
            if (m == null || e.date() == null || e.course() == null || e.hours() == null) {
                continue;
            }
            memberIds.add(m.getId());
            first = first == null || e.date().isBefore(first) ? e.date() : first;
            last = last == null || e.date().isAfter(last) ? e.date() : last;
            rowsByKey.computeIfAbsent(recordKey(m.getId(), e.date(), e.course()), k -> new ArrayList<>()).add(e.row());
            hoursByDay.merge(dayKey(m.getId(), e.date()), e.hours(), BigDecimal::add);
        }
        Set<String> stored = new HashSet<>();
        if (!memberIds.isEmpty()) {
            for (Object[] r : lookups.studyRecords(memberIds, first, last)) {
                stored.add(recordKey((Long) r[0], (LocalDate) r[1], (String) r[2]));
                hoursByDay.merge(dayKey((Long) r[0], (LocalDate) r[1]), ImportLookups.hours(r), BigDecimal::add);
            }
        }
        BigDecimal dayLimit = BigDecimal.valueOf(StudyRecord.MAX_HOURS_A_DAY);

        CheckedRows<Resolved, StudyLine> plan = new CheckedRows<>();
        for (int i = 0; i < entries.size(); i++) {
            StudyEntry e = entries.get(i);
            Member m = who.get(i);
            RowProblems<StudyColumn> p = problems.get(i);
            if (m != null && e.date() != null && e.course() != null && e.hours() != null) {
                String key = recordKey(m.getId(), e.date(), e.course());
                if (stored.contains(key)) {
                    p.add(StudyColumn.COURSE, "study.duplicate");
                }
                List<Integer> same = rowsByKey.get(key);
                if (same.size() > 1) {
                    p.add(StudyColumn.COURSE, "imports.study.duplicate-in-file", p.others(same));
                }
                if (hoursByDay.get(dayKey(m.getId(), e.date())).compareTo(dayLimit) > 0) {
                    p.add(StudyColumn.HOURS, "study.hours.day-full", StudyRecord.MAX_HOURS_A_DAY);
                }
            }
            if (p.any()) {
                plan.fail(p.list());
            } else {
                plan.add(new Resolved(e, m), new StudyLine(e.row(), m.getName(), m.maskedIdNumber(),
                        m.getOrganization().getName(), e.date(), e.hours(), e.course(), e.kind()));
            }
        }
        return plan;
    }

    /** The member a row names, in scope, or {@code null} with the problem noted. */
    private static Member member(StudyEntry entry, RowProblems<StudyColumn> p, DataScope scope,
            Map<IdCardNumber, Member> byId, Map<String, Organization> organizations,
            Map<String, List<Member>> byOrganizationAndName) {
        if (entry.idNumber() != null) {
            Member m = byId.get(entry.idNumber());
            if (m == null || !scope.covers(m.getOrganization())) {
                // out of scope and not on the roster read the same: the file learns nothing about other branches
                p.add(StudyColumn.ID_NUMBER, "imports.study.member-not-found");
                return null;
            }
            if (entry.name() != null && !sameName(entry.name(), m.getName())) {
                p.add(StudyColumn.NAME, "imports.study.name-mismatch", m.getName());
                return null;
            }
            return m;
        }
        if (entry.name() == null || entry.organizationCode() == null) {
            return null;
        }
        Organization org = p.organization(StudyColumn.ORGANIZATION_CODE, entry.organizationCode(), organizations,
                scope);
        if (org == null) {
            return null;
        }
        List<Member> named = byOrganizationAndName.getOrDefault(nameKey(org.getCode(), entry.name()), List.of());
        if (named.isEmpty()) {
            p.add(StudyColumn.NAME, "imports.study.name-not-found", org.getName());
            return null;
        }
        if (named.size() > 1) {
            p.add(StudyColumn.NAME, "imports.study.name-ambiguous", named.size());
            return null;
        }
        return named.get(0);
    }

    private static boolean sameName(String a, String b) {
        return a.replaceAll("\\s", "").equals(b.replaceAll("\\s", ""));
    }

    private static String nameKey(String code, String name) {
        return code + "\u0000" + name.replaceAll("\\s", "");
    }

    private static String recordKey(long memberId, LocalDate date, String course) {
        return memberId + "/" + date + "/" + course.strip();
    }

    private static String dayKey(long memberId, LocalDate date) {
        return memberId + "/" + date;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static ImportPreview<StudyLine> preview(CheckedRows<Resolved, StudyLine> checked) {
        return checked.preview(checked.lines.size(), 0, 0);
    }

    private record Resolved(StudyEntry entry, Member member) {
    }
}
