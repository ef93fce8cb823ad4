package cn.jinan.care.domain.campaign;

import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.BaseEntity;
import cn.jinan.care.domain.shared.Dates;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.FundingSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A visit campaign (走访慰问活动, 第27条), e.g. 2027年春节走访慰问: run by an organization for its subtree, over a window
 * of days, for one or more target groups, with a standard amount and where that money comes from. It is planned as a
 * DRAFT, OPEN while it runs (opening makes the visits due) and CLOSED when over; a closed campaign may be opened again.
 * The window and the targets are fixed once it has been opened, except that members may be added to the custom list.
 */
@Entity
@Table(name = "visit_campaign")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class VisitCampaign extends BaseEntity {

    /** The longest window: a campaign is one festival's visits, not a year-round programme. */
    public static final int MAX_WINDOW_DAYS = 92;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");
    private static final String SEPARATOR = ",";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Organization organization;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "window_start", nullable = false)
    private LocalDate windowStart;

    @Column(name = "window_end", nullable = false)
    private LocalDate windowEnd;

    // the groups as names in declaration order, comma-separated: a plain column Envers compares as a string
    @Getter(AccessLevel.NONE)
    @Column(name = "target_groups", nullable = false, length = 200)
    private String targetCodes;

    @Column(name = "min_age")
    private Integer minAge;

    @Getter(AccessLevel.NONE)
    @Column(name = "custom_members", columnDefinition = "text")
    private String customMemberIds;

    @Column(name = "standard_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal standardAmount = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", length = 20)
    private FundingSource fundingSource;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CampaignStatus status = CampaignStatus.DRAFT;

    @Column(name = "opened_on")
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(length = 1000)
    private String notes;

    /** A campaign planned by {@code organization} for its subtree. */
    public static VisitCampaign plan(Organization organization, CampaignDetails details) {
        if (organization == null) {
            throw DomainException.onField("name", "campaign.organization.required");
        }
        VisitCampaign campaign = new VisitCampaign();
        campaign.organization = organization;
        campaign.apply(details);
        return campaign;
    }

    /**
     * Corrects the campaign. While it is a draft everything may change; once opened, the window and the target groups
     * are what the obligations were made from and stay as they are, and the custom list may only grow; a closed
     * campaign is history.
     */
    public void change(CampaignDetails details) {
        if (status == CampaignStatus.CLOSED) {
            throw DomainException.of("campaign.closed");
        }
        if (status == CampaignStatus.OPEN) {
            if (!Objects.equals(details.windowStart(), windowStart) || !Objects.equals(details.windowEnd(), windowEnd)) {
                throw DomainException.onField("windowStart", "campaign.window.fixed-once-open");
            }
            Set<TargetGroup> groups = details.targets() == null ? Set.of() : details.targets();
            if (!groups.equals(getTargets())
                    || (groups.contains(TargetGroup.AGE_OVER) && !Objects.equals(details.minAge(), minAge))) {
                throw DomainException.onField("targets", "campaign.targets.fixed-once-open");
            }
            Set<Long> custom = details.customMembers() == null ? Set.of() : details.customMembers();
            if (!custom.containsAll(getCustomMembers())) {
                throw DomainException.onField("customMembers", "campaign.custom.only-added-once-open");
            }
        }
        apply(details);
    }

    /** Starts the campaign (or starts it again after it was closed): the visits become due. */
    public void open(LocalDate today) {
        if (status == CampaignStatus.OPEN) {
            throw DomainException.of("campaign.already-open");
        }
        if (status == CampaignStatus.DRAFT) {
            this.openedOn = today;
        }
        this.status = CampaignStatus.OPEN;
        this.closedOn = null;
    }

    /** Ends the campaign. The visits still owed stay on the to-do list, overdue after the window. */
    public void close(LocalDate today) {
        if (status != CampaignStatus.OPEN) {
            throw DomainException.of("campaign.not-open");
        }
        this.status = CampaignStatus.CLOSED;
        this.closedOn = today;
    }

    public boolean isDraft() {
        return status == CampaignStatus.DRAFT;
    }

    public boolean isOpen() {
        return status == CampaignStatus.OPEN;
    }

    /** Whether a visit on this day falls in the window. */
    public boolean inWindow(LocalDate day) {
        return day != null && !day.isBefore(windowStart) && !day.isAfter(windowEnd);
    }

    public int getYear() {
        return windowStart.getYear();
    }

    public Set<TargetGroup> getTargets() {
        if (targetCodes == null || targetCodes.isEmpty()) {
            return Collections.emptySet();
        }
        Set<TargetGroup> set = EnumSet.noneOf(TargetGroup.class);
        Arrays.stream(targetCodes.split(SEPARATOR)).map(TargetGroup::valueOf).forEach(set::add);
        return Collections.unmodifiableSet(set);
    }

    /** The members named one by one (CUSTOM), ascending. */
    public Set<Long> getCustomMembers() {
        if (customMemberIds == null || customMemberIds.isEmpty()) {
            return Collections.emptySet();
        }
        TreeSet<Long> ids = Arrays.stream(customMemberIds.split(SEPARATOR)).map(Long::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
        return Collections.unmodifiableSet(ids);
    }

    public boolean targets(TargetGroup group) {
        return getTargets().contains(group);
    }

    private void apply(CampaignDetails d) {
        String checkedName = Dates.text(d.name(), 100, "name", true);
        if (d.windowStart() == null) {
            throw DomainException.onField("windowStart", "date.required");
        }
        if (d.windowEnd() == null) {
            throw DomainException.onField("windowEnd", "date.required");
        }
        if (d.windowEnd().isBefore(d.windowStart())) {
            throw DomainException.onField("windowEnd", "campaign.window.end-before-start");
        }
        if (ChronoUnit.DAYS.between(d.windowStart(), d.windowEnd()) + 1 > MAX_WINDOW_DAYS) {
            throw DomainException.onField("windowEnd", "campaign.window.too-long", MAX_WINDOW_DAYS);
        }
        if (d.targets() == null || d.targets().isEmpty()) {
            throw DomainException.onField("targets", "campaign.targets.required");
        }
        Integer age = null;
        if (d.targets().contains(TargetGroup.AGE_OVER)) {
            if (d.minAge() == null) {
                throw DomainException.onField("minAge", "campaign.min-age.required");
            }
            if (d.minAge() < 1 || d.minAge() > 150) {
                throw DomainException.onField("minAge", "campaign.min-age.invalid");
            }
            age = d.minAge();
        }
        String custom = null;
        if (d.targets().contains(TargetGroup.CUSTOM)) {
            if (d.customMembers() == null || d.customMembers().isEmpty()) {
                throw DomainException.onField("customMembers", "campaign.custom.required");
            }
            custom = new TreeSet<>(d.customMembers()).stream().map(String::valueOf)
                    .collect(Collectors.joining(SEPARATOR));
        }
        BigDecimal amount = d.standardAmount() == null ? BigDecimal.ZERO : d.standardAmount();
        if (amount.signum() < 0) {
            throw DomainException.onField("standardAmount", "amount.negative");
        }
        if (amount.compareTo(MAX_AMOUNT) >= 0 || amount.scale() > 2) {
            throw DomainException.onField("standardAmount", "amount.invalid");
        }
        if (amount.signum() > 0 && d.fundingSource() == null) {
            throw DomainException.onField("fundingSource", "campaign.funding-source.required");
        }
        this.name = checkedName;
        this.windowStart = d.windowStart();
        this.windowEnd = d.windowEnd();
        this.targetCodes = EnumSet.copyOf(d.targets()).stream().map(Enum::name)
                .collect(Collectors.joining(SEPARATOR));
        this.minAge = age;
        this.customMemberIds = custom;
        this.standardAmount = amount;
        this.fundingSource = d.fundingSource();
        this.notes = Dates.text(d.notes(), 1000, "notes", false);
    }
}
