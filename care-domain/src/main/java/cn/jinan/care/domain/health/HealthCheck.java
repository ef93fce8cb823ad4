package cn.jinan.care.domain.health;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.policy.ObligationSpec;
import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.domain.policy.Parameters;
import cn.jinan.care.domain.policy.RequiredAction;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.BaseEntity;
import cn.jinan.care.domain.shared.Dates;
import cn.jinan.care.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A member's yearly health check (第22条). One a member a year. The findings are sensitive: read only in scope, and
 * each read is logged. A major-risk finding makes a follow-up due (R22-HEALTH-CHECK).
 */
@Entity
@Table(name = "health_check")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class HealthCheck extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member member;

    @Column(name = "check_year", nullable = false)
    private int year;

    @Column(name = "check_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 100)
    private String institution;

    @Column(name = "major_risk", nullable = false)
    private boolean majorRisk;

    @Column(length = 2000)
    private String findings;

    @Column(name = "follow_up_plan", length = 1000)
    private String followUpPlan;

    public static HealthCheck record(Member member, HealthCheckDetails details, LocalDate today) {
        HealthCheck check = new HealthCheck();
        check.member = member;
        check.apply(details, today);
        return check;
    }

    private void apply(HealthCheckDetails d, LocalDate today) {
        this.date = Dates.happened(d.date(), today, "date");
        // the check of a year may take place early the next year
        int y = d.year() == null ? date.getYear() : d.year();
        if (y != date.getYear() && y != date.getYear() - 1) {
            throw DomainException.onField("year", "health.year.not-of-date");
        }
        this.year = y;
        this.institution = Dates.text(d.institution(), 100, "institution", true);
        this.majorRisk = d.majorRisk();
        this.findings = Dates.text(d.findings(), 2000, "findings", false);
        if (d.majorRisk() && this.findings == null) {
            throw DomainException.onField("findings", "health.findings.required-with-risk");
        }
        this.followUpPlan = Dates.text(d.followUpPlan(), 1000, "followUpPlan", false);
    }

    /** 第22条: a major-risk finding is followed up within the parameter's days from the check. */
    public Optional<ObligationSpec> followUpDue(Parameters parameters) {
        if (!majorRisk) {
            return Optional.empty();
        }
        int days = parameters.intValueOn(ParameterKey.HEALTH_FOLLOW_UP_DAYS, date);
        return Optional.of(new ObligationSpec(RuleCode.R22_HEALTH_CHECK, RequiredAction.HEALTH_FOLLOW_UP,
                date.plusDays(days)));
    }
}
