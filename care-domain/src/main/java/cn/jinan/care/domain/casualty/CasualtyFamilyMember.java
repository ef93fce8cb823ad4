package cn.jinan.care.domain.casualty;

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
 * One person of a casualty's family (第28条: 逐人建档, 掌握其父母和配偶、子女的经济来源以及养老就医、入学就业等情况): relation, name,
 * birth year, income source, pension, medical situation and schooling or employment needs.
 */
@Entity
@Table(name = "casualty_family_member")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CasualtyFamilyMember extends BaseEntity {

    private static final int FIRST_BIRTH_YEAR = 1900;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "casualty_case_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private CasualtyCase casualtyCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FamilyRelation relation;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(name = "birth_year")
    private Integer birthYear;

    @Column(name = "income_source", length = 500)
    private String incomeSource;

    @Column(length = 500)
    private String pension;

    @Column(length = 500)
    private String medical;

    @Column(name = "schooling_employment", length = 500)
    private String schoolingOrEmployment;

    public static CasualtyFamilyMember add(CasualtyCase casualtyCase, FamilyMemberDetails details, LocalDate today) {
        casualtyCase.requireOpen();
        CasualtyFamilyMember f = new CasualtyFamilyMember();
        f.casualtyCase = casualtyCase;
        f.apply(details, today);
        return f;
    }

    public void change(FamilyMemberDetails details, LocalDate today) {
        casualtyCase.requireOpen();
        apply(details, today);
    }

    /** Age reached in the given year, if the birth year is known. */
    public Integer ageIn(int year) {
        return birthYear == null ? null : year - birthYear;
    }

    private void apply(FamilyMemberDetails d, LocalDate today) {
        if (d.relation() == null) {
            throw DomainException.onField("relation", "common.required");
        }
        if (d.birthYear() != null && (d.birthYear() < FIRST_BIRTH_YEAR || d.birthYear() > today.getYear())) {
            throw DomainException.onField("birthYear", "casualty.family.birth-year.range", FIRST_BIRTH_YEAR,
                    today.getYear());
        }
        this.relation = d.relation();
        this.name = Dates.text(d.name(), 50, "name", true);
        this.birthYear = d.birthYear();
        this.incomeSource = Dates.text(d.incomeSource(), 500, "incomeSource", false);
        this.pension = Dates.text(d.pension(), 500, "pension", false);
        this.medical = Dates.text(d.medical(), 500, "medical", false);
        this.schoolingOrEmployment = Dates.text(d.schoolingOrEmployment(), 500, "schoolingOrEmployment", false);
    }
}
