package cn.jinan.care.domain.fairness;

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
 * A fault-tolerance case (容错, 第17条): an application received or a case found, the facts, the investigation, the
 * judgment against the three distinctions (三个区分开来) and the decision with its reasons. Steps follow each other;
 * none can be skipped or repeated. A granted decision follows the member: later assessments see it. Sensitive.
 */
@Entity
@Table(name = "fault_tolerance_case")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class FaultToleranceCase extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FaultToleranceStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FaultToleranceOrigin origin;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(nullable = false, length = 2000)
    private String facts;

    @Column(name = "investigated_on")
    private LocalDate investigatedOn;

    @Column(length = 100)
    private String investigator;

    @Column(length = 2000)
    private String findings;

    @Column(name = "assessed_on")
    private LocalDate assessedOn;

    /** 把因缺乏经验、先行先试出现的失误错误，同明知故犯的违纪违法行为区分开来: true = lack of experience, trying first. */
    @Column(name = "lack_of_experience")
    private Boolean lackOfExperience;

    /** 把上级尚无明确限制的探索性试验中的失误错误，同上级明令禁止后依然我行我素区分开来: true = no explicit ban. */
    @Column(name = "not_prohibited")
    private Boolean notProhibited;

    /** 把为推动发展的无意过失，同为谋取私利的违纪违法行为区分开来: true = unintended, for development. */
    @Column(name = "for_development")
    private Boolean forDevelopment;

    @Column(length = 2000)
    private String assessment;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private FaultToleranceDecision decision;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decision_reasons", length = 2000)
    private String decisionReasons;

    /** An application received (受理的容错申请) or a case found (发现具有容错情形), with its facts. */
    public static FaultToleranceCase open(Member member, FaultToleranceOrigin origin, LocalDate receivedOn,
            String facts, LocalDate today) {
        if (origin == null) {
            throw DomainException.onField("origin", "common.required");
        }
        FaultToleranceCase c = new FaultToleranceCase();
        c.member = member;
        c.origin = origin;
        c.receivedOn = Dates.happened(receivedOn, today, "receivedOn");
        c.facts = Dates.text(facts, 2000, "facts", true);
        c.status = FaultToleranceStatus.RECEIVED;
        return c;
    }

    /** Corrects the facts while the case is still open for the investigation. */
    public void correctFacts(String facts) {
        require(FaultToleranceStatus.RECEIVED);
        this.facts = Dates.text(facts, 2000, "facts", true);
    }

    /** 认真做好容错调查工作: who investigated, when, and what was found. */
    public void investigate(LocalDate on, String investigator, String findings, LocalDate today) {
        require(FaultToleranceStatus.RECEIVED);
        LocalDate date = notBefore(Dates.happened(on, today, "investigatedOn"), receivedOn, "investigatedOn");
        this.investigator = Dates.text(investigator, 100, "investigator", true);
        this.findings = Dates.text(findings, 2000, "findings", true);
        this.investigatedOn = date;
        this.status = FaultToleranceStatus.INVESTIGATED;
    }

    /**
     * The comprehensive judgment (综合研判) against the three distinctions: each answered, true where the conduct lies
     * on the tolerable side of it.
     */
    public void assess(LocalDate on, Boolean lackOfExperience, Boolean notProhibited, Boolean forDevelopment,
            String assessment, LocalDate today) {
        require(FaultToleranceStatus.INVESTIGATED);
        LocalDate date = notBefore(Dates.happened(on, today, "assessedOn"), investigatedOn, "assessedOn");
        this.lackOfExperience = answered(lackOfExperience, "lackOfExperience");
        this.notProhibited = answered(notProhibited, "notProhibited");
        this.forDevelopment = answered(forDevelopment, "forDevelopment");
        this.assessment = Dates.text(assessment, 2000, "assessment", true);
        this.assessedOn = date;
        this.status = FaultToleranceStatus.ASSESSED;
    }

    /**
     * The decision with its reasons. Tolerance (免责 or 从轻) is granted only where all three distinctions fall on the
     * tolerable side: an error made knowingly, against an explicit ban or for private gain is not tolerated.
     */
    public void decide(FaultToleranceDecision decision, LocalDate on, String by, String reasons, LocalDate today) {
        require(FaultToleranceStatus.ASSESSED);
        if (decision == null) {
            throw DomainException.onField("decision", "common.required");
        }
        if (decision.granted() && !allDistinctionsTolerable()) {
            throw DomainException.onField("decision", "fault-tolerance.decision.distinctions-against");
        }
        LocalDate date = notBefore(Dates.happened(on, today, "decidedOn"), assessedOn, "decidedOn");
        this.decidedBy = Dates.text(by, 100, "decidedBy", true);
        this.decisionReasons = Dates.text(reasons, 2000, "decisionReasons", true);
        this.decidedOn = date;
        this.decision = decision;
        this.status = FaultToleranceStatus.DECIDED;
    }

    /** Whether the assessment put the conduct on the tolerable side of all three distinctions. */
    public boolean allDistinctionsTolerable() {
        return Boolean.TRUE.equals(lackOfExperience) && Boolean.TRUE.equals(notProhibited)
                && Boolean.TRUE.equals(forDevelopment);
    }

    /** Whether tolerance was granted: a decision later assessments of the member take into account. */
    public boolean isGranted() {
        return decision != null && decision.granted();
    }

    private void require(FaultToleranceStatus expected) {
        if (status != expected) {
            throw DomainException.of("case.step.out-of-order");
        }
    }

    private static Boolean answered(Boolean value, String field) {
        if (value == null) {
            throw DomainException.onField(field, "fault-tolerance.distinction.required");
        }
        return value;
    }

    static LocalDate notBefore(LocalDate date, LocalDate previous, String field) {
        if (previous != null && date.isBefore(previous)) {
            throw DomainException.onField(field, "case.date.before-previous-step");
        }
        return date;
    }
}
