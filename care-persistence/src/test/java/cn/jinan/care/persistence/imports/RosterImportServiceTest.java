package cn.jinan.care.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.jinan.care.domain.imports.FieldChange;
import cn.jinan.care.domain.imports.ImportBatch;
import cn.jinan.care.domain.imports.ImportCounts;
import cn.jinan.care.domain.imports.ImportKind;
import cn.jinan.care.domain.imports.ImportRows;
import cn.jinan.care.domain.imports.ImportStatus;
import cn.jinan.care.domain.imports.RosterColumn;
import cn.jinan.care.domain.imports.RowIssue;
import cn.jinan.care.domain.member.DelegateLevel;
import cn.jinan.care.domain.member.Household;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberFlags;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.IdCardNumber;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.member.MemberRepository;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.testdata.IdNumbers;
import cn.jinan.care.persistence.testdata.MemberProfiles;
import cn.jinan.care.persistence.testdata.TestTree;
import cn.jinan.care.persistence.testdata.TestTrees;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The roster import on the real database: every row checked against the roster and the scope, the commit all or
 * nothing, checked again first, once per batch; existing members updated only when asked, with the changes listed.
 */
@PersistenceTest
class RosterImportServiceTest {

    private static final String USER = "secretary-import";

    @Autowired
    TestTrees trees;
    @Autowired
    RosterImportService roster;
    @Autowired
    ImportBatchService batches;
    @Autowired
    MemberRepository members;
    @Autowired
    JdbcTemplate jdbc;

    TestTree tree;
    Organization street;
    Organization branch;
    Organization neighbour;
    Organization otherDistrictBranch;
    DataScope scope;

    @BeforeEach
    void aStreetWithTwoBranchesAndAnotherDistrict() {
        tree = trees.newTree();
        street = tree.street(tree.district("历下区委"), "解放路街道党工委");
        branch = tree.branch(street, "第一支部");
        neighbour = tree.branch(street, "第二支部");
        otherDistrictBranch = tree.branch(tree.street(tree.district("市中区委"), "大观园街道党工委"), "外区支部");
        scope = DataScope.of(street);
    }

    private static <T> T as(String user, Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AuditActor.runAs(user, () -> result.set(work.get()));
        return result.get();
    }

    private static Files<RosterColumn> file() {
        return Files.of(RosterColumn.class, RosterColumn.ORGANIZATION_CODE, RosterColumn.NAME,
                RosterColumn.ID_NUMBER, RosterColumn.ADMITTED_DATE, RosterColumn.FULL_MEMBER_DATE, RosterColumn.PHONE);
    }

    /** A new full member of {@code org}, born in 1985, admitted in 2010. */
    private static Map<RosterColumn, String> newMember(Organization org, String name) {
        return row(org, name, IdNumbers.bornOn(LocalDate.of(1985, 5, 5)).value(), "2010-07-01", "2011-07-01", "");
    }

    /** The row that says what the roster says of {@code m}. */
    private static Map<RosterColumn, String> as(Member m) {
        return row(m.getOrganization(), m.getName(), m.getIdNumber().value(), m.getAdmittedDate().toString(),
                m.getFullMemberDate().toString(), m.getPhone() == null ? "" : m.getPhone());
    }

    private static Map<RosterColumn, String> row(Organization org, String name, String id, String admitted,
            String full, String phone) {
        Map<RosterColumn, String> cells = new EnumMap<>(RosterColumn.class);
        cells.put(RosterColumn.ORGANIZATION_CODE, org.getCode());
        cells.put(RosterColumn.NAME, name);
        cells.put(RosterColumn.ID_NUMBER, id);
        cells.put(RosterColumn.ADMITTED_DATE, admitted);
        cells.put(RosterColumn.FULL_MEMBER_DATE, full);
        cells.put(RosterColumn.PHONE, phone);
        return cells;
    }

    private static Map<RosterColumn, String> with(Map<RosterColumn, String> row, RosterColumn column, String value) {
        Map<RosterColumn, String> copy = new EnumMap<>(row);
        copy.put(column, value);
        return copy;
    }

    private long upload(ImportRows<RosterColumn> rows, boolean updates) {
        ImportPreview<RosterLine> preview = roster.preview(scope, rows, updates);
        return as(USER, () -> batches.upload(scope, ImportKind.ROSTER, "名册.xlsx", new byte[] {1, 2, 3}, updates,
                preview.counts()));
    }

    private ImportPreview<RosterLine> commit(long batch, ImportRows<RosterColumn> rows, ImportCounts expected) {
        return as(USER, () -> roster.commit(scope, batch, rows, expected));
    }

    private long membersOf(Organization org) {
        return jdbc.queryForObject("select count(*) from member where organization_id = ?", Long.class, org.getId());
    }

    @Test
    void aGoodFileIsCommittedInOneGoAndTheBatchKeepsTheCounts() {
        ImportRows<RosterColumn> rows = file().row(newMember(branch, "张建国")).row(newMember(neighbour, "李秀英"))
                .rows();
        ImportPreview<RosterLine> preview = roster.preview(scope, rows, false);
        assertThat(preview.counts()).isEqualTo(new ImportCounts(2, 2, 0, 0, 0));
        assertThat(preview.lines()).extracting(RosterLine::row, RosterLine::outcome, RosterLine::name)
                .containsExactly(tuple(2, RosterLine.Outcome.NEW, "张建国"), tuple(3, RosterLine.Outcome.NEW, "李秀英"));
        long batch = upload(rows, false);

        commit(batch, rows, preview.counts());

        assertThat(membersOf(branch)).isEqualTo(1);
        assertThat(membersOf(neighbour)).isEqualTo(1);
        Member created = members.findByIdNumber(IdCardNumber.of(rows.rows().get(0).text(RosterColumn.ID_NUMBER)))
                .orElseThrow();
        assertThat(created.getCreatedBy()).isEqualTo(USER);
        assertThat(jdbc.queryForObject("select count(*) from member_aud where id = ?", Long.class, created.getId()))
                .as("the audit trail has the new member").isEqualTo(1);
        ImportBatch stored = as(USER, () -> batches.get(scope, ImportKind.ROSTER, batch));
        assertThat(stored.getStatus()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(stored.getCommittedBy()).isEqualTo(USER);
        assertThat(stored.counts()).isEqualTo(new ImportCounts(2, 2, 0, 0, 0));
        assertThat(stored.content()).as("the file is dropped").isEmpty();
    }

    @Test
    void aFileWithOneBadRowCommitsNothing() {
        String valid = IdNumbers.next().value();
        char wrong = valid.charAt(17) == '0' ? '1' : '0';
        ImportRows<RosterColumn> rows = file().row(newMember(branch, "张建国"))
                .row(with(newMember(branch, "王芳"), RosterColumn.ID_NUMBER, valid.substring(0, 17) + wrong))
                .row(newMember(branch, "赵磊")).rows();
        ImportPreview<RosterLine> preview = roster.preview(scope, rows, false);
        assertThat(preview.counts()).isEqualTo(new ImportCounts(3, 2, 0, 0, 1));
        assertThat(preview.issues()).extracting(RowIssue::row, RowIssue::column, RowIssue::messageKey)
                .containsExactly(tuple(3, RosterColumn.ID_NUMBER, "idcard.check-digit"));
        long batch = upload(rows, false);

        assertThatThrownBy(() -> commit(batch, rows, preview.counts()))
                .isInstanceOfSatisfying(ImportRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("imports.commit.has-errors"));

        assertThat(membersOf(branch)).isZero();
        assertThat(as(USER, () -> batches.get(scope, ImportKind.ROSTER, batch)).getStatus())
                .isEqualTo(ImportStatus.PREVIEWED);
    }

    @Test
    void organizationsMustExistLieInTheScopeAndKeepMembers() {
        ImportRows<RosterColumn> rows = file()
                .row(with(newMember(branch, "甲"), RosterColumn.ORGANIZATION_CODE, "NO-SUCH-CODE"))
                .row(newMember(otherDistrictBranch, "乙"))
                .row(newMember(street, "丙")).rows();

        assertThat(roster.preview(scope, rows, false).issues())
                .extracting(RowIssue::row, RowIssue::column, RowIssue::messageKey, RowIssue::arguments)
                .containsExactly(
                        tuple(2, RosterColumn.ORGANIZATION_CODE, "imports.org.unknown", List.of("NO-SUCH-CODE")),
                        tuple(3, RosterColumn.ORGANIZATION_CODE, "imports.org.out-of-scope",
                                List.of(otherDistrictBranch.getCode())),
                        tuple(4, RosterColumn.ORGANIZATION_CODE, "member.organization.not-branch", List.of()));
    }

    @Test
    void duplicatesInTheFileAndOnTheRosterAreRefusedAndASameRowIsUnchanged() {
        Member same = tree.member(branch, "周国强");
        Member changed = tree.member(branch, "孙丽");
        Member elsewhere = tree.member(otherDistrictBranch, "吴海");
        Map<RosterColumn, String> twice = newMember(branch, "郑华");
        ImportRows<RosterColumn> rows = file()
                .row(twice)
                .row(with(twice, RosterColumn.NAME, "郑华二"))
                .row(as(same))
                .row(with(as(changed), RosterColumn.PHONE, "13912345678"))
                .row(with(as(elsewhere), RosterColumn.ORGANIZATION_CODE, branch.getCode())).rows();

        ImportPreview<RosterLine> preview = roster.preview(scope, rows, false);

        assertThat(preview.issues()).extracting(RowIssue::row, RowIssue::messageKey, RowIssue::arguments)
                .containsExactly(
                        tuple(2, "imports.id.duplicate-in-file", List.of("3")),
                        tuple(3, "imports.id.duplicate-in-file", List.of("2")),
                        tuple(5, "imports.id.exists", List.of("孙丽", 1)),
                        tuple(6, "imports.id.taken-elsewhere", List.of()));
        assertThat(preview.counts()).isEqualTo(new ImportCounts(5, 0, 0, 1, 4));
        assertThat(preview.lines()).extracting(RosterLine::row, RosterLine::outcome)
                .containsExactly(tuple(4, RosterLine.Outcome.UNCHANGED));
    }

    @Test
    void existingMembersAreUpdatedOnlyWhenAskedAndThePreviewListsEachChange() {
        Member existing = tree.member(branch, "周国强");
        ImportRows<RosterColumn> rows = file().row(with(with(as(existing), RosterColumn.PHONE, "13912345678"),
                RosterColumn.ORGANIZATION_CODE, neighbour.getCode())).row(newMember(branch, "新党员")).rows();

        assertThat(roster.preview(scope, rows, false).issues()).extracting(RowIssue::messageKey)
                .containsExactly("imports.id.exists");
        ImportPreview<RosterLine> preview = roster.preview(scope, rows, true);
        assertThat(preview.counts()).isEqualTo(new ImportCounts(2, 1, 1, 0, 0));
        assertThat(preview.lines().get(0).changes()).extracting(FieldChange::field, FieldChange::before,
                FieldChange::after).containsExactly(
                        tuple("organization", "第一支部（" + branch.getCode() + "）",
                                "第二支部（" + neighbour.getCode() + "）"),
                        tuple("phone", null, "13912345678"));
        long batch = upload(rows, true);

        commit(batch, rows, preview.counts());

        Member updated = members.findInScope(existing.getId(), scope.likePattern()).orElseThrow();
        assertThat(updated.getPhone()).isEqualTo("13912345678");
        assertThat(updated.getOrganization().getId()).isEqualTo(neighbour.getId());
        assertThat(updated.getUpdatedBy()).isEqualTo(USER);
        assertThat(jdbc.queryForObject("select count(*) from member_aud where id = ?", Long.class, existing.getId()))
                .as("created, then updated by the import").isEqualTo(2);
    }

    @Test
    void optionalColumnsTheFileLacksKeepTheMembersValues() {
        Member cadre = tree.member(branch, MemberProfiles.aMember().name("钱卫国").phone("13800003333")
                .flags(new MemberFlags(true, true, Household.RURAL, false, false, DelegateLevel.CITY, false)));
        ImportRows<RosterColumn> withoutFlagsOrPhone = Files.of(RosterColumn.class, RosterColumn.ORGANIZATION_CODE,
                RosterColumn.NAME, RosterColumn.ID_NUMBER, RosterColumn.ADMITTED_DATE, RosterColumn.FULL_MEMBER_DATE)
                .row(as(cadre)).rows();
        assertThat(roster.preview(scope, withoutFlagsOrPhone, true).counts()).isEqualTo(new ImportCounts(1, 0, 0, 1, 0));

        Map<RosterColumn, String> saysNotACadre = with(as(cadre), RosterColumn.LEADING_CADRE, "否");
        ImportRows<RosterColumn> withTheColumn = Files.of(RosterColumn.class, RosterColumn.ORGANIZATION_CODE,
                RosterColumn.NAME, RosterColumn.ID_NUMBER, RosterColumn.ADMITTED_DATE, RosterColumn.FULL_MEMBER_DATE,
                RosterColumn.LEADING_CADRE).row(saysNotACadre).rows();
        assertThat(roster.preview(scope, withTheColumn, true).lines()).singleElement().satisfies(line -> assertThat(
                line.changes()).extracting(FieldChange::field).containsExactly("leadingCadre"));
    }

    @Test
    void aBatchIsCommittedOnce() {
        ImportRows<RosterColumn> rows = file().row(newMember(branch, "张建国")).rows();
        ImportCounts counts = roster.preview(scope, rows, false).counts();
        long batch = upload(rows, false);
        commit(batch, rows, counts);

        assertThatThrownBy(() -> commit(batch, rows, counts)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("imports.batch.committed"));
        assertThat(membersOf(branch)).isEqualTo(1);
    }

    @Test
    void theCommitChecksAgainstTheRosterAsItIsThen() {
        Map<RosterColumn, String> newcomer = newMember(branch, "张建国");
        ImportRows<RosterColumn> rows = file().row(newcomer).rows();
        ImportCounts counts = roster.preview(scope, rows, false).counts();
        long batch = upload(rows, false);
        // someone puts the same person on the roster by hand, with another phone, before the user confirms
        tree.member(branch, MemberProfiles.aMember().name("张建国").phone("13800001111")
                .idNumber(IdCardNumber.of(newcomer.get(RosterColumn.ID_NUMBER)))
                .admitted(LocalDate.of(2010, 7, 1)));

        assertThatThrownBy(() -> commit(batch, rows, counts)).isInstanceOfSatisfying(ImportRefusedException.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("imports.commit.has-errors");
                    assertThat(e.preview().issues()).extracting(RowIssue::messageKey)
                            .containsExactly("imports.id.exists");
                });
    }

    @Test
    void countsThatDifferFromTheConfirmedPreviewAreRefused() {
        Member existing = tree.member(branch, "周国强");
        ImportRows<RosterColumn> rows = file().row(as(existing)).row(newMember(branch, "新党员")).rows();
        ImportCounts counts = roster.preview(scope, rows, true).counts();
        assertThat(counts).isEqualTo(new ImportCounts(2, 1, 0, 1, 0));
        long batch = upload(rows, true);
        jdbc.update("update member set phone = '13800002222' where id = ?", existing.getId());

        assertThatThrownBy(() -> commit(batch, rows, counts)).isInstanceOfSatisfying(ImportRefusedException.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("imports.commit.changed");
                    assertThat(e.preview().counts()).isEqualTo(new ImportCounts(2, 1, 1, 0, 0));
                });
        assertThat(membersOf(branch)).isEqualTo(1);
    }

    @Test
    void aBatchIsOnlyItsUploadersInTheirScope() {
        ImportRows<RosterColumn> rows = file().row(newMember(branch, "张建国")).rows();
        long batch = upload(rows, false);

        assertThatThrownBy(() -> as("someone-else", () -> batches.get(scope, ImportKind.ROSTER, batch)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(USER, () -> batches.get(DataScope.of(otherDistrictBranch), ImportKind.ROSTER,
                batch))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(USER, () -> batches.get(scope, ImportKind.STUDY, batch)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void waitingBatchesAreDeletedAfterADayAndCommittedOnesStay() {
        ImportRows<RosterColumn> rows = file().row(newMember(branch, "张建国")).rows();
        ImportCounts counts = roster.preview(scope, rows, false).counts();
        long waiting = upload(rows, false);
        long committed = upload(rows, false);
        commit(committed, rows, counts);

        batches.deleteWaitingSince(Instant.now().plusSeconds(1));

        assertThat(jdbc.queryForList("select id from import_batch where id in (?, ?)", Long.class, waiting,
                committed)).containsExactly(committed);
    }
}
