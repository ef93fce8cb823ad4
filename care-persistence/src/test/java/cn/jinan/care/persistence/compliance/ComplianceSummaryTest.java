package cn.jinan.care.persistence.compliance;

import static cn.jinan.care.persistence.testdata.MemberProfiles.aMember;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.exemption.ExemptionReason;
import cn.jinan.care.domain.member.DelegateLevel;
import cn.jinan.care.domain.member.Household;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.member.MemberFlags;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.domain.policy.QuotaRule;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.talk.TalkDetails;
import cn.jinan.care.domain.talk.TalkKind;
import cn.jinan.care.domain.talk.TalkerPost;
import cn.jinan.care.domain.training.StudyKind;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.domain.visit.VisitDetails;
import cn.jinan.care.domain.visit.VisitKind;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.exemption.ExemptionService;
import cn.jinan.care.persistence.lecture.LectureService;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.persistence.policy.ParameterAdded;
import cn.jinan.care.persistence.policy.ParameterService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.talk.TalkService;
import cn.jinan.care.persistence.testdata.MemberProfiles;
import cn.jinan.care.persistence.testdata.TestTree;
import cn.jinan.care.persistence.testdata.TestTrees;
import cn.jinan.care.persistence.training.StudyService;
import cn.jinan.care.persistence.visit.VisitService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The summaries equal a full recomputation from the raw records, after a few hundred random writes through every
 * write path (forms' services, batch entry, events that open obligations, visits and talks that fulfil them, waivers,
 * deaths, moves between branches, flag changes, exemptions, and plain SQL updates and deletes) — before and after the
 * pending deltas are folded, and after the year is rebuilt. The recomputation here is deliberately independent of the
 * database's: it loads the raw rows and counts them in Java.
 */
@PersistenceTest
class ComplianceSummaryTest {

    private static final RuleCode[] QUOTAS = {RuleCode.R03_TRAINING_HOURS, RuleCode.R04_LECTURES,
            RuleCode.R08_SUPERIOR_TALKS};
    private static final MemberEventKind[] EVENTS = {MemberEventKind.SANCTIONED, MemberEventKind.POST_CHANGED,
            MemberEventKind.HONORED, MemberEventKind.FAMILY_DISASTER, MemberEventKind.TENDENCY_PROBLEM,
            MemberEventKind.TRANSFERRED_IN, MemberEventKind.CRITICALLY_ILL};

    @Autowired
    TestTrees trees;
    @Autowired
    ComplianceService compliance;
    @Autowired
    StudyService studies;
    @Autowired
    LectureService lectures;
    @Autowired
    TalkService talks;
    @Autowired
    VisitService visits;
    @Autowired
    ExemptionService exemptions;
    @Autowired
    MemberService members;
    @Autowired
    ObligationService obligations;
    @Autowired
    ParameterService parameters;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    TestTree tree;
    DataScope scope;
    List<Organization> orgs = new ArrayList<>();
    List<Organization> branches = new ArrayList<>();
    List<Long> memberIds = new ArrayList<>();
    LocalDate today;
    int year;

    @BeforeEach
    void aTreeWithMembers() {
        today = LocalDate.now(clock);
        year = today.getYear();
        compliance.ensureCurrent(today);
        if (!compliance.built(year - 1)) {
            compliance.build(year - 1);
        }
        tree = trees.newTree();
        scope = DataScope.of(tree.root());
        orgs.add(tree.root());
        for (int d = 1; d <= 2; d++) {
            Organization district = tree.district("区委" + d);
            orgs.add(district);
            for (int s = 1; s <= 2; s++) {
                Organization street = tree.street(district, "街道" + d + s);
                orgs.add(street);
                for (int b = 1; b <= 2; b++) {
                    Organization branch = tree.branch(street, "支部" + d + s + b);
                    orgs.add(branch);
                    branches.add(branch);
                }
            }
        }
    }

    @Test
    void summariesEqualARecomputationFromTheRawRecords() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String because = "random seed " + seed;
        for (int i = 0; i < 36; i++) {
            MemberFlags flags = new MemberFlags(random.nextInt(4) == 0, random.nextInt(3) == 0, Household.URBAN,
                    false, false, DelegateLevel.NONE, false);
            MemberProfiles profile = aMember().name("党员" + i).flags(flags);
            if (random.nextInt(6) == 0) {
                profile.admitted(today.minusDays(random.nextInt(200))).probationary();
            }
            memberIds.add(tree.member(pick(random, branches), profile).getId());
        }
        // one member the random steps leave alone meets the study quota, so "met" is exercised whatever the seed
        Member diligent = tree.member(branches.get(0), "勤学");
        AuditActor.runAs("tester", () -> {
            for (int course = 1; course <= 4; course++) {
                studies.log(scope, UUID.randomUUID(), diligent.getId(), LocalDate.of(year - 1, 6, course), new BigDecimal("9"),
                        StudyKind.PARTY_SCHOOL, "轮训第" + course + "课");
            }
            // and three more give an obligation left overdue, one fulfilled late and one waived, whatever the seed
            Member overdue = tree.member(branches.get(1), "逾期");
            members.recordEvent(scope, overdue.getId(), MemberEventKind.SANCTIONED, today.minusDays(100), null);
            Member fulfilled = tree.member(branches.get(2), "已谈");
            members.recordEvent(scope, fulfilled.getId(), MemberEventKind.SANCTIONED, today.minusDays(100), null);
            talks.log(scope, UUID.randomUUID(), fulfilled.getId(), new TalkDetails(today.minusDays(50),
                    TalkKind.EDUCATION, "王书记", TalkerPost.BRANCH_SECRETARY, null, null));
            Member waived = tree.member(branches.get(3), "免除");
            members.recordEvent(scope, waived.getId(), MemberEventKind.SANCTIONED, today.minusDays(100), null);
            obligations.waive(scope, jdbc.queryForObject("select id from obligation where member_id = ?", Long.class,
                    waived.getId()), "测试免除");
            for (int i = 0; i < 400; i++) {
                step(random);
                if (random.nextInt(40) == 0) {
                    compliance.fold();
                }
            }
        });

        assertThat(countInTree("study_record", "member_id", "true")).as("study records").isGreaterThan(20);
        assertThat(countInTree("talk", "member_id", "r.kind = 'SUPERIOR_TWO_WAY'")).as("superior talks").isPositive();
        assertThat(countInTree("lecture", "speaker_id", "true")).as("lectures").isPositive();
        assertThat(countInTree("compliance_member", "member_id", "r.met > 0")).as("quotas met").isPositive();
        assertThat(countInTree("exemption", "member_id", "true")).as("exemptions").isPositive();
        for (String status : List.of("OPEN", "FULFILLED", "WAIVED")) {
            assertThat(countInTree("obligation", "member_id", "r.status = '" + status + "'"))
                    .as(status + " obligations").isPositive();
        }
        assertThat(countInTree("obligation", "member_id", "r.status = 'OPEN' and r.due_date < current_date"))
                .as("overdue obligations").isPositive();
        assertEqualsRecomputation(because + ", deltas pending");
        compliance.fold();
        assertThat(pendingDeltas()).isZero();
        assertEqualsRecomputation(because + ", folded");
        compliance.build(year);
        compliance.build(year - 1);
        assertEqualsRecomputation(because + ", rebuilt");
    }

    @Test
    void concurrentWritersAndFoldsLoseNothing() throws Exception {
        for (int i = 0; i < 12; i++) {
            memberIds.add(tree.member(branches.get(i % 2), "并发" + i).getId());
        }
        int threads = 6;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads + 1);
        var stop = new java.util.concurrent.atomic.AtomicBoolean();
        try {
            var folding = pool.submit(() -> {
                while (!stop.get()) {
                    compliance.fold();
                }
            });
            List<java.util.concurrent.Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                writers.add(pool.submit(() -> AuditActor.runAs("tester", () -> {
                    Random random = new Random(thread);
                    for (int i = 0; i < 25; i++) {
                        // batches over several members in both orders, and single records, at once
                        List<Long> some = new ArrayList<>(memberIds.subList(0, 1 + random.nextInt(memberIds.size())));
                        if (random.nextBoolean()) {
                            java.util.Collections.reverse(some);
                        }
                        studies.logSession(scope, UUID.randomUUID(), some, today.minusDays(random.nextInt(30)),
                                new BigDecimal("0.5"), StudyKind.PARTY_SCHOOL, "并发课" + thread + "-" + i);
                        talks.log(scope, UUID.randomUUID(), pick(random, memberIds), new TalkDetails(today,
                                TalkKind.SUPERIOR_TWO_WAY, "王书记", TalkerPost.SUPERIOR_RESPONSIBLE, null, null));
                    }
                })));
            }
            for (var w : writers) {
                w.get(); // a deadlock or a lost update would fail here or below
            }
            stop.set(true);
            folding.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(countInTree("study_record", "member_id", "true")).isGreaterThan(threads * 25);
        assertEqualsRecomputation("concurrent writers");
    }

    @Test
    void aQuotaNumberChangedRebuildsTheYearsItReachesInTheSameTransaction() {
        Member member = tree.member(branches.get(0), "张学习");
        AuditActor.runAs("tester", () -> studies.log(scope, UUID.randomUUID(), member.getId(), today,
                new BigDecimal("4"), StudyKind.PARTY_SCHOOL, "课程"));
        assertThat(metOf(member, year)).isZero();
        // done in a transaction that is rolled back, so the other tests keep the regulation's 32 hours
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            LocalDate lastDay = LocalDate.of(year, 12, 31);
            jdbc.update("insert into rule_parameter (param_key, param_value, effective_from, note, created_at,"
                    + " created_by) values ('TRAINING_HOURS_PER_YEAR', 4, ?, 'test', now(), 'test')", lastDay);
            compliance.on(new ParameterAdded(ParameterKey.TRAINING_HOURS_PER_YEAR, lastDay));
            assertThat(metOf(member, year)).as("measured against 4 hours").isOne();
            assertThat(metOf(member, year - 1)).as("last year keeps its number").isZero();
            tx.setRollbackOnly();
        });
        assertThat(metOf(member, year)).isZero();
    }

    private int metOf(Member member, int y) {
        return jdbc.queryForObject("select coalesce(sum(met), 0) from compliance_member where member_id = ? and year = ?"
                + " and rule_code = 'R03-TRAINING-HOURS'", Integer.class, member.getId(), y);
    }

    @Test
    void theMembersBehindAFigureShowHowMuchIsMissing() {
        Member member = tree.member(branches.get(0), "张学习");
        AuditActor.runAs("tester", () -> studies.log(scope, UUID.randomUUID(), member.getId(), today, new BigDecimal(
                "4"), StudyKind.PARTY_SCHOOL, "课程"));
        memberIds.add(member.getId());
        assertEqualsRecomputation("one member");
        assertThat(compliance.members(scope, tree.root().getId(), year, RuleCode.R03_TRAINING_HOURS, Drill.BEHIND,
                org.springframework.data.domain.PageRequest.of(0, 10)).getContent())
                .singleElement().satisfies(m -> {
                    assertThat(m.memberId()).isEqualTo(member.getId());
                    assertThat(m.missing()).isEqualByComparingTo(
                            QuotaRule.TRAINING_HOURS.required(year, parameters).subtract(new BigDecimal("4")));
                });
    }

    private void step(Random random) {
        long member = pick(random, memberIds);
        LocalDate date = randomDate(random);
        try {
            switch (random.nextInt(16)) {
                case 0, 1, 2 -> studies.log(scope, UUID.randomUUID(), member, date,
                        BigDecimal.valueOf(4 + random.nextInt(21)).multiply(new BigDecimal("0.5")),
                        StudyKind.PARTY_SCHOOL, "课程" + random.nextInt(5));
                case 3 -> studies.logSession(scope, UUID.randomUUID(),
                        List.of(pick(random, memberIds), pick(random, memberIds), pick(random, memberIds)).stream()
                                .distinct().toList(), date, new BigDecimal("2.5"), StudyKind.ONLINE_XUEXI_QIANGGUO,
                        "集体学习" + random.nextInt(1000));
                case 4 -> {
                    Long id = anyId(random, "select id from study_record where member_id = ?", member);
                    if (id != null) {
                        var record = studies.get(scope, id);
                        studies.change(scope, id, record.getVersion(), randomDate(random), new BigDecimal("1.5"),
                                record.getKind(), record.getCourse());
                    }
                }
                case 5 -> lectures.log(scope, UUID.randomUUID(), member, pick(random, branches).getId(), date,
                        "党课" + random.nextInt(100), 20);
                case 6 -> {
                    Long id = anyId(random, "select id from lecture where speaker_id = ?", member);
                    if (id != null) {
                        var lecture = lectures.get(scope, id);
                        lectures.change(scope, id, lecture.getVersion(), pick(random, memberIds),
                                lecture.getVenue().getId(), randomDate(random), lecture.getTopic(), 20);
                    }
                }
                case 7 -> talks.log(scope, UUID.randomUUID(), member, new TalkDetails(date,
                        TalkKind.values()[random.nextInt(TalkKind.values().length)], "王书记",
                        TalkerPost.SUPERIOR_RESPONSIBLE, null, null));
                case 8 -> {
                    Long id = anyId(random, "select id from talk where member_id = ?", member);
                    if (id != null) {
                        var talk = talks.get(scope, id);
                        talks.change(scope, id, talk.getVersion(), new TalkDetails(randomDate(random),
                                TalkKind.values()[random.nextInt(TalkKind.values().length)], "李书记",
                                TalkerPost.SUPERIOR_RESPONSIBLE, null, null));
                    }
                }
                case 9 -> exemptions.grant(scope, member, year - random.nextInt(2), QUOTAS[random.nextInt(3)],
                        ExemptionReason.LONG_ILLNESS, null, "组织委员");
                case 10, 11 -> members.recordEvent(scope, member, EVENTS[random.nextInt(EVENTS.length)], date, null);
                case 12 -> visits.log(scope, UUID.randomUUID(), member, new VisitDetails(date,
                        VisitKind.values()[random.nextInt(VisitKind.values().length)], "支部书记", true,
                        BigDecimal.ZERO, null, BigDecimal.ZERO, (FundingSource) null, null));
                case 13 -> {
                    Member m = members.get(scope, member);
                    MemberFlags f = m.flags();
                    MemberFlags changed = new MemberFlags(!f.leadingCadre(), random.nextBoolean(), f.household(),
                            f.retired(), f.withoutPension(), f.delegateLevel(), f.streetStaff());
                    members.update(scope, member, m.getVersion(), pick(random, branches).getId(),
                            MemberProfiles.from(m.profile()).flags(changed).build());
                }
                case 14 -> {
                    if (random.nextInt(4) == 0) {
                        members.recordEvent(scope, member, MemberEventKind.DIED, date, null);
                    } else {
                        Long id = anyId(random, "select id from obligation where member_id = ? and status = 'OPEN'",
                                member);
                        if (id != null) {
                            obligations.waive(scope, id, "测试免除");
                        }
                    }
                }
                default -> {
                    // plain SQL, as an import or a repair would write
                    switch (random.nextInt(3)) {
                        case 0 -> jdbc.update("delete from study_record where id = (select min(id) from study_record"
                                + " where member_id = ?)", member);
                        case 1 -> jdbc.update("update study_record set hours = 6 where id = (select max(id) from"
                                + " study_record where member_id = ?)", member);
                        default -> jdbc.update("delete from talk where id = (select min(id) from talk"
                                + " where member_id = ? and kind = 'SUPERIOR_TWO_WAY')", member);
                    }
                }
            }
        } catch (RuntimeException refused) {
            // a write the product refuses (duplicate, inactive member, out of range) changes nothing; go on
        }
    }

    private LocalDate randomDate(Random random) {
        LocalDate from = LocalDate.of(year - 1, 1, 1);
        return from.plusDays(random.nextInt((int) (today.toEpochDay() - from.toEpochDay()) + 1));
    }

    private Long anyId(Random random, String sql, long member) {
        List<Long> ids = jdbc.queryForList(sql, Long.class, member);
        return ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** Rows of a record table whose member belongs to this test's tree. */
    private long countInTree(String table, String memberColumn, String condition) {
        return jdbc.queryForObject("select count(*) from " + table + " r join member m on m.id = r." + memberColumn
                + " join organization o on o.id = m.organization_id where o.path like ? and " + condition, Long.class,
                tree.root().getPath() + "%");
    }

    private long pendingDeltas() {
        return jdbc.queryForObject("select count(*) from compliance_delta d join organization o"
                + " on o.id = d.organization_id where o.path like ?", Long.class, tree.root().getPath() + "%");
    }

    // ---- the independent recomputation

    private record Key(long member, int year, String rule) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return toString().compareTo(o.toString());
        }
    }

    private void assertEqualsRecomputation(String because) {
        Map<Key, Measures> expected = recompute();
        Map<Key, Measures> actual = new TreeMap<>();
        jdbc.query("select c.member_id, c.year, c.rule_code, c.applicable, c.exempt, c.required, c.met, c.done, c.due,"
                + " c.fulfilled, c.fulfilled_late, c.waived, c.open, c.overdue, c.org_path, o.path"
                + " from compliance_member c join member m on m.id = c.member_id"
                + " join organization o on o.id = m.organization_id where o.path like ? and c.year >= ?", rs -> {
                    assertThat(rs.getString(15)).as("cell's organization path").isEqualTo(rs.getString(16));
                    actual.put(new Key(rs.getLong(1), rs.getInt(2), rs.getString(3)), new Measures(rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getBigDecimal(8).stripTrailingZeros(),
                            rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13),
                            rs.getLong(14)));
                }, tree.root().getPath() + "%", year - 1);
        assertThat(actual).as("member cells, " + because).isEqualTo(expected);

        Map<Long, String> memberPaths = new HashMap<>();
        jdbc.query("select m.id, o.path from member m join organization o on o.id = m.organization_id"
                + " where o.path like ?", rs -> {
                    memberPaths.put(rs.getLong(1), rs.getString(2));
                }, tree.root().getPath() + "%");
        for (int y = year - 1; y <= year; y++) {
            for (Organization org : orgs) {
                Map<RuleCode, Measures> rolledUp = new TreeMap<>();
                for (Map.Entry<Key, Measures> e : expected.entrySet()) {
                    if (e.getKey().year() == y && memberPaths.get(e.getKey().member()).startsWith(org.getPath())) {
                        rolledUp.merge(RuleCode.fromCode(e.getKey().rule()).orElseThrow(), e.getValue(),
                                Measures::plus);
                    }
                }
                Map<RuleCode, Measures> shown = new TreeMap<>();
                compliance.figures(scope, org.getId(), y).rules().forEach((rule, figure) -> {
                    if (nonZero(figure.measures())) {
                        shown.put(rule, normalized(figure.measures()));
                    }
                });
                rolledUp.replaceAll((r, m) -> normalized(m));
                rolledUp.values().removeIf(m -> !nonZero(m));
                assertThat(shown).as(org.getName() + " " + y + ", " + because).isEqualTo(rolledUp);
            }
        }
    }

    private static boolean nonZero(Measures m) {
        return !normalized(m).equals(normalized(Measures.NONE));
    }

    private static Measures normalized(Measures m) {
        return new Measures(m.applicable(), m.exempt(), m.required(), m.met(), m.done().stripTrailingZeros(), m.due(),
                m.fulfilled(), m.fulfilledLate(), m.waived(), m.open(), m.overdue());
    }

    private Map<Key, Measures> recompute() {
        record M(long id, String status, LocalDate admitted, boolean cadre, boolean grassroots) {
        }
        List<M> people = jdbc.query("select m.id, m.status, m.admitted_date, m.leading_cadre, m.grassroots from member m"
                + " join organization o on o.id = m.organization_id where o.path like ?", (rs, i) -> new M(
                        rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getBoolean(4),
                        rs.getBoolean(5)), tree.root().getPath() + "%");
        LocalDate aged = jdbc.queryForObject("select aged_through from compliance_state", LocalDate.class);
        Map<Key, Measures> result = new TreeMap<>();
        for (M m : people) {
            for (int y = year - 1; y <= year; y++) {
                LocalDate d1 = LocalDate.of(y, 1, 1);
                LocalDate d2 = LocalDate.of(y, 12, 31);
                for (RuleCode rule : QUOTAS) {
                    BigDecimal done = switch (rule) {
                        case R03_TRAINING_HOURS -> sum(jdbc.queryForList("select hours from study_record where"
                                + " member_id = ? and study_date between ? and ?", BigDecimal.class, m.id(), d1, d2));
                        case R04_LECTURES -> BigDecimal.valueOf(jdbc.queryForList("select id from lecture where"
                                + " speaker_id = ? and lecture_date between ? and ?", Long.class, m.id(), d1, d2)
                                .size());
                        default -> BigDecimal.valueOf(jdbc.queryForList("select id from talk where member_id = ?"
                                + " and kind = 'SUPERIOR_TWO_WAY' and talk_date between ? and ?", Long.class, m.id(),
                                d1, d2).size());
                    };
                    boolean flag = switch (rule) {
                        case R04_LECTURES -> m.cadre();
                        case R08_SUPERIOR_TALKS -> m.grassroots();
                        default -> true;
                    };
                    boolean applicable = flag && m.status().equals("ACTIVE") && !m.admitted().isAfter(d2);
                    if (!applicable && done.signum() == 0) {
                        continue;
                    }
                    boolean exempt = applicable && !jdbc.queryForList("select id from exemption where member_id = ?"
                            + " and quota_year = ? and rule_code = ?", Long.class, m.id(), y, rule.code()).isEmpty();
                    boolean required = applicable && !exempt;
                    boolean met = required && done.compareTo(QuotaRule.of(rule).required(y, parameters)) >= 0;
                    result.put(new Key(m.id(), y, rule.code()), new Measures(applicable ? 1 : 0, exempt ? 1 : 0,
                            required ? 1 : 0, met ? 1 : 0, done.stripTrailingZeros(), 0, 0, 0, 0, 0, 0));
                }
                int yearOf = y;
                jdbc.query("select rule_code, status, due_date, fulfilled_on from obligation where member_id = ?"
                        + " and due_date between ? and ?", rs -> {
                            String status = rs.getString(2);
                            LocalDate due = rs.getDate(3).toLocalDate();
                            LocalDate fulfilledOn = rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate();
                            boolean fulfilled = status.equals("FULFILLED");
                            boolean open = status.equals("OPEN");
                            Measures one = new Measures(0, 0, 0, 0, BigDecimal.ZERO, 1, fulfilled ? 1 : 0,
                                    fulfilled && fulfilledOn.isAfter(due) ? 1 : 0, status.equals("WAIVED") ? 1 : 0,
                                    open ? 1 : 0, open && due.isBefore(aged) ? 1 : 0);
                            result.merge(new Key(m.id(), yearOf, rs.getString(1)), one, Measures::plus);
                        }, m.id(), d1, d2);
            }
        }
        return result;
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
