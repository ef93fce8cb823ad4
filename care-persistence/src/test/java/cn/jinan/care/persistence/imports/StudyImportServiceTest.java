package cn.jinan.care.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.jinan.care.domain.imports.ImportCounts;
import cn.jinan.care.domain.imports.ImportKind;
import cn.jinan.care.domain.imports.ImportRows;
import cn.jinan.care.domain.imports.RowIssue;
import cn.jinan.care.domain.imports.StudyColumn;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.training.StudyKind;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.testdata.TestTree;
import cn.jinan.care.persistence.testdata.TestTrees;
import cn.jinan.care.persistence.training.StudyService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Study hours from a platform's export: members found by identity number or by name and organization, in scope;
 * the study-hours form's rules; duplicates in the file and against the register refused; all or nothing.
 */
@PersistenceTest
class StudyImportServiceTest {

    private static final String USER = "secretary-study-import";

    @Autowired
    TestTrees trees;
    @Autowired
    StudyImportService study;
    @Autowired
    StudyService studies;
    @Autowired
    ImportBatchService batches;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    TestTree tree;
    Organization branch;
    Organization otherBranch;
    DataScope scope;
    LocalDate day;

    @BeforeEach
    void aBranchAndAnother() {
        tree = trees.newTree();
        Organization district = tree.district("历下区委");
        branch = tree.branch(tree.street(district, "解放路街道党工委"), "第一支部");
        otherBranch = tree.branch(tree.street(district, "泉城路街道党工委"), "第二支部");
        scope = DataScope.of(branch);
        day = LocalDate.now(clock).minusDays(5);
    }

    private static <T> T as(Supplier<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AuditActor.runAs(USER, () -> result.set(work.get()));
        return result.get();
    }

    private static Files<StudyColumn> file() {
        return Files.of(StudyColumn.class, StudyColumn.ID_NUMBER, StudyColumn.NAME, StudyColumn.ORGANIZATION_CODE,
                StudyColumn.DATE, StudyColumn.HOURS, StudyColumn.COURSE, StudyColumn.PLATFORM);
    }

    private Map<StudyColumn, String> row(Member m, String hours, String course) {
        Map<StudyColumn, String> cells = new EnumMap<>(StudyColumn.class);
        cells.put(StudyColumn.ID_NUMBER, m.getIdNumber().value());
        cells.put(StudyColumn.DATE, day.toString());
        cells.put(StudyColumn.HOURS, hours);
        cells.put(StudyColumn.COURSE, course);
        cells.put(StudyColumn.PLATFORM, "学习强国");
        return cells;
    }

    private Map<StudyColumn, String> byName(String name, Organization org, String hours, String course) {
        Map<StudyColumn, String> cells = new EnumMap<>(StudyColumn.class);
        cells.put(StudyColumn.NAME, name);
        cells.put(StudyColumn.ORGANIZATION_CODE, org.getCode());
        cells.put(StudyColumn.DATE, day.toString());
        cells.put(StudyColumn.HOURS, hours);
        cells.put(StudyColumn.COURSE, course);
        cells.put(StudyColumn.PLATFORM, "泉城干部大学堂");
        return cells;
    }

    private long upload(ImportRows<StudyColumn> rows) {
        ImportCounts counts = study.preview(scope, rows).counts();
        return as(() -> batches.upload(scope, ImportKind.STUDY, "学习强国.csv", new byte[] {1}, false, counts));
    }

    private long recordsOf(Member m) {
        return jdbc.queryForObject("select count(*) from study_record where member_id = ?", Long.class, m.getId());
    }

    @Test
    void aGoodExportIsCommittedWithTheKindEachPlatformSays() {
        Member a = tree.member(branch, "张建国");
        Member b = tree.member(branch, "李秀英");
        ImportRows<StudyColumn> rows = file().row(row(a, "1.5", "党史学习")).row(byName("李秀英", branch, "2", "党章"))
                .rows();
        ImportPreview<StudyLine> preview = study.preview(scope, rows);
        assertThat(preview.counts()).isEqualTo(new ImportCounts(2, 2, 0, 0, 0));
        assertThat(preview.lines()).extracting(StudyLine::name, StudyLine::kind).containsExactly(
                tuple("张建国", StudyKind.ONLINE_XUEXI_QIANGGUO), tuple("李秀英", StudyKind.ONLINE_QUANCHENG));
        long batch = upload(rows);

        as(() -> study.commit(scope, batch, rows, preview.counts()));

        assertThat(studies.forMember(scope, a.getId())).singleElement().satisfies(r -> {
            assertThat(r.getHours()).isEqualByComparingTo(new BigDecimal("1.5"));
            assertThat(r.getCourse()).isEqualTo("党史学习");
            assertThat(r.getCreatedBy()).isEqualTo(USER);
        });
        assertThat(recordsOf(b)).isEqualTo(1);
    }

    @Test
    void duplicatesInTheFileAndAgainstTheRegisterAreRefusedAndNothingIsCommitted() {
        Member a = tree.member(branch, "张建国");
        Member b = tree.member(branch, "李秀英");
        AuditActor.runAs(USER, () -> studies.log(scope, UUID.randomUUID(), b.getId(), day, new BigDecimal("2"),
                StudyKind.BRANCH_STUDY, "党章"));
        ImportRows<StudyColumn> rows = file()
                .row(row(a, "1", "党史学习"))
                .row(row(a, "1", "党史学习"))
                .row(row(b, "1", " 党章 "))
                .row(row(a, "1", "另一课程")).rows();

        ImportPreview<StudyLine> preview = study.preview(scope, rows);

        assertThat(preview.issues()).extracting(RowIssue::row, RowIssue::column, RowIssue::messageKey)
                .containsExactly(
                        tuple(2, StudyColumn.COURSE, "imports.study.duplicate-in-file"),
                        tuple(3, StudyColumn.COURSE, "imports.study.duplicate-in-file"),
                        tuple(4, StudyColumn.COURSE, "study.duplicate"));
        assertThat(preview.counts()).isEqualTo(new ImportCounts(4, 1, 0, 0, 3));
        long batch = upload(rows);
        assertThatThrownBy(() -> as(() -> study.commit(scope, batch, rows, preview.counts())))
                .isInstanceOf(ImportRefusedException.class);
        assertThat(recordsOf(a)).isZero();
    }

    @Test
    void aDayOverTwelveHoursCountsTheRegisterAndTheFile() {
        Member a = tree.member(branch, "张建国");
        AuditActor.runAs(USER, () -> studies.log(scope, UUID.randomUUID(), a.getId(), day, new BigDecimal("8"),
                StudyKind.PARTY_SCHOOL, "党校轮训"));
        ImportRows<StudyColumn> rows = file().row(row(a, "2", "甲")).row(row(a, "2.5", "乙")).rows();

        assertThat(study.preview(scope, rows).issues()).extracting(RowIssue::row, RowIssue::messageKey)
                .containsExactly(tuple(2, "study.hours.day-full"), tuple(3, "study.hours.day-full"));
    }

    @Test
    void membersAreFoundInTheScopeOnlyAndANameMustBeUnique() {
        Member outside = tree.member(otherBranch, "王强");
        tree.member(branch, "刘洋");
        tree.member(branch, "刘洋");
        Member a = tree.member(branch, "张建国");
        ImportRows<StudyColumn> rows = file()
                .row(row(outside, "1", "党章"))
                .row(byName("刘洋", branch, "1", "党章"))
                .row(byName("没有这人", branch, "1", "党章"))
                .row(byName("王强", otherBranch, "1", "党章"))
                .row(Map.of(StudyColumn.ID_NUMBER, a.getIdNumber().value(), StudyColumn.NAME, "张冠李戴",
                        StudyColumn.DATE, day.toString(), StudyColumn.HOURS, "1", StudyColumn.COURSE, "党章",
                        StudyColumn.PLATFORM, "灯塔")).rows();

        assertThat(study.preview(scope, rows).issues())
                .extracting(RowIssue::row, RowIssue::column, RowIssue::messageKey)
                .containsExactly(
                        tuple(2, StudyColumn.ID_NUMBER, "imports.study.member-not-found"),
                        tuple(3, StudyColumn.NAME, "imports.study.name-ambiguous"),
                        tuple(4, StudyColumn.NAME, "imports.study.name-not-found"),
                        tuple(5, StudyColumn.ORGANIZATION_CODE, "imports.org.out-of-scope"),
                        tuple(6, StudyColumn.NAME, "imports.study.name-mismatch"));
    }
}
