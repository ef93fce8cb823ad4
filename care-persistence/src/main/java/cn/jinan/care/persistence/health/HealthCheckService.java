package cn.jinan.care.persistence.health;

import cn.jinan.care.domain.health.HealthCheck;
import cn.jinan.care.domain.health.HealthCheckDetails;
import cn.jinan.care.domain.health.HealthFollowUp;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.policy.RequiredAction;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.audit.SensitiveReadLog;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.obligation.FulfillingRecord;
import cn.jinan.care.persistence.obligation.Logged;
import cn.jinan.care.persistence.obligation.ObligationRepository;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.persistence.policy.ParameterService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.shared.Submissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Health checks within a data scope (第22条). Recording a major-risk check opens its follow-up obligation in the same
 * transaction; a follow-up fulfils it. The findings are read only through {@link #read}, which logs the read.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class HealthCheckService {

    public static final String SENSITIVE_TYPE = "HEALTH";
    private static final String CHECK_TYPE = "HEALTH_CHECK";

    private final HealthCheckRepository checks;
    private final HealthFollowUpRepository followUps;
    private final MemberService members;
    private final ObligationRepository obligationRepository;
    private final ObligationService obligations;
    private final ParameterService parameters;
    private final SensitiveReadLog sensitiveReads;
    private final Submissions submissions;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    /** What recording a check did: its id and the follow-up obligation it opened, if any. */
    public record Recorded(long id, Optional<Obligation> followUpDue) {
    }

    /**
     * Records a member's check of a year. A second check of the same year is refused; a resubmitted form (same token)
     * creates nothing and returns the check the first submit created.
     */
    @Transactional
    public Recorded record(DataScope scope, UUID token, long memberId, HealthCheckDetails details) {
        Member member = members.get(scope, memberId);
        HealthCheck check = HealthCheck.record(member, details, today());
        Optional<Long> earlier = submissions.claim(token, CHECK_TYPE);
        if (earlier.isPresent()) {
            return new Recorded(earlier.get(), Optional.empty());
        }
        if (checks.existsByMemberIdAndYear(memberId, check.getYear())) {
            throw DomainException.onField("year", "health.year.taken", check.getYear());
        }
        check = checks.save(check);
        submissions.created(token, check.getId());
        HealthCheck saved = check;
        // 第22条: a major-risk finding is followed up
        Optional<Obligation> due = check.followUpDue(parameters).map(spec -> obligationRepository.save(
                Obligation.arise(member, null, saved.getDate(), spec)));
        return new Recorded(check.getId(), due);
    }

    /** Logs a follow-up of a major-risk check; it fulfils the member's open follow-up obligation. */
    @Transactional
    public Logged followUp(DataScope scope, UUID token, long checkId, LocalDate date, String byWhom, String notes) {
        HealthCheck check = get(scope, checkId);
        if (!check.isMajorRisk()) {
            throw DomainException.of("health.follow-up.no-risk");
        }
        HealthFollowUp followUp = HealthFollowUp.log(check, date, byWhom, notes, today());
        Optional<Long> earlier = submissions.claim(token, FulfillingRecord.HEALTH);
        if (earlier.isPresent()) {
            return new Logged(earlier.get(), Optional.empty());
        }
        followUp = followUps.save(followUp);
        submissions.created(token, followUp.getId());
        return new Logged(followUp.getId(), obligations.onRecord(new FulfillingRecord(FulfillingRecord.HEALTH,
                followUp.getId(), check.getMember(), RequiredAction.HEALTH_FOLLOW_UP, followUp.getDate())));
    }

    /** The check without its findings being logged as read: for forms and lists that do not show them. */
    public HealthCheck get(DataScope scope, long id) {
        return checks.findInScope(id, scope.likePattern()).orElseThrow(() -> new NotFoundException("health check", id));
    }

    /** The check to be shown with its findings and follow-ups: the read is logged. */
    @Transactional
    public HealthCheck read(DataScope scope, long id) {
        HealthCheck check = get(scope, id);
        sensitiveReads.log(SENSITIVE_TYPE, check.getId(), check.getMember().getId());
        return check;
    }

    /** The follow-ups of a check; the caller has read the check through {@link #read}. */
    public List<HealthFollowUp> followUps(long checkId) {
        return followUps.findByCheck(checkId);
    }

    /** The major-risk check a follow-up obligation in scope arose from. */
    public HealthCheck forObligation(DataScope scope, long obligationId) {
        Obligation obligation = obligations.get(scope, obligationId);
        if (obligation.getAction() != RequiredAction.HEALTH_FOLLOW_UP) {
            throw new NotFoundException("health follow-up obligation", obligationId);
        }
        return checks.findRiskyOn(obligation.getMember().getId(), obligation.getAroseOn()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("health check of obligation", obligationId));
    }

    public Page<HealthCheck> inScope(DataScope scope, int year, Pageable pageable) {
        return checks.findInScope(scope.likePattern(), year, pageable);
    }

    /**
     * Coverage of a year: the scope's organization as a whole, then each of its active child organizations with its
     * subtree. Members counted are the active ones; checked are those of them with a check of the year.
     */
    public List<HealthCoverage> coverage(DataScope scope, int year) {
        String sql = """
                select g.id, g.code, g.name, g.id = :orgId as total,
                  (select count(*) from member m join organization mo on mo.id = m.organization_id
                    where mo.path like g.path || '%' and m.status = 'ACTIVE') as active_members,
                  (select count(*) from health_check h join member m on m.id = h.member_id
                     join organization mo on mo.id = m.organization_id
                    where mo.path like g.path || '%' and m.status = 'ACTIVE' and h.check_year = :year) as checked,
                  (select count(*) from health_check h join member m on m.id = h.member_id
                     join organization mo on mo.id = m.organization_id
                    where mo.path like g.path || '%' and m.status = 'ACTIVE' and h.check_year = :year
                      and h.major_risk) as risky
                  from organization g
                 where g.id = :orgId or (g.parent_id = :orgId and g.active)
                 order by g.id = :orgId desc, g.sort_order, g.path
                """;
        return jdbc.query(sql, new MapSqlParameterSource("orgId", scope.organizationId()).addValue("year", year),
                (rs, i) -> new HealthCoverage(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getBoolean("total"), rs.getLong("active_members"), rs.getLong("checked"),
                        rs.getLong("risky")));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
