package cn.jinan.care.domain.fairness;

import static cn.jinan.care.domain.fairness.FaultToleranceCase.notBefore;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A clarification case (澄清正名, 第19条): a report (信访举报) about a member received, verified, and — when it proves a
 * false accusation (恶意中伤、诬告陷害、恶意炒作和诽谤) — the member's name cleared in public, at a meeting of the unit
 * or through the media, and then the accuser dealt with (严肃查处诬告陷害行为). Steps in that order. Sensitive.
 */
@Entity
@Table(name = "clarification_case")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ClarificationCase extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClarificationStatus status;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "report_summary", nullable = false, length = 2000)
    private String reportSummary;

    @Column(name = "verified_on")
    private LocalDate verifiedOn;

    @Column(name = "verification_findings", length = 2000)
    private String verificationFindings;

    @Column(name = "false_accusation")
    private Boolean falseAccusation;

    @Column(name = "clarified_on")
    private LocalDate clarifiedOn;

    @Column(name = "by_meeting")
    private Boolean byMeeting;

    @Column(name = "by_media")
    private Boolean byMedia;

    /** Where: the meeting of the unit, the media that carried the notice. */
    @Column(name = "clarification_venue", length = 500)
    private String clarificationVenue;

    @Column(name = "accuser_handled_on")
    private LocalDate accuserHandledOn;

    @Column(name = "accuser_action", length = 1000)
    private String accuserAction;

    /** A report about the member received. */
    public static ClarificationCase receive(Member member, LocalDate receivedOn, String reportSummary,
            LocalDate today) {
        ClarificationCase c = new ClarificationCase();
        c.member = member;
        c.receivedOn = Dates.happened(receivedOn, today, "receivedOn");
        c.reportSummary = Dates.text(reportSummary, 2000, "reportSummary", true);
        c.status = ClarificationStatus.RECEIVED;
        return c;
    }

    /** The report verified (查核): a false accusation or not, with the findings. */
    public void verify(LocalDate on, String findings, Boolean falseAccusation, LocalDate today) {
        require(ClarificationStatus.RECEIVED);
        LocalDate date = notBefore(Dates.happened(on, today, "verifiedOn"), receivedOn, "verifiedOn");
        if (falseAccusation == null) {
            throw DomainException.onField("falseAccusation", "common.required");
        }
        this.verificationFindings = Dates.text(findings, 2000, "verificationFindings", true);
        this.falseAccusation = falseAccusation;
        this.verifiedOn = date;
        this.status = falseAccusation ? ClarificationStatus.FALSE_ACCUSATION : ClarificationStatus.NOT_FALSE;
    }

    /** The name cleared in public (公开澄清正名、消除影响): at a meeting of the unit, through the media, or both. */
    public void clarify(LocalDate on, boolean meeting, boolean media, String venue, LocalDate today) {
        require(ClarificationStatus.FALSE_ACCUSATION);
        LocalDate date = notBefore(Dates.happened(on, today, "clarifiedOn"), verifiedOn, "clarifiedOn");
        if (!meeting && !media) {
            throw DomainException.onField("byMeeting", "clarification.means.required");
        }
        this.clarificationVenue = Dates.text(venue, 500, "clarificationVenue", true);
        this.byMeeting = meeting;
        this.byMedia = media;
        this.clarifiedOn = date;
        this.status = ClarificationStatus.CLARIFIED;
    }

    /** What was done against the false accuser (依纪依法处理; a crime goes to the judicial organs). */
    public void handleAccuser(LocalDate on, String action, LocalDate today) {
        require(ClarificationStatus.CLARIFIED);
        LocalDate date = notBefore(Dates.happened(on, today, "accuserHandledOn"), verifiedOn, "accuserHandledOn");
        this.accuserAction = Dates.text(action, 1000, "accuserAction", true);
        this.accuserHandledOn = date;
        this.status = ClarificationStatus.CLOSED;
    }

    private void require(ClarificationStatus expected) {
        if (status != expected) {
            throw DomainException.of("case.step.out-of-order");
        }
    }
}
