package cn.jinan.care.domain.indicator;

import cn.jinan.care.domain.organization.Organization;
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
import java.math.RoundingMode;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * One organization's value of one indicator for one year, with the evidence it rests on (documents, lists, photos'
 * whereabouts). For R25 the five smalls are entered one by one and the value is how many are in place.
 */
@Entity
@Table(name = "org_indicator")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class IndicatorEntry extends BaseEntity {

    public static final int FIRST_YEAR = 2019;
    public static final int LAST_YEAR = 2100;
    private static final BigDecimal MAX_PERCENT = new BigDecimal("1000");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Organization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Indicator indicator;

    @Column(name = "indicator_year", nullable = false)
    private int year;

    @Column(name = "entered_value", nullable = false, precision = 7, scale = 1)
    private BigDecimal value;

    private Boolean canteen;
    private Boolean dormitory;
    private Boolean bathroom;
    private Boolean library;
    @Column(name = "activity_room")
    private Boolean activityRoom;

    @Column(nullable = false, length = 2000)
    private String evidence;

    /**
     * An organization's entry. The organization must be of the indicator's level: the city for R14, a street/town for
     * R15, R16 and R25.
     *
     * @param value      the count or percent entered (ignored for R25, whose value is the smalls in place)
     * @param fiveSmalls the five smalls (R25 only)
     */
    public static IndicatorEntry enter(Organization organization, Indicator indicator, Integer year,
            BigDecimal value, FiveSmalls fiveSmalls, String evidence) {
        if (indicator == null) {
            throw DomainException.onField("indicator", "common.required");
        }
        if (organization == null) {
            throw DomainException.onField("organizationId", "indicator.organization.required");
        }
        if (organization.getLevel() != indicator.level()) {
            throw DomainException.onField("organizationId", "indicator.organization.level");
        }
        if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
            throw DomainException.onField("year", "indicator.year.range", FIRST_YEAR, LAST_YEAR);
        }
        IndicatorEntry e = new IndicatorEntry();
        e.organization = organization;
        e.indicator = indicator;
        e.year = year;
        e.change(value, fiveSmalls, evidence);
        return e;
    }

    /** Corrects the value and evidence; organization, indicator and year stay. */
    public void change(BigDecimal value, FiveSmalls fiveSmalls, String evidence) {
        if (indicator == Indicator.R25) {
            if (fiveSmalls == null) {
                throw DomainException.onField("canteen", "common.required");
            }
            this.canteen = fiveSmalls.canteen();
            this.dormitory = fiveSmalls.dormitory();
            this.bathroom = fiveSmalls.bathroom();
            this.library = fiveSmalls.library();
            this.activityRoom = fiveSmalls.activityRoom();
            this.value = BigDecimal.valueOf(fiveSmalls.inPlace()).setScale(1);
        } else {
            this.value = checkValue(value);
        }
        this.evidence = Dates.text(evidence, 2000, "evidence", true);
    }

    private BigDecimal checkValue(BigDecimal v) {
        if (v == null) {
            throw DomainException.onField("value", "common.required");
        }
        if (indicator.isPercent()) {
            // R15: percent above the municipal level; below it is negative
            if (v.stripTrailingZeros().scale() > 1) {
                throw DomainException.onField("value", "indicator.value.one-decimal");
            }
            if (v.abs().compareTo(MAX_PERCENT) > 0 || v.compareTo(BigDecimal.valueOf(-100)) < 0) {
                throw DomainException.onField("value", "indicator.value.percent-range");
            }
            return v.setScale(1, RoundingMode.UNNECESSARY);
        }
        if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0) {
            throw DomainException.onField("value", "indicator.value.whole");
        }
        if (v.compareTo(BigDecimal.valueOf(100000)) >= 0) {
            throw DomainException.onField("value", "indicator.value.whole");
        }
        return v.setScale(1, RoundingMode.UNNECESSARY);
    }

    /** The smalls entered, for R25. */
    public FiveSmalls fiveSmalls() {
        return indicator != Indicator.R25 ? null : new FiveSmalls(Boolean.TRUE.equals(canteen),
                Boolean.TRUE.equals(dormitory), Boolean.TRUE.equals(bathroom), Boolean.TRUE.equals(library),
                Boolean.TRUE.equals(activityRoom));
    }

    /** The value as people read it: a whole count, or a percent with one decimal. */
    public BigDecimal displayValue() {
        return indicator.isPercent() ? value : value.setScale(0, RoundingMode.UNNECESSARY);
    }
}
