package cn.jinan.care.domain.oldmember;

import cn.jinan.care.domain.shared.BaseEntity;
import cn.jinan.care.domain.shared.Dates;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.FundingSource;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/**
 * The monthly living subsidy decided for a year (第26条 按时足额发放) and where the money comes from. A year without a
 * decided standard is projected from the last decided one by the yearly raise ({@link SubsidyStandards}).
 */
@Entity
@Table(name = "old_member_subsidy_standard")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class SubsidyStandard extends BaseEntity {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    @Column(name = "subsidy_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "monthly_amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal monthlyAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", nullable = false, length = 20)
    private FundingSource fundingSource;

    @Column(length = 500)
    private String note;

    public static SubsidyStandard decide(int year, BigDecimal monthlyAmount, FundingSource fundingSource,
            String note) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw DomainException.onField("year", "oldmember.standard.year-range", FIRST_YEAR, LAST_YEAR);
        }
        SubsidyStandard s = new SubsidyStandard();
        s.year = year;
        s.change(monthlyAmount, fundingSource, note);
        return s;
    }

    public void change(BigDecimal monthlyAmount, FundingSource fundingSource, String note) {
        this.monthlyAmount = Amounts.positive(monthlyAmount, "monthlyAmount");
        if (fundingSource == null) {
            throw DomainException.onField("fundingSource", "oldmember.funding.required");
        }
        this.fundingSource = fundingSource;
        this.note = Dates.text(note, 500, "note", false);
    }
}
