package cn.jinan.care.domain.obligation;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEvent;
import cn.jinan.care.domain.policy.ObligationSpec;
import cn.jinan.care.domain.policy.RequiredAction;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.policy.RuleCodeConverter;
import cn.jinan.care.domain.shared.BaseEntity;
import cn.jinan.care.domain.shared.Dates;
import cn.jinan.care.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * Something the policy makes due for a member: an action (a talk of a kind, a visit of a kind) by a due date, because
 * of an event (or of the previous visit, for recurring rules). It is fulfilled by a record of that action for the same
 * member dated on or after the event; a record after the due date still fulfils it, late.
 */
@Entity
@Table(name = "obligation")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Obligation extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member member;

    @Convert(converter = RuleCodeConverter.class)
    @Column(name = "rule_code", nullable = false, length = 30)
    private RuleCode rule;

    @Enumerated(EnumType.STRING)
    @Column(name = "required_action", nullable = false, length = 30)
    private RequiredAction action;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private MemberEvent event;

    /** The day the obligation arose: the event's date, or the previous visit's for a recurring rule. */
    @Column(name = "arose_on", nullable = false)
    private LocalDate aroseOn;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ObligationStatus status = ObligationStatus.OPEN;

    @Column(name = "fulfilled_by_type", length = 20)
    private String fulfilledByType;

    @Column(name = "fulfilled_by_id")
    private Long fulfilledById;

    @Column(name = "fulfilled_on")
    private LocalDate fulfilledOn;

    @Column(name = "waived_reason", length = 500)
    private String waivedReason;

    @Column(name = "waived_by", length = 64)
    private String waivedBy;

    /**
     * The visit campaign that made it due (第27条), or null. A campaign's obligation is answered only by a visit inside
     * the campaign's window: from the day it arose (the window's first day) to its due date (the window's last day).
     */
    @Column(name = "campaign_id")
    private Long campaignId;
    /** The fulfilled obligation whose visit asked for this one (a recurring rule's next visit); null otherwise. */
    @Column(name = "follows_id")
    private Long followsId;

    /** Why a planner opened it (no event, no previous visit); null for the others. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private PlannedBasis basis;

    public static Obligation arise(Member member, MemberEvent event, LocalDate aroseOn, ObligationSpec spec) {
        Obligation o = new Obligation();
        o.member = member;
        o.event = event;
        o.aroseOn = aroseOn;
        o.rule = spec.rule();
        o.action = spec.action();
        o.dueDate = spec.dueDate();
        return o;
    }

    /** The next visit a recurring rule asks for once {@code fulfilled} is done, on the day it was done. */
    public static Obligation followUp(Obligation fulfilled, ObligationSpec spec) {
        if (fulfilled.status != ObligationStatus.FULFILLED) {
            throw new IllegalStateException("obligation " + fulfilled.getId() + " is not fulfilled");
        }
        Obligation o = arise(fulfilled.member, null, fulfilled.fulfilledOn, spec);
        o.followsId = fulfilled.getId();
        return o;
    }

    /** An obligation a planner finds due on {@code aroseOn} for a standing condition of the member. */
    public static Obligation planned(Member member, LocalDate aroseOn, ObligationSpec spec, PlannedBasis basis) {
        Obligation o = arise(member, null, aroseOn, spec);
        o.basis = basis;
        return o;
    }

    /**
     * A campaign's holiday visit (第27条 重大节日走访慰问) for a target member: due by the window's last day, answered
     * only by a holiday visit dated inside the window.
     */
    public static Obligation forCampaign(Member member, long campaignId, LocalDate windowStart, LocalDate windowEnd) {
        if (windowEnd.isBefore(windowStart)) {
            throw new IllegalArgumentException("window ends before it starts");
        }
        Obligation o = new Obligation();
        o.member = member;
        o.campaignId = campaignId;
        o.aroseOn = windowStart;
        o.dueDate = windowEnd;
        o.rule = RuleCode.R27_HOLIDAY_VISIT;
        o.action = RequiredAction.HOLIDAY_VISIT;
        return o;
    }

    /**
     * Whether a record fulfils this obligation: the action asked for, and dated on or after the day the obligation
     * arose (a talk held before the event is not about it); for a campaign's obligation, also not after the window.
     */
    public boolean isFulfilledBy(RequiredAction recordAction, LocalDate recordDate) {
        return status == ObligationStatus.OPEN && action == recordAction && !recordDate.isBefore(aroseOn)
                && (campaignId == null || !recordDate.isAfter(dueDate));
    }

    /** Made due by a visit campaign. */
    public boolean isCampaign() {
        return campaignId != null;
    }

    public void fulfil(String recordType, long recordId, LocalDate recordDate) {
        if (!isFulfilledBy(action, recordDate)) {
            throw new IllegalStateException("obligation " + getId() + " cannot be fulfilled by that record");
        }
        this.status = ObligationStatus.FULFILLED;
        this.fulfilledByType = recordType;
        this.fulfilledById = recordId;
        this.fulfilledOn = recordDate;
    }

    /** The record that fulfilled it changed and no longer does: the obligation is open again. */
    public void reopen() {
        this.status = ObligationStatus.OPEN;
        this.fulfilledByType = null;
        this.fulfilledById = null;
        this.fulfilledOn = null;
    }

    /** Waived with a reason (e.g. the member moved away before the talk could be held). */
    public void waive(String reason, String by) {
        if (status != ObligationStatus.OPEN) {
            throw DomainException.onField("reason", "obligation.not-open");
        }
        this.waivedReason = Dates.text(reason, 500, "reason", true);
        this.waivedBy = by;
        this.status = ObligationStatus.WAIVED;
    }

    public boolean isOverdue(LocalDate today) {
        return status == ObligationStatus.OPEN && today.isAfter(dueDate);
    }

    /** Fulfilled, but after the due date. */
    public boolean isLate() {
        return status == ObligationStatus.FULFILLED && fulfilledOn.isAfter(dueDate);
    }

    public boolean fulfilledBy(String recordType, long recordId) {
        return status == ObligationStatus.FULFILLED && recordType.equals(fulfilledByType)
                && fulfilledById != null && fulfilledById == recordId;
    }
}
