package cn.jinan.care.persistence.imports;

import cn.jinan.care.domain.imports.FieldChange;
import cn.jinan.care.domain.imports.ImportBatch;
import cn.jinan.care.domain.imports.ImportCounts;
import cn.jinan.care.domain.imports.ImportKind;
import cn.jinan.care.domain.imports.ImportRow;
import cn.jinan.care.domain.imports.ImportRows;
import cn.jinan.care.domain.imports.RosterColumn;
import cn.jinan.care.domain.imports.RosterEntry;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberProfile;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.IdCardNumber;
import cn.jinan.care.persistence.member.MemberRepository;
import cn.jinan.care.persistence.scope.DataScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a roster file row by row against the roster and the user's scope, and writes it all or nothing.
 *
 * <p>A row names its branch by code: the code must exist, lie in the scope, keep members and be active. Its identity
 * number must be valid, appear once in the file, and either be new to the roster or belong to a member of the scope.
 * A member already on the roster as the row says is left unchanged; one the row would change is updated only when the
 * user asked for updates, and the preview lists each field before and after. Optional columns the file does not have
 * leave an existing member's values as they are.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class RosterImportService {

    private final ImportLookups lookups;
    private final ImportBatchService batches;
    private final MemberRepository members;
    private final Clock clock;

    public ImportPreview<RosterLine> preview(DataScope scope, ImportRows<RosterColumn> rows,
            boolean updateExisting) {
        return preview(plan(scope, rows, updateExisting));
    }

    /**
     * Writes a waiting batch: checks the file again with the roster as it is now and writes every row, or none.
     *
     * @param expected the counts of the preview the user confirmed
     * @throws ImportRefusedException when a row now has an error or the counts differ from {@code expected}
     * @throws DomainException        {@code imports.batch.committed} when the batch was committed before, or
     *                                {@code imports.commit.conflict} when another user wrote one of its members since
     */
    @Transactional
    public ImportPreview<RosterLine> commit(DataScope scope, long batchId, ImportRows<RosterColumn> rows,
            ImportCounts expected) {
        ImportBatch batch = batches.lock(scope, ImportKind.ROSTER, batchId);
        CheckedRows<Step, RosterLine> plan = plan(scope, rows, batch.isUpdateExisting());
        ImportPreview<RosterLine> preview = CheckedRows.requireAsConfirmed(preview(plan), expected);
        LocalDate today = today();
        List<Member> created = new ArrayList<>();
        for (Step step : plan.steps) {
            if (step.existing == null) {
                created.add(Member.create(step.organization, step.profile, today));
            } else if (!step.changes.isEmpty()) {
                if (!step.existing.getOrganization().getId().equals(step.organization.getId())) {
                    step.existing.moveTo(step.organization);
                }
                step.existing.update(step.profile, today);
            }
        }
        batches.complete(batch, preview.counts(), () -> {
            members.saveAll(created);
            members.flush();
        });
        return preview;
    }

    private CheckedRows<Step, RosterLine> plan(DataScope scope, ImportRows<RosterColumn> rows, boolean updateExisting) {
        LocalDate today = today();
        List<RosterEntry> entries = rows.rows().stream().map(row -> RosterEntry.read(row, today)).toList();
        Map<String, Organization> organizations = lookups.organizationsByCode(entries.stream()
                .map(RosterEntry::organizationCode).filter(Objects::nonNull).distinct().toList());
        Map<IdCardNumber, List<Integer>> rowsById = new HashMap<>();
        entries.stream().filter(e -> e.idNumber() != null)
                .forEach(e -> rowsById.computeIfAbsent(e.idNumber(), id -> new ArrayList<>()).add(e.row()));
        Map<IdCardNumber, Member> existing = lookups.membersByIdNumber(rowsById.keySet());

        CheckedRows<Step, RosterLine> plan = new CheckedRows<>();
        for (int i = 0; i < entries.size(); i++) {
            RosterEntry entry = entries.get(i);
            ImportRow<RosterColumn> row = rows.rows().get(i);
            Member member = entry.idNumber() == null ? null : existing.get(entry.idNumber());
            boolean inScope = member != null && scope.covers(member.getOrganization());
            if (inScope) {
                entry = entry.forExisting(member.profile(), rows.columns(), today);
            }
            RowProblems<RosterColumn> problems = new RowProblems<>(row, entry.issues());
            Organization org = problems.organization(RosterColumn.ORGANIZATION_CODE, entry.organizationCode(),
                    organizations, scope);
            if (entry.idNumber() != null) {
                List<Integer> same = rowsById.get(entry.idNumber());
                if (same.size() > 1) {
                    problems.add(RosterColumn.ID_NUMBER, "imports.id.duplicate-in-file", problems.others(same));
                }
                if (member != null && !inScope) {
                    problems.add(RosterColumn.ID_NUMBER, "imports.id.taken-elsewhere");
                }
            }
            if (problems.any()) {
                plan.fail(problems.list());
                continue;
            }
            MemberProfile profile = entry.profile();
            String label = org.getName();
            if (member == null) {
                plan.add(new Step(org, profile, null, List.of()), new RosterLine(entry.row(),
                        RosterLine.Outcome.NEW, profile.name(), profile.idNumber().masked(), label, List.of()));
                continue;
            }
            List<FieldChange> changes = FieldChange.between(member, org, profile);
            if (changes.isEmpty()) {
                plan.add(new Step(org, profile, member, changes), new RosterLine(entry.row(),
                        RosterLine.Outcome.UNCHANGED, profile.name(), profile.idNumber().masked(), label, changes));
            } else if (!updateExisting) {
                problems.add(RosterColumn.ID_NUMBER, "imports.id.exists", member.getName(), changes.size());
                plan.fail(problems.list());
            } else {
                plan.add(new Step(org, profile, member, changes), new RosterLine(entry.row(),
                        RosterLine.Outcome.UPDATE, profile.name(), profile.idNumber().masked(), label, changes));
            }
        }
        return plan;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What committing a row does: create a member, or update (or leave) an existing one. */
    private record Step(Organization organization, MemberProfile profile, Member existing,
            List<FieldChange> changes) {
    }

    private static ImportPreview<RosterLine> preview(CheckedRows<Step, RosterLine> checked) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (RosterLine line : checked.lines) {
            switch (line.outcome()) {
                case NEW -> created++;
                case UPDATE -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        return checked.preview(created, updated, unchanged);
    }
}
