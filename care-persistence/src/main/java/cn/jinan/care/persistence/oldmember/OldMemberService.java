package cn.jinan.care.persistence.oldmember;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.oldmember.EligibilityReason;
import cn.jinan.care.domain.oldmember.SubsidyEligibility;
import cn.jinan.care.domain.oldmember.YearStandard;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.policy.ParameterService;
import cn.jinan.care.persistence.scope.DataScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The old members with the living subsidy (第26条) in a scope, and the months not paid yet. Eligibility is decided by
 * {@link SubsidyEligibility}; the queries select the same members in SQL so that lists page in the database (a test
 * keeps the two in step).
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class OldMemberService {

    /** The members that the rules of {@link SubsidyEligibility} make eligible in some month of the year. */
    static final String ELIGIBLE_SQL = """
            ((m.household = 'RURAL' and m.admitted_date < :ruralBefore and :reason in ('ALL', 'RURAL_BEFORE_1949'))
              or (m.household = 'URBAN' and m.without_pension and m.admitted_date < :urbanBefore
                  and :reason in ('ALL', 'URBAN_WITHOUT_PENSION')))
            and ((m.status = 'ACTIVE' and (m.status_date is null or m.status_date <= :yearEnd))
              or (m.status <> 'ACTIVE' and m.status_date >= :yearStart))
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final jakarta.persistence.EntityManager entityManager;
    private final OrganizationService organizations;
    private final ParameterService parameters;
    private final SubsidyStandardRepository standards;
    private final Clock clock;

    /** The eligible members of the filter's year, by organization and name, each with the rule that makes it so. */
    public Page<EligibleMember> eligible(DataScope scope, EligibleFilter filter, Pageable pageable) {
        MapSqlParameterSource params = params(scope, filter.organizationId(), filter.year(), filter.reason());
        Long total = jdbc.queryForObject("select count(*) from member m join organization o on o.id = m.organization_id"
                + " where o.path like :pathPattern and " + ELIGIBLE_SQL, params, Long.class);
        params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<Long> ids = jdbc.queryForList("select m.id from member m join organization o on o.id = m.organization_id"
                + " where o.path like :pathPattern and " + ELIGIBLE_SQL
                + " order by o.path, m.name, m.id limit :limit offset :offset", params, Long.class);
        List<EligibleMember> content = inOrder(ids).stream()
                .flatMap(m -> SubsidyEligibility.of(m, filter.year(), parameters).stream()
                        .map(e -> new EligibleMember(m, e)))
                .toList();
        return new PageImpl<>(content, pageable, total == null ? 0 : total);
    }

    /** Every eligible member under an organization of the scope in a year (for a batch payment: one branch). */
    List<EligibleMember> eligibleUnder(DataScope scope, long organizationId, int year) {
        MapSqlParameterSource params = params(scope, organizationId, year, null);
        List<Long> ids = jdbc.queryForList("select m.id from member m join organization o on o.id = m.organization_id"
                + " where o.path like :pathPattern and " + ELIGIBLE_SQL + " order by o.path, m.name, m.id", params,
                Long.class);
        return inOrder(ids).stream()
                .flatMap(m -> SubsidyEligibility.of(m, year, parameters).stream().map(e -> new EligibleMember(m, e)))
                .toList();
    }

    /**
     * For a year, each eligible member's months (from January, or the month of transfer in) up to the current month
     * (or the month the member left the roster) that no payment covers, by organization and name.
     */
    public Page<UnpaidMember> unpaid(DataScope scope, int year, Long organizationId, Pageable pageable) {
        MapSqlParameterSource params = params(scope, organizationId, year, null);
        YearMonth now = YearMonth.now(clock);
        YearMonth last = YearMonth.of(year, 12).isAfter(now) ? now : YearMonth.of(year, 12);
        params.addValue("lastMonth", last.atDay(1));
        String unpaid = """
                with eligible as (
                  select m.id, m.name, o.name as org_name, o.path,
                         greatest(cast(:yearStart as date),
                                  case when m.status = 'ACTIVE' then date_trunc('month', m.status_date)::date end)
                             as first_month,
                         least(cast(:lastMonth as date),
                               case when m.status <> 'ACTIVE' then date_trunc('month', m.status_date)::date end)
                             as last_month
                    from member m join organization o on o.id = m.organization_id
                   where o.path like :pathPattern and """ + ELIGIBLE_SQL + """
                ), unpaid as (
                  select e.id, e.name, e.org_name, e.path, gs.month::date as month
                    from eligible e
                    cross join lateral generate_series(e.first_month, e.last_month, interval '1 month') gs(month)
                   where not exists (select 1 from old_member_subsidy_payment p where p.member_id = e.id
                           and gs.month >= p.period_start
                           and gs.month < p.period_start + make_interval(months => p.period_months::int))
                )
                """;
        Long total = jdbc.queryForObject(unpaid + " select count(distinct id) from unpaid", params, Long.class);
        params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        Optional<YearStandard> standard = cn.jinan.care.domain.oldmember.SubsidyStandards.forYear(year, standards.findAll(), parameters);
        List<UnpaidMember> rows = jdbc.query(unpaid + """
                select id, name, org_name, string_agg(extract(month from month)::int::text, ',' order by month) months
                  from unpaid group by id, name, org_name, path order by path, name, id limit :limit offset :offset
                """, params, (rs, n) -> {
                    List<Integer> months = Arrays.stream(rs.getString("months").split(",")).map(Integer::valueOf)
                            .toList();
                    BigDecimal owed = standard.map(s -> s.monthlyAmount().multiply(BigDecimal.valueOf(months.size())))
                            .orElse(null);
                    return new UnpaidMember(rs.getLong("id"), rs.getString("name"), rs.getString("org_name"), months,
                            owed);
                });
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    private MapSqlParameterSource params(DataScope scope, Long organizationId, int year, EligibilityReason reason) {
        String path = scope.path();
        if (organizationId != null) {
            Organization org = organizations.get(scope, organizationId);
            path = org.getPath();
        }
        return new MapSqlParameterSource()
                .addValue("pathPattern", path + "%")
                .addValue("reason", reason == null ? "ALL" : reason.name())
                .addValue("ruralBefore", SubsidyEligibility.cutoff(EligibilityReason.RURAL_BEFORE_1949, year, parameters))
                .addValue("urbanBefore",
                        SubsidyEligibility.cutoff(EligibilityReason.URBAN_WITHOUT_PENSION, year, parameters))
                .addValue("yearStart", LocalDate.of(year, 1, 1))
                .addValue("yearEnd", LocalDate.of(year, 12, 31));
    }

    private List<Member> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Member> byId = new java.util.HashMap<>();
        // the organization is shown with each member: fetched in the same query
        entityManager.createQuery("select m from Member m join fetch m.organization where m.id in :ids", Member.class)
                .setParameter("ids", ids).getResultList().forEach(m -> byId.put(m.getId(), m));
        return ids.stream().map(byId::get).toList();
    }
}
