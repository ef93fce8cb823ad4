package cn.jinan.care.domain.health;

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
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** A follow-up of a health check's major-risk finding (第22条): it fulfils the HEALTH_FOLLOW_UP obligation. */
@Entity
@Table(name = "health_follow_up")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class HealthFollowUp extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "health_check_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private HealthCheck check;

    @Column(name = "follow_up_date", nullable = false)
    private LocalDate date;

    @Column(name = "followed_up_by", nullable = false, length = 100)
    private String byWhom;

    @Column(length = 2000)
    private String notes;

    public static HealthFollowUp log(HealthCheck check, LocalDate date, String byWhom, String notes, LocalDate today) {
        HealthFollowUp f = new HealthFollowUp();
        f.check = check;
        f.date = Dates.happened(date, today, "date");
        if (f.date.isBefore(check.getDate())) {
            throw DomainException.onField("date", "health.follow-up.before-check");
        }
        f.byWhom = Dates.text(byWhom, 100, "byWhom", true);
        f.notes = Dates.text(notes, 2000, "notes", false);
        return f;
    }
}
