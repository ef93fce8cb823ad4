package cn.jinan.care.domain.activity;

import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.BaseEntity;
import cn.jinan.care.domain.shared.Dates;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.training.StudyRecord;
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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * An activity an organization holds for its members (第3、4、13、23条): a training, a party-school class, 送学, a
 * red-education trip or a cultural or sports activity, on one day or several. A study activity gives each participant
 * {@link #getHoursPerDay() hours} on each of its days; once those hours are posted the activity's kind, title, days
 * and hours stay as posted (the study records carry them).
 */
@Entity
@Table(name = "org_activity")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Activity extends BaseEntity {

    /** The most days one activity spans (a longer course is recorded as several). */
    public static final int MAX_DAYS = 31;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ActivityKind kind;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(length = 200)
    private String site;

    @Column(name = "free_shuttle", nullable = false)
    private boolean freeShuttle;

    @Column(name = "hours_per_day", precision = 4, scale = 1)
    private BigDecimal hoursPerDay;

    @Column(length = 1000)
    private String notes;

    public static Activity hold(Organization organizer, ActivityDetails details) {
        if (organizer == null) {
            throw DomainException.onField("organizationId", "activity.organizer.required");
        }
        Activity a = new Activity();
        a.organization = organizer;
        a.apply(details);
        return a;
    }

    /**
     * Corrects the activity; the organizer stays. Once hours are posted, what they were posted as (kind, title, days,
     * hours) stays too.
     */
    public void change(ActivityDetails details, boolean hoursPosted) {
        if (hoursPosted) {
            Activity changed = new Activity();
            changed.apply(details);
            if (changed.kind != kind) {
                throw DomainException.onField("kind", "activity.posted.fixed");
            }
            if (!changed.title.equals(title)) {
                throw DomainException.onField("title", "activity.posted.fixed");
            }
            if (!changed.startDate.equals(startDate) || !changed.endDate.equals(endDate)) {
                throw DomainException.onField("startDate", "activity.posted.fixed");
            }
            if (changed.hoursPerDay.compareTo(hoursPerDay) != 0) {
                throw DomainException.onField("hoursPerDay", "activity.posted.fixed");
            }
        }
        apply(details);
    }

    /** The days the activity's hours are posted on, first to last. */
    public List<LocalDate> days() {
        return startDate.datesUntil(endDate.plusDays(1)).toList();
    }

    /** Study hours the activity gives each participant: hours a day times days, none when it is not study. */
    public BigDecimal hoursEach() {
        return hoursPerDay == null ? BigDecimal.ZERO : hoursPerDay.multiply(BigDecimal.valueOf(days().size()));
    }

    /** The hours can be posted once the activity is over: a study record is of something that happened. */
    public boolean canPostOn(LocalDate today) {
        return kind.isStudy() && !endDate.isAfter(today);
    }

    private void apply(ActivityDetails d) {
        if (d.kind() == null) {
            throw DomainException.onField("kind", "common.required");
        }
        String t = Dates.text(d.title(), 200, "title", true);
        if (d.startDate() == null) {
            throw DomainException.onField("startDate", "date.required");
        }
        LocalDate end = d.endDate() == null ? d.startDate() : d.endDate();
        if (end.isBefore(d.startDate())) {
            throw DomainException.onField("endDate", "activity.end.before-start");
        }
        if (ChronoUnit.DAYS.between(d.startDate(), end) + 1 > MAX_DAYS) {
            throw DomainException.onField("endDate", "activity.days.too-many", MAX_DAYS);
        }
        // 第4条: a red-education trip is to a named site
        String s = Dates.text(d.site(), 200, "site", d.kind() == ActivityKind.RED_EDUCATION);
        BigDecimal hours = null;
        if (d.kind().isStudy()) {
            if (d.hoursPerDay() == null) {
                throw DomainException.onField("hoursPerDay", "activity.hours.required");
            }
            try {
                hours = StudyRecord.checkHours(d.hoursPerDay());
            } catch (DomainException e) {
                throw DomainException.onField("hoursPerDay", e.getMessageKey(), e.getArguments());
            }
        } else if (d.hoursPerDay() != null) {
            throw DomainException.onField("hoursPerDay", "activity.hours.not-study");
        }
        this.kind = d.kind();
        this.title = t;
        this.startDate = d.startDate();
        this.endDate = end;
        this.site = s;
        this.freeShuttle = d.freeShuttle();
        this.hoursPerDay = hours;
        this.notes = Dates.text(d.notes(), 1000, "notes", false);
    }

    /** Whether a member of this organization may take part: the organizer's subtree. */
    public boolean isOpenTo(Organization memberOrganization) {
        return Objects.requireNonNull(organization).covers(memberOrganization);
    }
}
