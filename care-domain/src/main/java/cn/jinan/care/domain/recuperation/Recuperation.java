package cn.jinan.care.domain.recuperation;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.domain.policy.Parameters;
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
 * A recuperation stay (疗休养, 第21条). 第21条: the stay lasts 5 to 7 working days (parameters in force on its first
 * day), counted on the holiday calendar, and is not annual leave: the record says so and the database refuses
 * anything else. Any cost says where the money came from.
 */
@Entity
@Table(name = "recuperation")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Recuperation extends BaseEntity {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member member;

    @Column(nullable = false, length = 100)
    private String place;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "working_days", nullable = false)
    private int workingDays;

    @Column(length = 100)
    private String escort;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal cost = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", length = 20)
    private FundingSource fundingSource;

    @Column(length = 1000)
    private String notes;

    // 第21条: 疗休养 never counts against annual leave; there is no way to set it
    @Column(name = "counts_as_annual_leave", nullable = false, updatable = false)
    private boolean countsAsAnnualLeave = false;

    public static Recuperation log(Member member, RecuperationDetails details, HolidayCalendar calendar,
            Parameters parameters) {
        Recuperation recuperation = new Recuperation();
        recuperation.member = member;
        recuperation.apply(details, calendar, parameters);
        return recuperation;
    }

    public void change(RecuperationDetails details, HolidayCalendar calendar, Parameters parameters) {
        apply(details, calendar, parameters);
    }

    public WorkingDayRange range() {
        return new WorkingDayRange(startDate, endDate);
    }

    /**
     * The working days of a stay, checked against the limits in force on its first day. Refused with the count when
     * outside them, or when the calendar does not know a year the stay touches.
     */
    public static int checkedWorkingDays(WorkingDayRange range, HolidayCalendar calendar, Parameters parameters) {
        for (int year : range.years()) {
            if (!calendar.covers(year)) {
                throw DomainException.onField("startDate", "recuperation.calendar.missing", String.valueOf(year));
            }
        }
        int days = range.workingDays(calendar);
        int min = parameters.intValueOn(ParameterKey.RECUPERATION_MIN_WORKING_DAYS, range.start());
        int max = parameters.intValueOn(ParameterKey.RECUPERATION_MAX_WORKING_DAYS, range.start());
        if (days < min || days > max) {
            throw DomainException.onField("endDate", "recuperation.working-days.out-of-range", days, min, max);
        }
        return days;
    }

    private void apply(RecuperationDetails d, HolidayCalendar calendar, Parameters parameters) {
        this.place = Dates.text(d.place(), 100, "place", true);
        WorkingDayRange range = new WorkingDayRange(d.startDate(), d.endDate());
        this.workingDays = checkedWorkingDays(range, calendar, parameters);
        this.startDate = range.start();
        this.endDate = range.end();
        this.escort = Dates.text(d.escort(), 100, "escort", false);
        this.cost = amount(d.cost());
        if (this.cost.signum() > 0 && d.fundingSource() == null) {
            throw DomainException.onField("fundingSource", "recuperation.funding-source.required");
        }
        this.fundingSource = d.fundingSource();
        this.notes = Dates.text(d.notes(), 1000, "notes", false);
    }

    private static BigDecimal amount(BigDecimal value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (value.signum() < 0) {
            throw DomainException.onField("cost", "recuperation.cost.negative");
        }
        if (value.compareTo(MAX_AMOUNT) >= 0 || value.stripTrailingZeros().scale() > 2) {
            throw DomainException.onField("cost", "recuperation.cost.invalid");
        }
        return value;
    }
}
