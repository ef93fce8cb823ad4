package cn.jinan.care.persistence.campaign;

import cn.jinan.care.domain.campaign.CampaignDetails;
import cn.jinan.care.domain.campaign.VisitCampaign;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.member.MemberRepository;
import cn.jinan.care.persistence.obligation.ObligationRepository;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.persistence.organization.OrganizationRepository;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.shared.Submissions;
import cn.jinan.care.persistence.shared.Versions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visit campaigns (第27条) within a data scope. A user sees the campaigns run in their scope and those run above it
 * that cover it, and then only the part of the coverage inside their scope; a user changes, opens and closes only
 * campaigns run in their own scope (others are not found).
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class CampaignService {

    static final String SUBMISSION_TYPE = "CAMPAIGN";

    private final VisitCampaignRepository campaigns;
    private final CampaignTargets targets;
    private final OrganizationRepository organizations;
    private final MemberRepository members;
    private final ObligationRepository obligationRepository;
    private final ObligationService obligations;
    private final Submissions submissions;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** Plans a campaign run by the scope's organization for its subtree. A resubmitted form creates nothing. */
    @Transactional
    public long plan(DataScope scope, UUID token, CampaignDetails details) {
        Optional<Long> earlier = submissions.claim(token, SUBMISSION_TYPE);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Organization organization = organizations.findById(scope.organizationId())
                .orElseThrow(() -> new NotFoundException("organization", scope.organizationId()));
        requireInSubtree(organization, details);
        VisitCampaign campaign = campaigns.save(VisitCampaign.plan(organization, details));
        submissions.created(token, campaign.getId());
        return campaign.getId();
    }

    /** Changes a campaign (see {@link VisitCampaign#change}); members added to an open campaign's list become due. */
    @Transactional
    public VisitCampaign change(DataScope scope, long id, long expectedVersion, CampaignDetails details) {
        VisitCampaign campaign = current(scope, id, expectedVersion);
        requireInSubtree(campaign.getOrganization(), details);
        campaign.change(details);
        if (campaign.isOpen()) {
            makeDue(campaign);
        }
        return campaign;
    }

    /**
     * Opens a campaign: each target member who has no visit due for it yet gets one (so opening again after closing
     * adds only members who became targets since). Returns how many were made due.
     */
    @Transactional
    public int open(DataScope scope, long id, long expectedVersion) {
        VisitCampaign campaign = current(scope, id, expectedVersion);
        campaign.open(today());
        return makeDue(campaign);
    }

    /** Closes a campaign; what was not visited stays open, overdue once the window has passed. */
    @Transactional
    public VisitCampaign close(DataScope scope, long id, long expectedVersion) {
        VisitCampaign campaign = current(scope, id, expectedVersion);
        campaign.close(today());
        return campaign;
    }

    /** A campaign that runs in or covers the scope. */
    public VisitCampaign get(DataScope scope, long id) {
        return campaigns.findTouching(id, scope.path(), scope.likePattern())
                .orElseThrow(() -> new NotFoundException("visit campaign", id));
    }

    /** A campaign the scope may change: run by the scope's organization or one below it. */
    public VisitCampaign getManaged(DataScope scope, long id) {
        VisitCampaign campaign = get(scope, id);
        if (!scope.covers(campaign.getOrganization())) {
            throw new NotFoundException("visit campaign", id);
        }
        return campaign;
    }

    public boolean manages(DataScope scope, VisitCampaign campaign) {
        return scope.covers(campaign.getOrganization());
    }

    /** The campaigns touching the scope; with a year, those whose window overlaps it. */
    public Page<VisitCampaign> inScope(DataScope scope, Integer year, Pageable pageable) {
        LocalDate from = year == null ? LocalDate.of(1900, 1, 1) : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? LocalDate.of(9999, 12, 31) : LocalDate.of(year, 12, 31);
        return campaigns.findTouching(scope.path(), scope.likePattern(), from, to, pageable);
    }

    /**
     * The coverage the scope sees: in the part of the tree both the campaign and the scope cover, one row per
     * organization just below its top (members kept by the top itself — a branch — count in a row of its own).
     */
    public Coverage coverage(DataScope scope, VisitCampaign campaign) {
        Organization base = base(scope, campaign);
        List<CoverageRow> rows = jdbc.query("""
                select u.id, u.name, c.targets, c.visited, c.not_visited, c.money
                  from (select coalesce(substring(o.path from ?), ?) as unit_path,
                               count(*) filter (where ob.status <> 'WAIVED') as targets,
                               count(*) filter (where ob.status = 'FULFILLED') as visited,
                               count(*) filter (where ob.status = 'OPEN') as not_visited,
                               coalesce(sum(v.money) filter (where ob.status = 'FULFILLED'), 0) as money
                          from obligation ob
                          join member m on m.id = ob.member_id
                          join organization o on o.id = m.organization_id
                          left join visit v on ob.fulfilled_by_type = 'VISIT' and v.id = ob.fulfilled_by_id
                         where ob.campaign_id = ? and o.path like ?
                         group by unit_path) c
                  join organization u on u.path = c.unit_path
                 order by u.sort_order, u.path
                """, (rs, i) -> new CoverageRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getBigDecimal(6)),
                "^" + base.getPath() + "[0-9]+/", base.getPath(), campaign.getId(), base.getPath() + "%");
        return Coverage.of(base.getId(), base.getName(), rows);
    }

    /** The campaign's members in the scope who have not been visited yet. */
    public Page<Obligation> notVisited(DataScope scope, VisitCampaign campaign, Pageable pageable) {
        return campaigns.findNotVisited(campaign.getId(), base(scope, campaign).getPath() + "%", pageable);
    }

    private int makeDue(VisitCampaign campaign) {
        Set<Long> due = new HashSet<>(obligationRepository.findMemberIdsByCampaign(campaign.getId()));
        List<Long> fresh = new ArrayList<>();
        for (Long memberId : targets.of(campaign)) {
            if (!due.contains(memberId)) {
                fresh.add(memberId);
            }
        }
        for (Member member : members.findAllById(fresh)) {
            obligations.onCampaignTarget(member, campaign.getId(), campaign.getWindowStart(),
                    campaign.getWindowEnd());
        }
        return fresh.size();
    }

    /** The deeper of the scope's organization and the campaign's: where the two subtrees meet. */
    private Organization base(DataScope scope, VisitCampaign campaign) {
        Organization runner = campaign.getOrganization();
        if (scope.covers(runner)) {
            return runner;
        }
        return organizations.findById(scope.organizationId())
                .orElseThrow(() -> new NotFoundException("organization", scope.organizationId()));
    }

    /** The members named one by one must be in the campaign's subtree. */
    private void requireInSubtree(Organization organization, CampaignDetails details) {
        if (details.customMembers() == null || details.customMembers().isEmpty()) {
            return;
        }
        DataScope subtree = DataScope.of(organization);
        List<Member> named = members.findAllById(details.customMembers());
        // an id that is no member is as good as one outside: the user cannot have picked it from the campaign's tree
        if (named.size() != details.customMembers().size()
                || named.stream().anyMatch(m -> !subtree.covers(m.getOrganization()))) {
            throw DomainException.onField("customMembers", "campaign.custom.outside");
        }
    }

    private VisitCampaign current(DataScope scope, long id, long expectedVersion) {
        VisitCampaign campaign = getManaged(scope, id);
        Versions.require(campaign, expectedVersion);
        return campaign;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
