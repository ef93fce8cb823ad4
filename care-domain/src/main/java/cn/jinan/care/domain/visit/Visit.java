package cn.jinan.care.domain.visit;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberStatus;
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
import java.util.Optional;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A visit (走访慰问) to a member, or to the family of a member who has died. Money and goods given cannot be
 * negative, and whatever was given says where it came from.
 */
@Entity
@Table(name = "visit")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Visit extends BaseEntity {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member member;

    @Column(name = "visit_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private VisitKind kind;

    @Column(nullable = false, length = 200)
    private String visitors;

    @Column(name = "family_visited", nullable = false)
    private boolean familyVisited;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal money = BigDecimal.ZERO;

    @Column(length = 200)
    private String goods;

    @Column(name = "goods_value", nullable = false, precision = 12, scale = 2)
    private BigDecimal goodsValue = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", length = 20)
    private FundingSource fundingSource;

    @Column(length = 1000)
    private String notes;

    public static Visit log(Member member, VisitDetails details, LocalDate today) {
        Visit visit = new Visit();
        visit.member = member;
        visit.apply(details, today);
        return visit;
    }

    public void change(VisitDetails details, LocalDate today) {
        apply(details, today);
    }

    private void apply(VisitDetails d, LocalDate today) {
        if (d.kind() == null) {
            throw DomainException.onField("kind", "common.required");
        }
        this.date = Dates.happened(d.date(), today, "date");
        this.kind = d.kind();
        this.visitors = Dates.text(d.visitors(), 200, "visitors", true);
        this.money = amount(d.money(), "money");
        this.goods = Dates.text(d.goods(), 200, "goods", false);
        this.goodsValue = amount(d.goodsValue(), "goodsValue");
        if (this.goods == null && this.goodsValue.signum() > 0) {
            throw DomainException.onField("goods", "visit.goods.required-with-value");
        }
        boolean gave = this.money.signum() > 0 || this.goodsValue.signum() > 0;
        if (gave && d.fundingSource() == null) {
            throw DomainException.onField("fundingSource", "visit.funding-source.required");
        }
        this.fundingSource = d.fundingSource();
        // a condolence goes to the family; so does any visit after the member's death
        this.familyVisited = d.familyVisited() || d.kind().toFamily()
                || member.getStatus() == MemberStatus.DECEASED;
        this.notes = Dates.text(d.notes(), 1000, "notes", false);
    }

    private static BigDecimal amount(BigDecimal value, String field) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (value.signum() < 0) {
            throw DomainException.onField(field, "amount.negative");
        }
        if (value.compareTo(MAX_AMOUNT) >= 0 || value.scale() > 2) {
            throw DomainException.onField(field, "amount.invalid");
        }
        return value;
    }

    public Optional<cn.jinan.care.domain.policy.RequiredAction> fulfils() {
        return kind.fulfils();
    }

    public BigDecimal totalValue() {
        return money.add(goodsValue);
    }
}
