package cn.jinan.care.domain.activity;

import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.BaseEntity;
import cn.jinan.care.domain.shared.Dates;
import cn.jinan.care.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * An organization's training plan for a year (第13条: 市、区县每年制定教育培训计划): the sessions and hours it plans;
 * what it actually held comes from its study activities of that year. One plan per organization and year.
 */
@Entity
@Table(name = "training_plan")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class TrainingPlan extends BaseEntity {

    public static final int FIRST_YEAR = 2019;
    public static final int LAST_YEAR = 2100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Organization organization;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(name = "planned_sessions", nullable = false)
    private int plannedSessions;

    @Column(name = "planned_hours", nullable = false, precision = 7, scale = 1)
    private BigDecimal plannedHours;

    @Column(length = 2000)
    private String topics;

    public static TrainingPlan of(Organization organization, int year, Integer plannedSessions,
            BigDecimal plannedHours, String topics) {
        if (organization == null) {
            throw DomainException.onField("organizationId", "activity.organizer.required");
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw DomainException.onField("year", "plan.year.range", FIRST_YEAR, LAST_YEAR);
        }
        TrainingPlan plan = new TrainingPlan();
        plan.organization = organization;
        plan.year = year;
        plan.change(plannedSessions, plannedHours, topics);
        return plan;
    }

    /** Changes what is planned; the organization and year stay. */
    public void change(Integer sessions, BigDecimal hours, String topics) {
        if (sessions == null) {
            throw DomainException.onField("plannedSessions", "common.required");
        }
        if (sessions < 0) {
            throw DomainException.onField("plannedSessions", "plan.negative");
        }
        if (hours == null) {
            throw DomainException.onField("plannedHours", "common.required");
        }
        if (hours.signum() < 0) {
            throw DomainException.onField("plannedHours", "plan.negative");
        }
        if (hours.stripTrailingZeros().scale() > 1 || hours.compareTo(new BigDecimal("999999")) > 0) {
            throw DomainException.onField("plannedHours", "plan.hours.format");
        }
        this.plannedSessions = sessions;
        this.plannedHours = hours.setScale(1, java.math.RoundingMode.UNNECESSARY);
        this.topics = Dates.text(topics, 2000, "topics", false);
    }
}
