package cn.jinan.care.domain.training;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * Study hours of one member on one day for one course. Hours come in half hours, from 0.5 to {@value #MAX_HOURS_A_DAY}
 * (no day holds more); the same member, day and course is recorded once.
 */
@Entity
@Table(name = "study_record")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class StudyRecord extends BaseEntity {

    public static final int MAX_HOURS_A_DAY = 12;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member member;

    @Column(name = "study_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, precision = 4, scale = 1)
    private BigDecimal hours;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private StudyKind kind;

    @Column(nullable = false, length = 200)
    private String course;

    public static StudyRecord log(Member member, LocalDate date, BigDecimal hours, StudyKind kind, String course,
            LocalDate today) {
        StudyRecord r = new StudyRecord();
        r.member = member;
        r.apply(date, hours, kind, course, today);
        return r;
    }

    public void change(LocalDate date, BigDecimal hours, StudyKind kind, String course, LocalDate today) {
        apply(date, hours, kind, course, today);
    }

    private void apply(LocalDate date, BigDecimal hours, StudyKind kind, String course, LocalDate today) {
        this.date = Dates.happened(date, today, "date");
        this.hours = checkHours(hours);
        if (kind == null) {
            throw DomainException.onField("kind", "common.required");
        }
        this.kind = kind;
        this.course = Dates.text(course, 200, "course", true);
    }

    /** Hours are half-hour steps from 0.5 to 12. */
    public static BigDecimal checkHours(BigDecimal hours) {
        if (hours == null) {
            throw DomainException.onField("hours", "common.required");
        }
        if (hours.compareTo(HALF) < 0 || hours.compareTo(BigDecimal.valueOf(MAX_HOURS_A_DAY)) > 0) {
            throw DomainException.onField("hours", "study.hours.range", MAX_HOURS_A_DAY);
        }
        if (hours.remainder(HALF).signum() != 0) {
            throw DomainException.onField("hours", "study.hours.half-steps");
        }
        return hours.setScale(1);
    }
}
