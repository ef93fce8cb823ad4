package cn.jinan.care.domain.hardship;

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
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * Aid (帮扶) to a member in the hardship register (第27条): applied for, approved by the branch's committee, publicly
 * noticed (公示), then paid — in that order, no step skipped — or rejected before the notice. The amount always says
 * where the money comes from.
 */
@Entity
@Table(name = "hardship_aid")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class HardshipAid extends BaseEntity {

    /**
     * The shortest public notice, in days from its first to its last day. Five days is the usual practice for
     * 公示 of aid to party members (公示期一般不少于5天); the measures themselves name no number.
     */
    public static final int NOTICE_MIN_DAYS = 5;

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "hardship_record_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private HardshipRecord record;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AidStatus status;

    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", nullable = false, length = 20)
    private FundingSource fundingSource;

    @Column(nullable = false, length = 500)
    private String purpose;

    @Column(name = "approved_by", length = 100)
    private String approvedBy;

    @Column(name = "approved_on")
    private LocalDate approvedOn;

    @Column(name = "notice_start")
    private LocalDate noticeStart;

    @Column(name = "notice_end")
    private LocalDate noticeEnd;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "rejected_on")
    private LocalDate rejectedOn;

    @Column(name = "reject_reason", length = 500)
    private String rejectReason;

    /** An application for aid to a member whose hardship record is open. */
    public static HardshipAid apply(HardshipRecord record, AidApplication a, LocalDate today) {
        if (!record.isOpen()) {
            throw DomainException.of("aid.record-closed");
        }
        HardshipAid aid = new HardshipAid();
        aid.record = record;
        aid.appliedOn = Dates.happened(a.appliedOn(), today, "appliedOn");
        aid.amount = amount(a.amount());
        if (a.fundingSource() == null) {
            throw DomainException.onField("fundingSource", "aid.funding-source.required");
        }
        aid.fundingSource = a.fundingSource();
        aid.purpose = Dates.text(a.purpose(), 500, "purpose", true);
        aid.status = AidStatus.APPLIED;
        return aid;
    }

    /** The branch's committee approved the application (支部委员会研究同意). */
    public void approve(String by, LocalDate on, LocalDate today) {
        requireStatus(AidStatus.APPLIED);
        LocalDate date = Dates.happened(on, today, "approvedOn");
        notBefore(date, appliedOn, "approvedOn");
        this.approvedBy = Dates.text(by, 100, "approvedBy", true);
        this.approvedOn = date;
        this.status = AidStatus.APPROVED;
    }

    /** The approved aid was publicly noticed (公示) from start to end, at least {@link #NOTICE_MIN_DAYS} days. */
    public void publicize(LocalDate start, LocalDate end, LocalDate today) {
        requireStatus(AidStatus.APPROVED);
        LocalDate from = Dates.happened(start, today, "noticeStart");
        notBefore(from, approvedOn, "noticeStart");
        if (end == null) {
            throw DomainException.onField("noticeEnd", "date.required");
        }
        if (end.isBefore(from.plusDays(NOTICE_MIN_DAYS))) {
            throw DomainException.onField("noticeEnd", "aid.notice.too-short", NOTICE_MIN_DAYS);
        }
        this.noticeStart = from;
        this.noticeEnd = end;
        this.status = AidStatus.PUBLICIZED;
    }

    /** The aid was paid: only once the public notice has ended. */
    public void pay(LocalDate on, LocalDate today) {
        requireStatus(AidStatus.PUBLICIZED);
        LocalDate date = Dates.happened(on, today, "paidOn");
        if (date.isBefore(noticeEnd)) {
            throw DomainException.onField("paidOn", "aid.paid.before-notice-end");
        }
        this.paidOn = date;
        this.status = AidStatus.PAID;
    }

    /** The application was turned down, before it was publicly noticed. */
    public void reject(String reason, LocalDate today) {
        if (!status.canReject()) {
            throw DomainException.of("aid.step.out-of-order");
        }
        this.rejectReason = Dates.text(reason, 500, "rejectReason", true);
        this.rejectedOn = today;
        this.status = AidStatus.REJECTED;
    }

    private void requireStatus(AidStatus expected) {
        if (status != expected) {
            throw DomainException.of("aid.step.out-of-order");
        }
    }

    private static void notBefore(LocalDate date, LocalDate previous, String field) {
        if (previous != null && date.isBefore(previous)) {
            throw DomainException.onField(field, "aid.date.before-previous-step");
        }
    }

    private static BigDecimal amount(BigDecimal value) {
        if (value == null) {
            throw DomainException.onField("amount", "common.required");
        }
        if (value.signum() <= 0) {
            throw DomainException.onField("amount", "aid.amount.positive");
        }
        if (value.compareTo(MAX_AMOUNT) >= 0 || value.stripTrailingZeros().scale() > 2) {
            throw DomainException.onField("amount", "aid.amount.invalid");
        }
        return value.setScale(2);
    }
}
