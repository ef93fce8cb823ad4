package cn.jinan.care.persistence.compliance;

import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.policy.QuotaRule;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.policy.RuleKind;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.policy.ParameterAdded;
import cn.jinan.care.persistence.policy.ParameterService;
import cn.jinan.care.persistence.scope.DataScope;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the compliance summaries and keeps them moving: builds a year, ages overdue figures to today, folds pending
 * deltas. The summaries themselves are written by the database in the transaction of every record (migration V13);
 * an organization's figure is its folded row plus its pending deltas, read in one statement.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ComplianceService {

    private static final String MEASURES = "sum(applicable), sum(exempt), sum(required), sum(met), sum(done), sum(due),"
            + " sum(fulfilled), sum(fulfilled_late), sum(waived), sum(open), sum(overdue)";
    private static final String COLUMNS = "applicable, exempt, required, met, done, due, fulfilled, fulfilled_late,"
            + " waived, open, overdue";

    private static final String CELL_COLUMNS = "c.applicable, c.exempt, c.required, c.met, c.done, c.due, c.fulfilled,"
            + " c.fulfilled_late, c.waived, c.open, c.overdue";

    private final JdbcTemplate jdbc;
    private final OrganizationService organizations;
    private final ParameterService parameters;
    private final PlatformTransactionManager transactions;

    /**
     * Makes the summaries answer for today: open obligations that fell due since the last call count as overdue, and
     * the current year is built if it is not yet. Cheap when there is nothing to do; called before every dashboard
     * read and by the nightly job.
     */
    @Transactional
    public void ensureCurrent(LocalDate today) {
        jdbc.queryForObject("select compliance_age(?)", Integer.class, today);
        if (!built(today.getYear())) {
            build(today.getYear());
        }
    }

    /**
     * Builds a year that is not summarized yet (a past year asked for the first time); a no-op for built years. The
     * build runs in a transaction of its own, so a read-only caller can use it; the check does not, so the common case
     * (the year is built) holds no second connection: pages call this on every request, and a second connection per
     * request would let a full pool wait on itself.
     */
    public void requireBuilt(int year) {
        if (!built(year)) {
            TransactionTemplate own = new TransactionTemplate(transactions);
            own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            own.executeWithoutResult(status -> {
                if (!built(year)) {
                    jdbc.queryForList("select compliance_build(?)", year);
                }
            });
        }
    }

    /** Recomputes a year's summaries exactly from the raw records. */
    @Transactional
    public void build(int year) {
        jdbc.queryForList("select compliance_build(?)", year);
    }

    /** Rebuilds every year already summarized from {@code fromYear} on (after a parameter change); returns them. */
    @Transactional
    public List<Integer> rebuildFrom(int fromYear) {
        List<Integer> years = builtYears().stream().filter(y -> y >= fromYear).toList();
        years.forEach(this::build);
        return years;
    }

    /**
     * Builds every year that has records (study, talks, lectures, obligations) up to today's and is not summarized
     * yet; returns the years built. Run at start, so an upgraded installation summarizes its history once.
     */
    @Transactional
    public List<Integer> buildMissing(LocalDate today) {
        List<Integer> years = jdbc.queryForList("""
                select y from generate_series(
                    (select extract(year from least(
                        (select min(study_date) from study_record), (select min(talk_date) from talk),
                        (select min(lecture_date) from lecture), (select min(due_date) from obligation),
                        ?::date))::int), ?) as y
                 where y not in (select year from compliance_year) order by y
                """, Integer.class, today, today.getYear());
        years.forEach(this::build);
        return years;
    }

    /**
     * A quota's number changed from a day on: the years whose last day it reaches are rebuilt in the same transaction,
     * so no dashboard shows members measured against the old number. (Other parameters act when an obligation is
     * made and never rewrite one, so they change no summary.)
     */
    @EventListener
    @Transactional
    public void on(ParameterAdded added) {
        if (QuotaRule.ofParameter(added.key()).isPresent()) {
            rebuildFrom(added.effectiveFrom().getYear());
        }
    }

    /** Moves pending deltas into the organizations' rows; returns the rows written. */
    @Transactional
    public int fold() {
        Integer rows = jdbc.queryForObject("select compliance_fold()", Integer.class);
        return rows == null ? 0 : rows;
    }

    public boolean built(int year) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from compliance_year where year = ?)", Boolean.class, year));
    }

    /** The summarized years, newest first. */
    public List<Integer> builtYears() {
        return jdbc.queryForList("select year from compliance_year order by year desc", Integer.class);
    }

    /** An organization's figures for a year, every rule of the catalogue (rules with nothing in them as zero). */
    public OrgFigures figures(DataScope scope, long organizationId, int year) {
        Organization org = organizations.get(scope, organizationId);
        Map<RuleCode, Measures> measures = new EnumMap<>(RuleCode.class);
        jdbc.query("select rule_code, " + MEASURES + " from (select rule_code, " + COLUMNS
                + " from compliance_org where organization_id = ? and year = ? union all select rule_code, " + COLUMNS
                + " from compliance_delta where organization_id = ? and year = ?) x group by rule_code", rs -> {
                    Measures m = measures(rs, 2);
                    RuleCode.fromCode(rs.getString(1)).ifPresent(rule -> measures.put(rule, m));
                }, org.getId(), year, org.getId(), year);
        return new OrgFigures(org.getId(), org.getCode(), org.getName(), org.getPath(), figuresOf(measures));
    }

    /** The organization's children with their figures, best overall compliance first (ties by the tree's order). */
    public List<OrgFigures> children(DataScope scope, long organizationId, int year) {
        Organization org = organizations.get(scope, organizationId);
        Map<Long, OrgFigures> byOrg = new LinkedHashMap<>();
        Map<Long, Map<RuleCode, Measures>> measures = new LinkedHashMap<>();
        jdbc.query("select id, code, name, path from organization where parent_id = ? order by sort_order, code",
                rs -> {
                    long id = rs.getLong(1);
                    measures.put(id, new EnumMap<>(RuleCode.class));
                    byOrg.put(id, new OrgFigures(id, rs.getString(2), rs.getString(3), rs.getString(4), Map.of()));
                }, org.getId());
        jdbc.query("select organization_id, rule_code, " + MEASURES + " from (select organization_id, rule_code, "
                + COLUMNS + " from compliance_org where year = ? and organization_id in (select id from organization"
                + " where parent_id = ?) union all select organization_id, rule_code, " + COLUMNS
                + " from compliance_delta where year = ? and organization_id in (select id from organization"
                + " where parent_id = ?)) x group by organization_id, rule_code", rs -> {
                    Map<RuleCode, Measures> of = measures.get(rs.getLong(1));
                    if (of != null) {
                        Measures m = measures(rs, 3);
                        RuleCode.fromCode(rs.getString(2)).ifPresent(rule -> of.put(rule, m));
                    }
                }, year, org.getId(), year, org.getId());
        List<OrgFigures> result = new ArrayList<>();
        byOrg.forEach((id, o) -> result.add(new OrgFigures(id, o.code(), o.name(), o.path(),
                figuresOf(measures.get(id)))));
        result.sort(Comparator.comparing(OrgFigures::rate).reversed());
        return result;
    }

    /**
     * Where an organization stands among its siblings for a year: its place by overall compliance (1 = best) and how
     * many siblings there are. Only the place is revealed, not the siblings' figures.
     */
    public Rank rank(DataScope scope, long organizationId, int year) {
        Organization org = organizations.get(scope, organizationId);
        if (org.getParent() == null) {
            return new Rank(1, 1);
        }
        DataScope parentScope = new DataScope(org.getParent().getId(), org.getParent().getPath());
        List<OrgFigures> siblings = children(parentScope, org.getParent().getId(), year);
        BigDecimal own = siblings.stream().filter(s -> s.organizationId() == org.getId()).findFirst()
                .map(OrgFigures::rate).orElse(BigDecimal.ZERO);
        int place = 1 + (int) siblings.stream().filter(s -> s.rate().compareTo(own) > 0).count();
        return new Rank(place, siblings.size());
    }

    /** The members of an organization's subtree behind one rule's figure for a year, paged in SQL. */
    public Page<MemberFigure> members(DataScope scope, long organizationId, int year, RuleCode rule, Drill drill,
            Pageable pageable) {
        Organization org = organizations.get(scope, organizationId);
        BigDecimal needed = needed(rule, year);
        String from = " from compliance_member c join member m on m.id = c.member_id"
                + " join organization o on o.id = c.organization_id"
                + " where c.year = ? and c.rule_code = ? and c.org_path like ? and " + drill.condition();
        Long total = jdbc.queryForObject("select count(*)" + from, Long.class, year, rule.code(), org.getPath() + "%");
        String order = rule.kind() == RuleKind.QUOTA ? " order by c.done, o.path, m.name, m.id"
                : " order by c.overdue desc, c.open desc, o.path, m.name, m.id";
        List<MemberFigure> rows = jdbc.query("select c.member_id, m.name, o.name, " + CELL_COLUMNS + from + order + " limit ? offset ?",
                (rs, i) -> new MemberFigure(rs.getLong(1), rs.getString(2), rs.getString(3), measures(rs, 4), needed),
                year, rule.code(), org.getPath() + "%", pageable.getPageSize(), pageable.getOffset());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** A member's cells for a year, rule by rule (their own page shows them). */
    public Map<RuleCode, Measures> memberCells(long memberId, int year) {
        Map<RuleCode, Measures> result = new EnumMap<>(RuleCode.class);
        jdbc.query("select rule_code, " + COLUMNS + " from compliance_member where member_id = ? and year = ?",
                rs -> {
                    Measures m = measures(rs, 2);
                    RuleCode.fromCode(rs.getString(1)).ifPresent(rule -> result.put(rule, m));
                }, memberId, year);
        return result;
    }

    /** The number a quota requires in a year (the value in force on 31 December); zero for other rules. */
    public BigDecimal needed(RuleCode rule, int year) {
        return QuotaRule.find(rule).map(q -> q.required(year, parameters)).orElse(BigDecimal.ZERO);
    }

    private static Map<RuleCode, RuleFigure> figuresOf(Map<RuleCode, Measures> measures) {
        Map<RuleCode, RuleFigure> result = new EnumMap<>(RuleCode.class);
        measures.forEach((rule, m) -> result.put(rule, new RuleFigure(rule, m)));
        return result;
    }

    private static Measures measures(ResultSet rs, int first) throws SQLException {
        return new Measures(rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2), rs.getLong(first + 3),
                rs.getBigDecimal(first + 4), rs.getLong(first + 5), rs.getLong(first + 6), rs.getLong(first + 7),
                rs.getLong(first + 8), rs.getLong(first + 9), rs.getLong(first + 10));
    }

    /** An organization's place among its siblings. */
    public record Rank(int place, int of) {
    }
}
