package cn.jinan.care.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.IdCardNumber;
import cn.jinan.care.persistence.compliance.ComplianceService;
import cn.jinan.care.persistence.compliance.Measures;
import cn.jinan.care.persistence.compliance.OrgFigures;
import cn.jinan.care.persistence.scope.DataScope;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The generator at a tiny scale (1,200 members) into the test's embedded PostgreSQL, migrated by Flyway: every
 * constraint holds (the foreign keys it loaded unchecked are checked here), identity numbers and paths are right, the
 * sequences are past the ids, the summaries it built are what the raw records say, and the summary triggers are back
 * on afterwards.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratorTest {

    private static final double SCALE = 0.002;
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ComplianceService compliance;

    Generator.Report report;
    Window window = Window.endingOn(TODAY);

    @BeforeAll
    void generate() throws Exception {
        report = new Generator(dataSource, new Generator.Options(SCALE, 7, TODAY), System.out).run();
    }

    @Test
    void theCityHasItsShapeAndFiveYearsOfRecords() {
        assertThat(count("member")).isEqualTo(1200).isEqualTo(report.rows().get("member"));
        assertThat(count("organization where level = 'DISTRICT'")).isEqualTo(12);
        assertThat(count("organization where level = 'MUNICIPAL'")).isEqualTo(1);
        assertThat(count("organization where level = 'BRANCH'")).isGreaterThanOrEqualTo(50);
        assertThat(count("member m join organization o on o.id = m.organization_id where o.level <> 'BRANCH'"))
                .isZero();
        for (String table : List.of("study_record", "talk", "visit", "lecture", "member_event", "exemption",
                "health_check", "hardship_record", "casualty_case", "casualty_follow_up", "visit_campaign")) {
            // (the trigger test may have added a study record)
            assertThat(count(table)).as(table).isPositive().isBetween(report.rows().get(table),
                    report.rows().get(table) + 1);
        }
        for (String status : List.of("FULFILLED", "OPEN", "WAIVED")) {
            assertThat(count("obligation where status = '" + status + "'")).as(status).isPositive();
        }
        assertThat(count("obligation where status = 'OPEN' and due_date < current_date")).as("overdue").isPositive();
        assertThat(count("study_record")).as("≈ 58 study records a member over five years")
                .isBetween(1200L * 40, 1200L * 75);
        assertThat(count("talk")).as("≈ 15 talks a member").isBetween(1200L * 10, 1200L * 20);
        assertThat(jdbc.queryForObject("select min(study_date) from study_record", LocalDate.class))
                .hasYear(window.firstYear());
        assertThat(jdbc.queryForObject("select max(greatest((select max(study_date) from study_record),"
                + " (select max(talk_date) from talk), (select max(visit_date) from visit)))", LocalDate.class))
                .isBeforeOrEqualTo(TODAY);
        assertThat(count("member where leading_cadre")).as("≈ 5% leading cadres").isBetween(20L, 120L);
        assertThat(count("app_user")).isEqualTo(4 + Generator.SECRETARIES);
    }

    @Test
    void everyForeignKeyHolds() throws Exception {
        List<String[]> keys = new ArrayList<>();
        jdbc.query("select conrelid::regclass::text, conname, pg_get_constraintdef(oid) from pg_constraint"
                + " where contype = 'f'", rs -> {
                    keys.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                });
        assertThat(keys).hasSizeGreaterThan(50);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String[] k : keys) {
                    // adding a key back checks every row against it
                    st.execute("alter table " + k[0] + " drop constraint " + k[1]);
                    st.execute("alter table " + k[0] + " add constraint " + k[1] + " " + k[2]);
                }
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    @Test
    void identityNumbersAreValidAndAgreeWithTheRecord() {
        jdbc.query("select id_number, birth_date, gender from member", rs -> {
            String number = rs.getString(1);
            assertThat(IdCardNumber.check(number)).as(number).isNull();
            IdCardNumber id = IdCardNumber.of(number);
            assertThat(id.birthDate()).isEqualTo(rs.getObject(2, LocalDate.class));
            assertThat(id.gender().name()).isEqualTo(rs.getString(3));
        });
        assertThat(count("member where admitted_date < birth_date + interval '18 years'")).isZero();
        assertThat(count("member where admitted_date > current_date or birth_date > current_date")).isZero();
    }

    @Test
    void pathsListTheAncestors() {
        assertThat(count("organization o left join organization p on p.id = o.parent_id"
                + " where o.path <> coalesce(p.path, '/') || o.id || '/' or o.depth <> coalesce(p.depth + 1, 0)"))
                .isZero();
    }

    @Test
    void sequencesArePastTheIdsUsed() {
        for (String table : List.of("organization", "member", "member_event", "app_user", "talk", "visit",
                "study_record", "lecture", "exemption", "obligation", "health_check", "hardship_record",
                "visit_campaign", "casualty_case")) {
            Long max = jdbc.queryForObject("select max(id) from " + table, Long.class);
            Long next = jdbc.queryForObject("select nextval('" + table + "_seq')", Long.class);
            assertThat(next).as(table).isGreaterThan(max);
        }
    }

    @Test
    void obligationsFallDueAsTheRulesSay() {
        Map<String, Integer> days = Map.of("ENCOURAGEMENT_TALK", 30, "EDUCATION_TALK", 15, "POST_CHANGE_TALK", 30,
                "EMERGENCY_VISIT", 7, "END_OF_LIFE_VISIT", 7, "CONDOLENCE_VISIT", 7);
        days.forEach((action, d) -> assertThat(count("obligation where required_action = '" + action
                + "' and due_date - arose_on <> " + d)).as(action).isZero());
        assertThat(count("obligation where rule_code = 'R26-OLD-MEMBER-VISIT'"
                + " and due_date <> (arose_on + interval '3 months')::date")).isZero();
        // a fulfilled obligation names a record of its member, of the kind it asks for, on or after it arose
        assertThat(count("obligation o join talk t on t.id = o.fulfilled_by_id where o.fulfilled_by_type = 'TALK'"
                + " and (t.member_id <> o.member_id or t.talk_date <> o.fulfilled_on or t.talk_date < o.arose_on)"))
                .isZero();
        assertThat(count("obligation o where o.fulfilled_by_type = 'VISIT' and not exists (select 1 from visit v"
                + " where v.id = o.fulfilled_by_id and v.member_id = o.member_id and v.visit_date = o.fulfilled_on"
                + " and v.visit_date >= o.arose_on)")).isZero();
        // every very old member on the roster has a home visit open, so the daily planner opens none
        assertThat(count("member m where m.status = 'ACTIVE' and m.birth_date <= current_date - interval '80 years'"
                + " and not exists (select 1 from obligation o where o.member_id = m.id"
                + " and o.rule_code = 'R26-OLD-MEMBER-VISIT' and o.status = 'OPEN')")).isZero();
    }

    @Test
    void theSummariesAreWhatTheRawRecordsSay() {
        long root = jdbc.queryForObject("select id from organization where level = 'MUNICIPAL'", Long.class);
        String rootPath = jdbc.queryForObject("select path from organization where id = ?", String.class, root);
        long district = jdbc.queryForObject("select id from organization where code = 'JN01'", Long.class);
        for (int y = window.firstYear(); y <= window.lastYear(); y++) {
            OrgFigures city = compliance.figures(new DataScope(root, rootPath), root, y);
            Measures hours = city.rule(RuleCode.R03_TRAINING_HOURS).measures();
            assertThat(hours.done()).as("hours %d", y).isEqualByComparingTo(sum(
                    "select sum(hours) from study_record where extract(year from study_date) = ?", y));
            String applicable = "from member m where m.status = 'ACTIVE' and m.admitted_date <= make_date(?, 12, 31)"
                    + " and not exists (select 1 from exemption e where e.member_id = m.id and e.quota_year = ?"
                    + " and e.rule_code = 'R03-TRAINING-HOURS')";
            assertThat(hours.required()).isEqualTo(jdbc.queryForObject("select count(*) " + applicable, Long.class,
                    y, y));
            assertThat(hours.met()).isEqualTo(jdbc.queryForObject("select count(*) " + applicable
                    + " and (select coalesce(sum(s.hours), 0) from study_record s where s.member_id = m.id"
                    + " and extract(year from s.study_date) = ?) >= 32", Long.class, y, y, y));
            if (y < window.lastYear()) {
                assertThat(hours.met() * 100 / hours.required()).as("most meet the 32 hours, not all")
                        .isBetween(60L, 92L);
            }
            Measures superior = city.rule(RuleCode.R08_SUPERIOR_TALKS).measures();
            assertThat(superior.done()).isEqualByComparingTo(sum("select count(*) from talk where kind ="
                    + " 'SUPERIOR_TWO_WAY' and extract(year from talk_date) = ?", y));
            Measures lectures = city.rule(RuleCode.R04_LECTURES).measures();
            assertThat(lectures.done()).isEqualByComparingTo(sum(
                    "select count(*) from lecture where extract(year from lecture_date) = ?", y));
            Measures talks = city.rule(RuleCode.R08_TALK_ON_EVENT).measures();
            String owed = "select count(*) from obligation where rule_code = 'R08-TALK-ON-EVENT'"
                    + " and extract(year from due_date) = ?";
            assertThat(talks.due()).isEqualTo(jdbc.queryForObject(owed, Long.class, y));
            assertThat(talks.fulfilled()).isEqualTo(jdbc.queryForObject(owed + " and status = 'FULFILLED'",
                    Long.class, y));
            assertThat(talks.overdue()).isEqualTo(jdbc.queryForObject(owed + " and status = 'OPEN' and due_date <"
                    + " (select aged_through from compliance_state)", Long.class, y));
            Measures visits = city.rule(RuleCode.R26_OLD_MEMBER_VISIT).measures();
            assertThat(visits.due()).isEqualTo(jdbc.queryForObject("select count(*) from obligation where"
                    + " rule_code = 'R26-OLD-MEMBER-VISIT' and extract(year from due_date) = ?", Long.class, y));

            OrgFigures lixia = compliance.figures(new DataScope(root, rootPath), district, y);
            assertThat(lixia.rule(RuleCode.R03_TRAINING_HOURS).measures().done()).isEqualByComparingTo(sum(
                    "select sum(s.hours) from study_record s join member m on m.id = s.member_id join organization o"
                            + " on o.id = m.organization_id where o.path like (select path from organization where"
                            + " code = 'JN01') || '%' and extract(year from s.study_date) = ?", y));
        }
    }

    @Test
    void theSummaryTriggersAreOnAgain() {
        long root = jdbc.queryForObject("select id from organization where level = 'MUNICIPAL'", Long.class);
        String rootPath = jdbc.queryForObject("select path from organization where id = ?", String.class, root);
        int year = TODAY.getYear();
        BigDecimal before = compliance.figures(new DataScope(root, rootPath), root, year)
                .rule(RuleCode.R03_TRAINING_HOURS).measures().done();
        long member = jdbc.queryForObject("select min(id) from member where status = 'ACTIVE'", Long.class);
        jdbc.update("insert into study_record (id, version, created_at, updated_at, member_id, study_date, hours,"
                + " kind, course) values (nextval('study_record_seq'), 0, now(), now(), ?, ?, 3.5, 'BRANCH_STUDY',"
                + " 'GeneratorTest')", member, TODAY);
        BigDecimal after = compliance.figures(new DataScope(root, rootPath), root, year)
                .rule(RuleCode.R03_TRAINING_HOURS).measures().done();
        assertThat(after.subtract(before)).isEqualByComparingTo("3.5");
    }

    @Test
    void theSameSeedBuildsTheSameCity() {
        City a = City.build(0.01, 6000, new Ids.Block("s", 1), Lives.random(42, 0, 0));
        City b = City.build(0.01, 6000, new Ids.Block("s", 1), Lives.random(42, 0, 0));
        assertThat(a.orgs).isEqualTo(b.orgs);
        assertThat(a.branches).isEqualTo(b.branches);
        assertThat(a.memberCount()).isEqualTo(6000);
        City c = City.build(0.01, 6000, new Ids.Block("s", 1), new SplittableRandom(43));
        assertThat(c.branches).isNotEqualTo(a.branches);
    }

    private long count(String from) {
        return jdbc.queryForObject("select count(*) from " + from, Long.class);
    }

    private BigDecimal sum(String sql, int year) {
        BigDecimal v = jdbc.queryForObject(sql, BigDecimal.class, year);
        return v == null ? BigDecimal.ZERO : v;
    }
}
