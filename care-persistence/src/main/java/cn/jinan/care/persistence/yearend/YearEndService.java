package cn.jinan.care.persistence.yearend;

import cn.jinan.care.domain.campaign.TargetGroup;
import cn.jinan.care.domain.campaign.VisitCampaign;
import cn.jinan.care.domain.casualty.FamilyRelation;
import cn.jinan.care.domain.honor.MedalRule;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.policy.RequiredAction;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.persistence.audit.SensitiveReadLog;
import cn.jinan.care.persistence.campaign.CampaignService;
import cn.jinan.care.persistence.casualty.CasualtyService;
import cn.jinan.care.persistence.compliance.ComplianceService;
import cn.jinan.care.persistence.compliance.Drill;
import cn.jinan.care.persistence.compliance.MemberFigure;
import cn.jinan.care.persistence.compliance.OrgFigures;
import cn.jinan.care.persistence.hardship.HardshipService;
import cn.jinan.care.persistence.honor.MedalCandidate;
import cn.jinan.care.persistence.honor.MedalService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The six year-end lists of issue 6, each for a year and an organization's subtree already narrowed within the
 * caller's scope, paged in SQL. The quota lists are the compliance summaries' drill-downs; the overdue talks and
 * follow-ups are open obligations past due whose due date falls in the year (the year of an obligation, as in the
 * summaries); the hardship visits follow one campaign; the medal list is the medal register's own candidate query.
 * The hardship and casualty lists name hardship members and bereaved families: every row they return is a logged
 * read, as on those registers' pages.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class YearEndService {

    /** Campaigns of a year looked at for the hardship list; a year has a handful. */
    private static final int CAMPAIGN_LIMIT = 100;

    private static final String OVERDUE_TALKS = overdue(RuleCode.R08_TALK_ON_EVENT,
            " left join member_event e on e.id = ob.event_id");

    private static final String OVERDUE_FOLLOW_UPS = overdue(RuleCode.R28_FAMILY_FOLLOW_UP, """
             join lateral (select c.id, c.event_date, c.responsible_person, c.responsible_phone
                             from casualty_case c where c.member_id = ob.member_id
                            order by (c.closed_on is null) desc, c.opened_on desc, c.id desc limit 1) c on true
            """);

    /**
     * Members on the hardship register at some time in the campaign's window (their latest record then), in the part
     * of the tree the campaign and the scope share, whose campaign visit is still open — or who were left off the
     * campaign's list and, on the roster, had no holiday visit in the window.
     */
    private static final String UNVISITED_HARDSHIP = """
             from hardship_record h
             join member m on m.id = h.member_id
             join organization o on o.id = m.organization_id
             left join obligation ob on ob.campaign_id = :campaign and ob.member_id = m.id
            where o.path like :pathPattern
              and h.since_date <= :windowEnd and (h.closed_on is null or h.closed_on >= :windowStart)
              and h.id = (select h2.id from hardship_record h2 where h2.member_id = h.member_id
                             and h2.since_date <= :windowEnd and (h2.closed_on is null or h2.closed_on >= :windowStart)
                           order by h2.since_date desc, h2.id desc limit 1)
              and (ob.status = 'OPEN'
                   or (ob.id is null and m.status = 'ACTIVE'
                       and not exists (select 1 from visit v where v.member_id = m.id and v.kind = 'HOLIDAY'
                                          and v.visit_date between :windowStart and :windowEnd)))
            """;

    private final ComplianceService compliance;
    private final CampaignService campaigns;
    private final MedalService medals;
    private final SensitiveReadLog sensitiveReads;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    /** The lists' lengths for the index, as cheap as each can be (the summaries where they hold the figure). */
    public YearEndCounts counts(DataScope scope, int year) {
        boolean summarized = compliance.built(year);
        OrgFigures figures = compliance.figures(scope, scope.organizationId(), year);
        Optional<VisitCampaign> campaign = choose(hardshipCampaigns(scope, year), null);
        return new YearEndCounts(summarized,
                summarized ? figures.rule(RuleCode.R03_TRAINING_HOURS).behind() : null,
                summarized ? figures.rule(RuleCode.R03_TRAINING_HOURS).measures().exempt() : null,
                summarized ? figures.rule(RuleCode.R04_LECTURES).behind() : null,
                summarized ? figures.rule(RuleCode.R08_TALK_ON_EVENT).behind()
                        : count(OVERDUE_TALKS, yearParams(scope, year)),
                campaign.orElse(null),
                campaign.map(c -> count(UNVISITED_HARDSHIP, campaignParams(scope, c))).orElse(null),
                summarized ? figures.rule(RuleCode.R28_FAMILY_FOLLOW_UP).behind()
                        : count(OVERDUE_FOLLOW_UPS, yearParams(scope, year)),
                medals.candidates(scope, year, PageRequest.of(0, 1)).getTotalElements());
    }

    // ---- 1, 2: quotas (R03, R04), from the summaries

    /** Members short of the year's study hours (R03), most missing first; exempt members are not behind. */
    public Page<MemberFigure> belowStudyHours(DataScope scope, int year, Pageable pageable) {
        return compliance.members(scope, scope.organizationId(), year, RuleCode.R03_TRAINING_HOURS, Drill.BEHIND,
                pageable);
    }

    /** Leading cadres short of the year's lectures (R04), most missing first; exempt cadres are not behind. */
    public Page<MemberFigure> withoutLectures(DataScope scope, int year, Pageable pageable) {
        return compliance.members(scope, scope.organizationId(), year, RuleCode.R04_LECTURES, Drill.BEHIND,
                pageable);
    }

    // ---- 3: overdue 三必谈 talks

    /** Open R08-TALK-ON-EVENT obligations due in the year and past due today, the longest overdue first. */
    public Page<OverdueTalk> overdueTalks(DataScope scope, int year, Pageable pageable) {
        MapSqlParameterSource params = yearParams(scope, year);
        LocalDate today = today();
        List<OverdueTalk> rows = jdbc.query("""
                select ob.id, m.id as member_id, m.name, o.name as org_name, e.kind, e.event_date,
                       ob.required_action, ob.due_date
                """ + OVERDUE_TALKS + " order by ob.due_date, o.path, m.name, ob.id limit :limit offset :offset",
                page(params, pageable), (rs, n) -> {
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    String kind = rs.getString("kind");
                    return new OverdueTalk(rs.getLong("id"), rs.getLong("member_id"), rs.getString("name"),
                            rs.getString("org_name"), kind == null ? null : MemberEventKind.valueOf(kind),
                            rs.getObject("event_date", LocalDate.class),
                            RequiredAction.valueOf(rs.getString("required_action")), due,
                            ChronoUnit.DAYS.between(due, today));
                });
        return new PageImpl<>(rows, pageable, count(OVERDUE_TALKS, params));
    }

    // ---- 4: hardship members not visited in the campaign

    /**
     * The campaigns whose window overlaps the year, touching the scope, that visit hardship members — latest first.
     * Drafts are left out: they have made no visit due yet.
     */
    public List<VisitCampaign> hardshipCampaigns(DataScope scope, int year) {
        return campaigns.inScope(scope, year, PageRequest.of(0, CAMPAIGN_LIMIT)).getContent().stream()
                .filter(c -> !c.isDraft() && c.targets(TargetGroup.HARDSHIP)).toList();
    }

    /**
     * The campaign a hardship list follows: the chosen one, which must be among {@code offered} (else not found), or
     * by default the latest open one, else the latest; empty when there is none.
     */
    public static Optional<VisitCampaign> choose(List<VisitCampaign> offered, Long chosen) {
        if (chosen != null) {
            return Optional.of(offered.stream().filter(c -> c.getId().equals(chosen)).findFirst()
                    .orElseThrow(() -> new NotFoundException("visit campaign", chosen)));
        }
        return offered.stream().filter(VisitCampaign::isOpen).findFirst().or(() -> offered.stream().findFirst());
    }

    /**
     * Hardship members of the scope not visited in the campaign (those whose visit is open, then those left off its
     * list), by organization and name. Each row names a hardship member: its read is logged.
     */
    @Transactional
    public Page<UnvisitedHardship> unvisitedHardship(DataScope scope, VisitCampaign campaign, Pageable pageable) {
        MapSqlParameterSource params = campaignParams(scope, campaign);
        List<UnvisitedHardship> rows = jdbc.query("""
                select h.id, m.id as member_id, m.name, o.name as org_name, h.since_date, ob.id as obligation_id,
                       ob.due_date
                """ + UNVISITED_HARDSHIP + " order by (ob.id is null), o.path, m.name, h.id limit :limit offset :offset",
                page(params, pageable), (rs, n) -> new UnvisitedHardship(rs.getLong("id"), rs.getLong("member_id"),
                        rs.getString("name"), rs.getString("org_name"), rs.getObject("since_date", LocalDate.class),
                        rs.getObject("obligation_id", Long.class), rs.getObject("due_date", LocalDate.class)));
        rows.forEach(r -> sensitiveReads.log(HardshipService.SENSITIVE_TYPE, r.recordId(), r.memberId()));
        return new PageImpl<>(rows, pageable, count(UNVISITED_HARDSHIP, params));
    }

    // ---- 5: casualty families overdue for follow-up

    /**
     * Open family follow-ups (R28) due in the year and past due today, the longest overdue first, with the family as
     * the case names it. Each row names a bereaved family: its read is logged against the case.
     */
    @Transactional
    public Page<OverdueFollowUp> overdueFollowUps(DataScope scope, int year, Pageable pageable) {
        MapSqlParameterSource params = yearParams(scope, year);
        LocalDate today = today();
        List<OverdueFollowUp> rows = jdbc.query("""
                select c.id as case_id, ob.id, m.id as member_id, m.name, o.name as org_name, c.event_date,
                       c.responsible_person, c.responsible_phone, ob.due_date,
                       (select max(f.fulfilled_on) from obligation f where f.member_id = ob.member_id
                           and f.rule_code = 'R28-FAMILY-FOLLOW-UP' and f.status = 'FULFILLED') as last_follow_up
                """ + OVERDUE_FOLLOW_UPS + " order by ob.due_date, o.path, m.name, ob.id limit :limit offset :offset",
                page(params, pageable), (rs, n) -> {
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    return new OverdueFollowUp(rs.getLong("case_id"), rs.getLong("id"), rs.getLong("member_id"),
                            rs.getString("name"), rs.getString("org_name"),
                            rs.getObject("event_date", LocalDate.class), List.of(),
                            rs.getString("responsible_person"), rs.getString("responsible_phone"),
                            rs.getObject("last_follow_up", LocalDate.class), due, ChronoUnit.DAYS.between(due, today));
                });
        Map<Long, List<FamilyContact>> families = families(rows.stream().map(OverdueFollowUp::caseId).toList());
        List<OverdueFollowUp> withFamily = new ArrayList<>();
        for (OverdueFollowUp r : rows) {
            sensitiveReads.log(CasualtyService.SENSITIVE_TYPE, r.caseId(), r.memberId());
            withFamily.add(new OverdueFollowUp(r.caseId(), r.obligationId(), r.memberId(), r.memberName(),
                    r.organizationName(), r.diedOn(), families.getOrDefault(r.caseId(), List.of()),
                    r.responsiblePerson(), r.responsiblePhone(), r.lastFollowUp(), r.dueDate(), r.daysOverdue()));
        }
        return new PageImpl<>(withFamily, pageable, count(OVERDUE_FOLLOW_UPS, params));
    }

    // ---- 6: medal candidates not awarded

    /**
     * The medal register's candidates of the year (R09-MEDAL-50: party age on the counting day, no medal yet, not held
     * back by a sanction's impact period), longest in the party first.
     */
    public Page<MedalCandidate> medalCandidates(DataScope scope, int year, Pageable pageable) {
        return medals.candidates(scope, year, pageable);
    }

    /** The medal's rule for the year (minimum party age, counting day), with the parameters in force then. */
    public MedalRule medalRule(int year) {
        return medals.rule(year);
    }

    private Map<Long, List<FamilyContact>> families(List<Long> caseIds) {
        Map<Long, List<FamilyContact>> result = new LinkedHashMap<>();
        if (caseIds.isEmpty()) {
            return result;
        }
        jdbc.query("select casualty_case_id, relation, name from casualty_family_member"
                        + " where casualty_case_id in (:ids) order by casualty_case_id, id",
                new MapSqlParameterSource("ids", caseIds), rs -> {
                    result.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                            .add(new FamilyContact(FamilyRelation.valueOf(rs.getString(2)), rs.getString(3)));
                });
        return result;
    }

    /**
     * The FROM and WHERE of a rule's open obligations in the scope due in the year and past due today (the year of an
     * obligation is its due date's, as in the summaries), with what else a list joins.
     */
    private static String overdue(RuleCode rule, String joins) {
        return " from obligation ob join member m on m.id = ob.member_id"
                + " join organization o on o.id = m.organization_id " + joins
                + " where ob.rule_code = '" + rule.code() + "' and ob.status = 'OPEN'"
                + " and ob.due_date between :from and :to and ob.due_date < :today and o.path like :pathPattern";
    }

    private long count(String from, MapSqlParameterSource params) {
        Long n = jdbc.queryForObject("select count(*)" + from, params, Long.class);
        return n == null ? 0 : n;
    }

    private MapSqlParameterSource yearParams(DataScope scope, int year) {
        return new MapSqlParameterSource().addValue("pathPattern", scope.likePattern())
                .addValue("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                .addValue("to", Date.valueOf(LocalDate.of(year, 12, 31)))
                .addValue("today", Date.valueOf(today()));
    }

    /** Where the campaign and the scope meet: the deeper of the two organizations' subtrees. */
    private static MapSqlParameterSource campaignParams(DataScope scope, VisitCampaign campaign) {
        String base = scope.covers(campaign.getOrganization()) ? campaign.getOrganization().getPath() : scope.path();
        return new MapSqlParameterSource().addValue("pathPattern", base + "%")
                .addValue("campaign", campaign.getId())
                .addValue("windowStart", Date.valueOf(campaign.getWindowStart()))
                .addValue("windowEnd", Date.valueOf(campaign.getWindowEnd()));
    }

    private static MapSqlParameterSource page(MapSqlParameterSource params, Pageable pageable) {
        return new MapSqlParameterSource(params.getValues()).addValue("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
