package cn.jinan.care.domain.delegate;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.shared.BaseEntity;
import cn.jinan.care.domain.shared.Dates;
import cn.jinan.care.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A delegate's proposal (提案) or motion (提议, 第7条): by a party congress delegate (the lead), with co-signing delegates,
 * to an addressee; then accepted, merged into another or not accepted, handled, and replied to. A proposal is joint:
 * at least the minimum number of delegates (a rule parameter, lead included) sign it; a motion is written and may be
 * one delegate's.
 */
@Entity
@Table(name = "delegate_proposal")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class DelegateProposal extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ProposalKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "delegate_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member delegate;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "delegate_proposal_signer", joinColumns = @JoinColumn(name = "proposal_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @BatchSize(size = 100)
    private Set<Member> coSigners = new LinkedHashSet<>();

    @Column(length = 100)
    private String congress;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String content;

    @Column(nullable = false, length = 100)
    private String addressee;

    @Column(name = "submitted_on", nullable = false)
    private LocalDate submittedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 15)
    private ProposalStatus status = ProposalStatus.SUBMITTED;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    /** 承办单位 of an accepted one, the proposal merged into, or why not accepted. */
    @Column(name = "decision_note", length = 1000)
    private String decisionNote;

    @Column(name = "handled_on")
    private LocalDate handledOn;

    @Column(name = "handling_note", length = 2000)
    private String handlingNote;

    @Column(name = "reply_on")
    private LocalDate replyOn;

    @Column(name = "reply_text", length = 2000)
    private String replyText;

    /**
     * A proposal or motion by {@code delegate} with {@code coSigners}.
     *
     * @param minSigners for a 提案, the fewest signers, lead included ({@code PROPOSAL_MIN_SIGNERS} in force on the day)
     */
    public static DelegateProposal submit(Member delegate, Collection<Member> coSigners, ProposalDetails details,
            int minSigners, LocalDate today) {
        if (delegate == null) {
            throw DomainException.onField("delegateId", "common.required");
        }
        if (!delegate.flags().delegate()) {
            throw DomainException.onField("delegateId", "proposal.delegate.not-delegate");
        }
        DelegateProposal p = new DelegateProposal();
        p.delegate = delegate;
        p.apply(coSigners, details, minSigners, today);
        return p;
    }

    /** Corrects what was submitted, until a decision is taken; the lead delegate stays. */
    public void change(Collection<Member> coSigners, ProposalDetails details, int minSigners, LocalDate today) {
        if (status != ProposalStatus.SUBMITTED) {
            throw DomainException.of("proposal.decided");
        }
        apply(coSigners, details, minSigners, today);
    }

    /** Accepted with its handling unit, merged into another (named), or not accepted with the reason. */
    public void decide(ProposalDecision decision, String note, LocalDate on, LocalDate today) {
        requireStatus(ProposalStatus.SUBMITTED);
        if (decision == null) {
            throw DomainException.onField("decision", "common.required");
        }
        LocalDate day = after(submittedOn, on, today);
        this.decisionNote = Dates.text(note, 1000, "note", true);
        this.decidedOn = day;
        this.status = switch (decision) {
            case ACCEPT -> ProposalStatus.ACCEPTED;
            case MERGE -> ProposalStatus.MERGED;
            case NOT_ACCEPT -> ProposalStatus.NOT_ACCEPTED;
        };
    }

    /** The handling unit has dealt with it. */
    public void handle(String note, LocalDate on, LocalDate today) {
        if (status != ProposalStatus.ACCEPTED && status != ProposalStatus.MERGED) {
            throw DomainException.of("proposal.step.not-allowed");
        }
        LocalDate day = after(decidedOn, on, today);
        this.handlingNote = Dates.text(note, 2000, "note", true);
        this.handledOn = day;
        this.status = ProposalStatus.HANDLED;
    }

    /** The reply to the delegates: after handling, or after a decision not to accept. */
    public void reply(String text, LocalDate on, LocalDate today) {
        if (status != ProposalStatus.HANDLED && status != ProposalStatus.NOT_ACCEPTED) {
            throw DomainException.of("proposal.step.not-allowed");
        }
        LocalDate day = after(status == ProposalStatus.HANDLED ? handledOn : decidedOn, on, today);
        this.replyText = Dates.text(text, 2000, "note", true);
        this.replyOn = day;
        this.status = ProposalStatus.REPLIED;
    }

    /** Co-signers by name, for pages and exports. */
    public List<Member> coSignersByName() {
        return coSigners.stream().sorted(Comparator.comparing(Member::getName).thenComparing(Member::getId)).toList();
    }

    public int signerCount() {
        return 1 + coSigners.size();
    }

    private void requireStatus(ProposalStatus expected) {
        if (status != expected) {
            throw DomainException.of("proposal.step.not-allowed");
        }
    }

    private static LocalDate after(LocalDate previous, LocalDate on, LocalDate today) {
        LocalDate day = Dates.happened(on, today, "date");
        if (previous != null && day.isBefore(previous)) {
            throw DomainException.onField("date", "proposal.date.before-previous");
        }
        return day;
    }

    private void apply(Collection<Member> signers, ProposalDetails d, int minSigners, LocalDate today) {
        if (d.kind() == null) {
            throw DomainException.onField("kind", "common.required");
        }
        Set<Member> co = new LinkedHashSet<>();
        for (Member m : signers == null ? List.<Member>of() : signers) {
            if (m.equals(delegate)) {
                throw DomainException.onField("coSignerIds", "proposal.cosigner.lead");
            }
            if (!m.flags().delegate()) {
                throw DomainException.onField("coSignerIds", "proposal.cosigner.not-delegate", m.getName());
            }
            co.add(m);
        }
        // 第7条: 党代表大会召开期间，支持党代表联名提出提案
        if (d.kind() == ProposalKind.PROPOSAL && 1 + co.size() < minSigners) {
            throw DomainException.onField("coSignerIds", "proposal.signers.too-few", minSigners);
        }
        String congressName = Dates.text(d.congress(), 100, "congress", d.kind() == ProposalKind.PROPOSAL);
        this.submittedOn = Dates.happened(d.submittedOn(), today, "submittedOn");
        this.kind = d.kind();
        this.congress = congressName;
        this.title = Dates.text(d.title(), 200, "title", true);
        // 第7条: 闭会期间…采用书面形式: the written text is required for both
        this.content = Dates.text(d.content(), 4000, "content", true);
        this.addressee = Dates.text(d.addressee(), 100, "addressee", true);
        this.coSigners.clear();
        this.coSigners.addAll(co);
    }
}
