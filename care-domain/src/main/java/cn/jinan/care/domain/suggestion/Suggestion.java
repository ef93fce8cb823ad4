package cn.jinan.care.domain.suggestion;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.BaseEntity;
import cn.jinan.care.domain.shared.Dates;
import cn.jinan.care.domain.shared.DomainException;
import jakarta.persistence.Column;
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
 * A suggestion (意见建议, 第6条 "推动合理化建议落实落地") received by an organization: who made it (a member, the masses or
 * anonymous), through which channel, what it says; then assigned to an owner under one of the "三制", taken in hand,
 * replied to, and finally implemented (落实) or not adopted with a reason. Each step is allowed only from the steps
 * before it, and neither end is reached without a reply to the submitter.
 */
@Entity
@Table(name = "suggestion")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Suggestion extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(name = "submitter_kind", nullable = false, length = 10)
    private SubmitterKind submitterKind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member member;

    @Column(name = "submitter_name", length = 50)
    private String submitterName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SuggestionChannel channel;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(nullable = false, length = 2000)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SuggestionStatus status = SuggestionStatus.RECEIVED;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_system", length = 20)
    private HandlingSystem handlingSystem;

    @Column(length = 100)
    private String owner;

    @Column(name = "assigned_on")
    private LocalDate assignedOn;

    @Column(name = "promised_by")
    private LocalDate promisedBy;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "reply_on")
    private LocalDate replyOn;

    @Column(name = "reply_text", length = 2000)
    private String replyText;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "not_adopted_reason", length = 1000)
    private String notAdoptedReason;

    /** A suggestion received by the organization; {@code member} names the submitter when a member made it. */
    public static Suggestion receive(Organization organization, Member member, SuggestionDetails details,
            LocalDate today) {
        if (organization == null) {
            throw DomainException.onField("organizationId", "common.required");
        }
        Suggestion s = new Suggestion();
        s.organization = organization;
        s.apply(member, details, today);
        return s;
    }

    /** Corrects what was received, until the suggestion is closed. */
    public void change(Member member, SuggestionDetails details, LocalDate today) {
        requireOpen();
        apply(member, details, today);
        if (assignedOn != null && assignedOn.isBefore(receivedOn)) {
            throw DomainException.onField("receivedOn", "suggestion.date.before-received");
        }
    }

    /** 责任制: hands the suggestion to its owner under one of the "三制"; 承诺制 needs the promised date. */
    public void assign(HandlingSystem system, String owner, LocalDate promisedBy, LocalDate on, LocalDate today) {
        requireStatus(SuggestionStatus.RECEIVED);
        LocalDate day = after(receivedOn, on, today);
        if (system == null) {
            throw DomainException.onField("handlingSystem", "common.required");
        }
        if (system == HandlingSystem.COMMITMENT && promisedBy == null) {
            throw DomainException.onField("promisedBy", "suggestion.promise.required");
        }
        if (promisedBy != null && promisedBy.isBefore(day)) {
            throw DomainException.onField("promisedBy", "suggestion.promise.before-assigned");
        }
        this.owner = Dates.text(owner, 100, "owner", true);
        this.handlingSystem = system;
        this.promisedBy = promisedBy;
        this.assignedOn = day;
        this.status = SuggestionStatus.ASSIGNED;
    }

    /** The owner takes it in hand. */
    public void start(LocalDate on, LocalDate today) {
        requireStatus(SuggestionStatus.ASSIGNED);
        this.startedOn = after(assignedOn, on, today);
        this.status = SuggestionStatus.IN_PROGRESS;
    }

    /** The reply to the submitter (for an anonymous one, made public); may be corrected until the end. */
    public void reply(LocalDate on, String text, LocalDate today) {
        if (status != SuggestionStatus.ASSIGNED && status != SuggestionStatus.IN_PROGRESS) {
            throw DomainException.of("suggestion.step.not-allowed");
        }
        LocalDate day = after(assignedOn, on, today);
        this.replyText = Dates.text(text, 2000, "replyText", true);
        this.replyOn = day;
    }

    /** 落实: done, after the reply. */
    public void implement(LocalDate on, LocalDate today) {
        requireStatus(SuggestionStatus.IN_PROGRESS);
        requireReply();
        this.closedOn = after(startedOn, on, today);
        this.status = SuggestionStatus.IMPLEMENTED;
    }

    /** Not adopted, with the reason, after the reply has told the submitter why. */
    public void notAdopt(String reason, LocalDate on, LocalDate today) {
        if (status != SuggestionStatus.ASSIGNED && status != SuggestionStatus.IN_PROGRESS) {
            throw DomainException.of("suggestion.step.not-allowed");
        }
        requireReply();
        String why = Dates.text(reason, 1000, "reason", true);
        this.closedOn = after(assignedOn, on, today);
        this.notAdoptedReason = why;
        this.status = SuggestionStatus.NOT_ADOPTED;
    }

    /** 承诺制: open past its promised date. */
    public boolean isOverdueOn(LocalDate day) {
        return promisedBy != null && !status.isFinal() && day.isAfter(promisedBy);
    }

    /** Who made it, for lists: the member's name, the given name or nothing. */
    public String submitterLabel() {
        return member != null ? member.getName() : submitterName;
    }

    private void requireStatus(SuggestionStatus expected) {
        if (status != expected) {
            throw DomainException.of("suggestion.step.not-allowed");
        }
    }

    private void requireOpen() {
        if (status.isFinal()) {
            throw DomainException.of("suggestion.closed");
        }
    }

    private void requireReply() {
        if (replyText == null) {
            throw DomainException.of("suggestion.reply.required");
        }
    }

    /** A step's day: not in the future, not before the step it follows. */
    private static LocalDate after(LocalDate previous, LocalDate on, LocalDate today) {
        LocalDate day = Dates.happened(on, today, "date");
        if (previous != null && day.isBefore(previous)) {
            throw DomainException.onField("date", "suggestion.date.before-previous");
        }
        return day;
    }

    private void apply(Member member, SuggestionDetails d, LocalDate today) {
        if (d.submitterKind() == null) {
            throw DomainException.onField("submitterKind", "common.required");
        }
        if (d.submitterKind() == SubmitterKind.MEMBER && member == null) {
            throw DomainException.onField("memberId", "suggestion.member.required");
        }
        if (d.channel() == null) {
            throw DomainException.onField("channel", "common.required");
        }
        this.receivedOn = Dates.happened(d.receivedOn(), today, "receivedOn");
        this.submitterKind = d.submitterKind();
        this.member = d.submitterKind() == SubmitterKind.MEMBER ? member : null;
        this.submitterName = d.submitterKind() == SubmitterKind.MASSES
                ? Dates.text(d.submitterName(), 50, "submitterName", false) : null;
        this.channel = d.channel();
        this.content = Dates.text(d.content(), 2000, "content", true);
    }
}
