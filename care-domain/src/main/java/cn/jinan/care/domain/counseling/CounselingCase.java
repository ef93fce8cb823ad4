package cn.jinan.care.domain.counseling;

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
 * A counseling case (心理疏导, 第24条): opened on a referral, then assessed, counseled in sessions, intervened in and
 * followed up, and finally closed. Everything but its existence, opening date and status is restricted.
 */
@Entity
@Table(name = "counseling_case")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CounselingCase extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member member;

    @Column(name = "referral_date", nullable = false)
    private LocalDate referralDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "referral_source", nullable = false, length = 20)
    private ReferralSource referralSource;

    @Column(length = 2000)
    private String assessment;

    @Column(length = 2000)
    private String intervention;

    @Column(name = "follow_up", length = 2000)
    private String followUp;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    public static CounselingCase open(Member member, CounselingDetails details, LocalDate today) {
        CounselingCase c = new CounselingCase();
        c.member = member;
        c.apply(details, today);
        return c;
    }

    public void change(CounselingDetails details, LocalDate today) {
        apply(details, today);
        if (closedOn != null && closedOn.isBefore(referralDate)) {
            throw DomainException.onField("referralDate", "counseling.closed-before-referral");
        }
    }

    private void apply(CounselingDetails d, LocalDate today) {
        if (d.referralSource() == null) {
            throw DomainException.onField("referralSource", "common.required");
        }
        this.referralDate = Dates.happened(d.referralDate(), today, "referralDate");
        this.referralSource = d.referralSource();
        this.assessment = Dates.text(d.assessment(), 2000, "assessment", false);
        this.intervention = Dates.text(d.intervention(), 2000, "intervention", false);
        this.followUp = Dates.text(d.followUp(), 2000, "followUp", false);
    }

    /** A session held for this case; none after it is closed, none before the referral. */
    public CounselingSession holdSession(LocalDate date, String counselor, String notes, LocalDate today) {
        if (isClosed()) {
            throw DomainException.of("counseling.closed");
        }
        LocalDate held = Dates.happened(date, today, "date");
        if (held.isBefore(referralDate)) {
            throw DomainException.onField("date", "counseling.session.before-referral");
        }
        return new CounselingSession(this, held, Dates.text(counselor, 50, "counselor", true),
                Dates.text(notes, 2000, "notes", false));
    }

    public void close(LocalDate on, LocalDate today) {
        if (isClosed()) {
            throw DomainException.of("counseling.closed");
        }
        LocalDate day = Dates.happened(on, today, "closedOn");
        if (day.isBefore(referralDate)) {
            throw DomainException.onField("closedOn", "counseling.closed-before-referral");
        }
        this.closedOn = day;
    }

    public boolean isClosed() {
        return closedOn != null;
    }
}
