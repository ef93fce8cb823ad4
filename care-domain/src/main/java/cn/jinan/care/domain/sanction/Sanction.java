package cn.jinan.care.domain.sanction;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.policy.Parameters;
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
import java.util.Optional;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A disciplinary sanction or organizational handling of a member (第18、20条): its type, when and by whom it was
 * decided, and the last day of its impact period (R20-IMPACT-PERIOD), fixed by the parameters in force on the day of
 * the decision. 开除党籍 has no period: it ends membership. Sensitive: read only in scope, each read logged.
 */
@Entity
@Table(name = "sanction")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Sanction extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(name = "sanction_type", nullable = false, length = 30)
    private SanctionType type;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "deciding_body", nullable = false, length = 100)
    private String decidingBody;

    @Column(name = "document_number", length = 100)
    private String documentNumber;

    @Column(name = "probation_months")
    private Integer probationMonths;

    @Column(name = "impact_until")
    private LocalDate impactUntil;

    @Column(nullable = false, length = 2000)
    private String grounds;

    public static Sanction record(Member member, SanctionDetails details, Parameters parameters, LocalDate today) {
        if (member == null) {
            throw DomainException.onField("memberId", "sanction.member.required");
        }
        Sanction sanction = new Sanction();
        sanction.member = member;
        sanction.apply(details, parameters, today);
        return sanction;
    }

    /**
     * Corrects what was recorded; the period is worked out again. An expulsion stays an expulsion (it took the
     * member off the roster) and another type cannot become one by correction.
     */
    public void change(SanctionDetails details, Parameters parameters, LocalDate today) {
        if (details.type() != null && (details.type().endsMembership() != type.endsMembership())) {
            throw DomainException.onField("type", "sanction.expulsion.fixed");
        }
        apply(details, parameters, today);
    }

    /** The impact period; empty for an expulsion. */
    public Optional<ImpactPeriod> impactPeriod() {
        return impactUntil == null ? Optional.empty() : Optional.of(new ImpactPeriod(decidedOn, impactUntil));
    }

    /** Whether the member is inside this sanction's impact period on {@code day}. */
    public boolean inImpactOn(LocalDate day) {
        return impactPeriod().map(p -> p.covers(day)).orElse(false);
    }

    private void apply(SanctionDetails d, Parameters parameters, LocalDate today) {
        if (d.type() == null) {
            throw DomainException.onField("type", "common.required");
        }
        LocalDate on = Dates.happened(d.decidedOn(), today, "decidedOn");
        if (on.isBefore(member.getAdmittedDate())) {
            throw DomainException.onField("decidedOn", "sanction.decided.before-admitted");
        }
        ImpactPeriod.checkProbation(d.type(), d.probationMonths());
        this.type = d.type();
        this.decidedOn = on;
        this.decidingBody = Dates.text(d.decidingBody(), 100, "decidingBody", true);
        this.documentNumber = Dates.text(d.documentNumber(), 100, "documentNumber", false);
        this.grounds = Dates.text(d.grounds(), 2000, "grounds", true);
        this.probationMonths = d.probationMonths();
        this.impactUntil = d.type().endsMembership() ? null
                : ImpactPeriod.of(d.type(), on, d.probationMonths(), parameters).lastDay();
    }
}
