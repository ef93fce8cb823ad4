package cn.jinan.care.domain.exemption;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.policy.RuleCodeConverter;
import cn.jinan.care.domain.policy.RuleKind;
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
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A member exempted from one yearly quota for one year, with the reason and who approved it. */
@Entity
@Table(name = "exemption")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Exemption extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member member;

    @Column(name = "quota_year", nullable = false)
    private int year;

    @Convert(converter = RuleCodeConverter.class)
    @Column(name = "rule_code", nullable = false, length = 30)
    private RuleCode rule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExemptionReason reason;

    @Column(name = "reason_text", length = 500)
    private String reasonText;

    @Column(name = "approved_by", nullable = false, length = 100)
    private String approvedBy;

    /** Corrects the reason or who approved it; the member, year and quota stay (a different one is a new exemption). */
    public void correct(ExemptionReason newReason, String newReasonText, String newApprovedBy) {
        if (newReason == null) {
            throw DomainException.onField("reason", "common.required");
        }
        this.reason = newReason;
        this.reasonText = Dates.text(newReasonText, 500, "reasonText", newReason == ExemptionReason.OTHER);
        this.approvedBy = Dates.text(newApprovedBy, 100, "approvedBy", true);
    }

    public static Exemption grant(Member member, int year, RuleCode rule, ExemptionReason reason, String reasonText,
            String approvedBy, int currentYear) {
        if (rule == null || rule.kind() != RuleKind.QUOTA || rule == RuleCode.R22_HEALTH_CHECK) {
            throw DomainException.onField("rule", "exemption.rule.not-quota");
        }
        if (year < 2019 || year > currentYear + 1) {
            throw DomainException.onField("year", "exemption.year.range", currentYear + 1);
        }
        if (reason == null) {
            throw DomainException.onField("reason", "common.required");
        }
        Exemption e = new Exemption();
        e.member = member;
        e.year = year;
        e.rule = rule;
        e.reason = reason;
        e.reasonText = Dates.text(reasonText, 500, "reasonText", reason == ExemptionReason.OTHER);
        e.approvedBy = Dates.text(approvedBy, 100, "approvedBy", true);
        return e;
    }
}
