package cn.jinan.care.reports.yearly;

import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.policy.RuleKind;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.domain.shared.PartyAge;
import cn.jinan.care.domain.visit.VisitKind;
import cn.jinan.care.persistence.compliance.ComplianceService;
import cn.jinan.care.persistence.compliance.OrgFigures;
import cn.jinan.care.persistence.compliance.RuleFigure;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a yearly report for an organization's subtree within a data scope. The figures per rule and per child come
 * from the compliance summaries ({@link ComplianceService}); the registers' figures and the spending are one query each
 * over the records of the subtree's members dated in the year; the member table is read from the summary table
 * {@code compliance_member} through a forward-only cursor ({@link #members}).
 */
@Service
public class YearlyReportData {

    /** Rows the PostgreSQL driver fetches at a time from the member cursor. */
    public static final int FETCH_SIZE = 500;

    private static final String MASKED_ID = "substr(m.id_number, 1, 6) || '********' || substr(m.id_number, 15)";

    private final ComplianceService compliance;
    private final OrganizationService organizations;
    private final NamedParameterJdbcTemplate jdbc;
    private final JdbcTemplate cursor;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    public YearlyReportData(ComplianceService compliance, OrganizationService organizations, DataSource dataSource,
            PlatformTransactionManager transactions, Clock clock) {
        this.compliance = compliance;
        this.organizations = organizations;
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.cursor = new JdbcTemplate(dataSource);
        this.cursor.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.clock = clock;
    }

    /** The fetch size of the member cursor (a test checks the rows are streamed, not loaded). */
    public int fetchSize() {
        return cursor.getFetchSize();
    }

    /**
     * The rules a report shows, in catalogue order: the quotas and event obligations, less those the reader may not
     * see ({@code hidden}: a branch secretary does not see the accountability cases' rule).
     */
    public static List<RuleCode> rules(Collection<RuleCode> hidden) {
        return Arrays.stream(RuleCode.values())
                .filter(r -> r.kind() == RuleKind.QUOTA || r.kind() == RuleKind.EVENT_OBLIGATION)
                .filter(r -> !hidden.contains(r)).toList();
    }

    /** The short parts of the report: 404 ({@code NotFoundException}) when the organization is out of scope. */
    public YearlyReport load(DataScope scope, long organizationId, int year, Collection<RuleCode> hidden) {
        LocalDate today = LocalDate.now(clock);
        compliance.ensureCurrent(today);
        Organization org = organizations.get(scope, organizationId);
        List<RuleCode> rules = rules(hidden);
        OrgFigures total = visible(compliance.figures(scope, org.getId(), year), rules);
        List<RuleFigure> summary = rules.stream().map(total::rule).toList();
        List<OrgFigures> children = compliance.children(scope, org.getId(), year).stream()
                .map(child -> visible(child, rules)).toList();
        String pattern = org.getPath() + "%";
        YearlyReport.Header header = new YearlyReport.Header(org.getCode(), org.getName(), org.getLevel(), year,
                asOf(year, today), today);
        return new YearlyReport(header, summary, total, children, registers(pattern, year), spending(pattern, year),
                rules, rules.stream().filter(r -> r.kind() == RuleKind.EVENT_OBLIGATION).toList());
    }

    /** The day a report counts to: 31 December, or today while the year runs. */
    public static LocalDate asOf(int year, LocalDate today) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return today.isBefore(end) ? today : end;
    }

    /** How many members the member table of the report will hold. */
    public long memberCount(DataScope scope, long organizationId, int year) {
        Organization org = organizations.get(scope, organizationId);
        Long count = jdbc.queryForObject("select count(distinct member_id) from compliance_member"
                + " where year = :year and org_path like :pattern",
                new MapSqlParameterSource("year", year).addValue("pattern", org.getPath() + "%"), Long.class);
        return count == null ? 0 : count;
    }

    /**
     * The member table of the subtree, one row per member with cells in the year, ordered by organization (tree order)
     * and name. Nothing is read until {@link MemberSource#stream} is called; then the rows come through a cursor in a
     * read-only transaction (the PostgreSQL driver streams only with a fetch size and outside auto-commit), each
     * handed to the sink as it is read.
     */
    public MemberSource members(DataScope scope, long organizationId, int year, List<RuleCode> obligationRules,
            LocalDate asOf) {
        return sink -> readOnly.executeWithoutResult(status -> streamMembers(scope, organizationId, year,
                obligationRules, asOf, sink));
    }

    private void streamMembers(DataScope scope, long organizationId, int year, List<RuleCode> obligationRules,
            LocalDate asOf, Consumer<MemberRow> sink) {
        Organization org = organizations.get(scope, organizationId);
        StringBuilder sql = new StringBuilder("select o.code, o.name, m.name, ").append(MASKED_ID)
                .append(", m.full_member_date")
                .append(", coalesce(sum(c.done) filter (where c.rule_code = ?), 0)")
                .append(", coalesce(sum(c.done) filter (where c.rule_code = ?), 0)")
                .append(", coalesce(sum(c.done) filter (where c.rule_code = ?), 0)");
        List<Object> args = new ArrayList<>(List.of(RuleCode.R03_TRAINING_HOURS.code(), RuleCode.R04_LECTURES.code(),
                RuleCode.R08_SUPERIOR_TALKS.code()));
        for (RuleCode rule : obligationRules) {
            sql.append(", coalesce(sum(c.open) filter (where c.rule_code = ?), 0)")
                    .append(", coalesce(sum(c.overdue) filter (where c.rule_code = ?), 0)");
            args.add(rule.code());
            args.add(rule.code());
        }
        sql.append(" from compliance_member c join member m on m.id = c.member_id")
                .append(" join organization o on o.id = c.organization_id")
                .append(" where c.year = ? and c.org_path like ?")
                .append(" group by o.id, m.id order by o.path, m.name, m.id");
        args.add(year);
        args.add(org.getPath() + "%");
        int rules = obligationRules.size();
        cursor.query(sql.toString(), rs -> {
            List<Long> open = new ArrayList<>(rules);
            List<Long> overdue = new ArrayList<>(rules);
            for (int i = 0; i < rules; i++) {
                open.add(rs.getLong(9 + 2 * i));
                overdue.add(rs.getLong(10 + 2 * i));
            }
            Date full = rs.getDate(5);
            Integer partyAge = full == null ? null
                    : PartyAge.of(full.toLocalDate(), asOf).map(PartyAge::years).orElse(null);
            sink.accept(new MemberRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), partyAge,
                    rs.getBigDecimal(6), rs.getLong(7), rs.getLong(8), open, overdue));
        }, args.toArray());
    }

    /** The registers' figures of the year for the subtree, one query each. */
    List<RegisterLine> registers(String pattern, int year) {
        MapSqlParameterSource p = new MapSqlParameterSource("pattern", pattern)
                .addValue("d1", LocalDate.of(year, 1, 1)).addValue("d2", LocalDate.of(year, 12, 31))
                .addValue("year", year);
        String members = " join member m on m.id = x.member_id join organization o on o.id = m.organization_id"
                + " where o.path like :pattern";
        List<RegisterLine> lines = new ArrayList<>();
        Map<VisitKind, RegisterLine> visits = new EnumMap<>(VisitKind.class);
        jdbc.query("select x.kind, count(*), coalesce(sum(x.money + x.goods_value), 0) from visit x" + members
                + " and x.visit_date between :d1 and :d2 group by x.kind", p, rs -> {
                    VisitKind kind = VisitKind.valueOf(rs.getString(1));
                    visits.put(kind, new RegisterLine("report.register.visits", kind, rs.getLong(2),
                            rs.getBigDecimal(3)));
                });
        for (VisitKind kind : VisitKind.values()) {
            lines.add(visits.getOrDefault(kind, new RegisterLine("report.register.visits", kind, 0, BigDecimal.ZERO)));
        }
        lines.add(count("report.register.hardship-members", "select count(distinct x.member_id), null"
                + " from hardship_record x" + members + " and x.since_date <= :d2"
                + " and (x.closed_on is null or x.closed_on >= :d1)", p));
        lines.add(count("report.register.aid-paid", "select count(*), coalesce(sum(a.amount), 0) from hardship_aid a"
                + " join hardship_record x on x.id = a.hardship_record_id" + members
                + " and a.status = 'PAID' and a.paid_on between :d1 and :d2", p));
        lines.add(count("report.register.subsidies", "select count(*), coalesce(sum(x.amount), 0)"
                + " from old_member_subsidy_payment x" + members + " and x.paid_on between :d1 and :d2", p));
        lines.add(count("report.register.casualty-families", "select count(distinct x.id), coalesce(sum(f.amount), 0)"
                + " from casualty_follow_up f join casualty_case x on x.id = f.casualty_case_id" + members
                + " and f.follow_up_date between :d1 and :d2", p));
        lines.add(count("report.register.medals", "select count(*), null from honor x" + members
                + " and x.kind = 'MEDAL_50' and x.awarded_on between :d1 and :d2", p));
        lines.add(count("report.register.honors", "select count(*), coalesce(sum(x.reward_amount), 0) from honor x"
                + " left join member m on m.id = x.member_id"
                + " join organization o on o.id = coalesce(m.organization_id, x.organization_id)"
                + " where o.path like :pattern and x.kind <> 'MEDAL_50' and x.awarded_on between :d1 and :d2", p));
        lines.add(count("report.register.sanctions", "select count(*), null from sanction x" + members
                + " and x.decided_on between :d1 and :d2", p));
        lines.add(count("report.register.recuperation", "select count(*), coalesce(sum(x.cost), 0)"
                + " from recuperation x" + members + " and x.start_date between :d1 and :d2", p));
        lines.add(count("report.register.health-checks", "select count(*), null from health_check x" + members
                + " and x.check_year = :year", p));
        return lines;
    }

    private RegisterLine count(String key, String sql, MapSqlParameterSource p) {
        return jdbc.queryForObject(sql, p, (rs, i) -> new RegisterLine(key, null, rs.getLong(1), rs.getBigDecimal(2)));
    }

    /** Money spent in the year in the subtree, by funding source (in the enum's order) and what it went to. */
    List<SpendingLine> spending(String pattern, int year) {
        MapSqlParameterSource p = new MapSqlParameterSource("pattern", pattern)
                .addValue("d1", LocalDate.of(year, 1, 1)).addValue("d2", LocalDate.of(year, 12, 31));
        String members = " join member m on m.id = x.member_id join organization o on o.id = m.organization_id"
                + " where o.path like :pattern";
        String sql = "select source, item, sum(amount) from ("
                + "select x.funding_source as source, 'VISIT_MONEY' as item, x.money as amount from visit x" + members
                + " and x.visit_date between :d1 and :d2 and x.money > 0"
                + " union all select x.funding_source, 'VISIT_GOODS', x.goods_value from visit x" + members
                + " and x.visit_date between :d1 and :d2 and x.goods_value > 0"
                + " union all select a.funding_source, 'HARDSHIP_AID', a.amount from hardship_aid a"
                + " join hardship_record x on x.id = a.hardship_record_id" + members
                + " and a.status = 'PAID' and a.paid_on between :d1 and :d2"
                + " union all select x.funding_source, 'OLD_MEMBER_SUBSIDY', x.amount from old_member_subsidy_payment x"
                + members + " and x.paid_on between :d1 and :d2"
                + " union all select x.funding_source, 'RECUPERATION', x.cost from recuperation x" + members
                + " and x.start_date between :d1 and :d2 and x.cost > 0"
                + " union all select f.funding_source, 'CASUALTY_HELP', f.amount from casualty_follow_up f"
                + " join casualty_case x on x.id = f.casualty_case_id" + members
                + " and f.follow_up_date between :d1 and :d2 and f.amount > 0"
                + " union all select x.funding_source, 'HONOR_REWARD', x.reward_amount from honor x"
                + " left join member m on m.id = x.member_id"
                + " join organization o on o.id = coalesce(m.organization_id, x.organization_id)"
                + " where o.path like :pattern and x.awarded_on between :d1 and :d2 and x.reward_amount > 0"
                + ") s where source is not null group by source, item";
        Map<FundingSource, Map<SpendingItem, BigDecimal>> bySource = new EnumMap<>(FundingSource.class);
        jdbc.query(sql, p, (ResultSet rs) -> {
            bySource.computeIfAbsent(FundingSource.valueOf(rs.getString(1)), s -> new EnumMap<>(SpendingItem.class))
                    .put(SpendingItem.valueOf(rs.getString(2)), rs.getBigDecimal(3));
        });
        List<SpendingLine> lines = new ArrayList<>();
        bySource.forEach((source, amounts) -> lines.add(new SpendingLine(source, amounts)));
        return lines;
    }

    /** The figures of the rules shown only: the totals leave out what the reader may not see. */
    static OrgFigures visible(OrgFigures figures, List<RuleCode> rules) {
        Set<RuleCode> shown = rules.isEmpty() ? EnumSet.noneOf(RuleCode.class) : EnumSet.copyOf(rules);
        Map<RuleCode, RuleFigure> kept = new LinkedHashMap<>();
        figures.rules().forEach((rule, figure) -> {
            if (shown.contains(rule)) {
                kept.put(rule, figure);
            }
        });
        return new OrgFigures(figures.organizationId(), figures.code(), figures.name(), figures.path(), kept);
    }
}
