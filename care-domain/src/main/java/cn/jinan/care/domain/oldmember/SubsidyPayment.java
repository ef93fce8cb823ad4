package cn.jinan.care.domain.oldmember;

import cn.jinan.care.domain.member.Member;
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
import java.time.YearMonth;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A living-subsidy payment to an old member (第26条 按时足额发放) for one month or one quarter. No month of a member is
 * paid twice: the service refuses an overlapping period and the database excludes it.
 */
@Entity
@Table(name = "old_member_subsidy_payment")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class SubsidyPayment extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false, length = 10)
    private PeriodKind periodKind;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_months", nullable = false)
    private short periodMonths;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", nullable = false, length = 20)
    private FundingSource fundingSource;

    @Column(name = "paid_on", nullable = false)
    private LocalDate paidOn;

    @Column(length = 500)
    private String note;

    public static SubsidyPayment pay(Member member, PaymentDetails details, LocalDate today) {
        SubsidyPayment p = new SubsidyPayment();
        p.member = member;
        p.apply(details, today);
        return p;
    }

    public void change(PaymentDetails details, LocalDate today) {
        apply(details, today);
    }

    private void apply(PaymentDetails d, LocalDate today) {
        if (d.period() == null) {
            throw DomainException.onField("month", "oldmember.period.month-required");
        }
        if (d.paidOn() == null) {
            throw DomainException.onField("paidOn", "oldmember.paid-on.required");
        }
        Dates.happened(d.paidOn(), today, "paidOn");
        if (d.fundingSource() == null) {
            throw DomainException.onField("fundingSource", "oldmember.funding.required");
        }
        this.amount = Amounts.positive(d.amount(), "amount");
        this.periodKind = d.period().kind();
        this.periodStart = d.period().firstDay();
        this.periodMonths = (short) d.period().length();
        this.fundingSource = d.fundingSource();
        this.paidOn = d.paidOn();
        this.note = Dates.text(d.note(), 500, "note", false);
    }

    public SubsidyPeriod period() {
        return new SubsidyPeriod(periodKind, YearMonth.from(periodStart));
    }

    public boolean covers(YearMonth month) {
        return period().months().contains(month);
    }
}
