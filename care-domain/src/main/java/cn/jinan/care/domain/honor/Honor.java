package cn.jinan.care.domain.honor;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
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
 * An honor (表彰, 第9、10条) given to a member or to an organization: what, for which year, at which level, by whom
 * and under which document, and the material reward with where its money came from. The holder and the kind's side
 * (member or organization) are fixed once recorded; the 50-year medal is made only by {@link #medal}.
 */
@Entity
@Table(name = "honor")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Honor extends BaseEntity {

    /** The earliest year an honor can be for: the party's founding. */
    public static final int FIRST_YEAR = 1921;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private HonorKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Organization organization;

    @Column(name = "honor_year", nullable = false)
    private int year;

    @Column(length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "award_level", nullable = false, length = 20)
    private AwardLevel level;

    @Column(name = "awarded_on", nullable = false)
    private LocalDate awardedOn;

    @Column(name = "awarding_body", nullable = false, length = 100)
    private String awardingBody;

    @Column(name = "document_number", length = 100)
    private String documentNumber;

    @Column(name = "reward_amount", precision = 12, scale = 2)
    private BigDecimal rewardAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", length = 20)
    private FundingSource fundingSource;

    @Column(length = 1000)
    private String notes;

    /** An honor of a member; the medal is not given here (see {@link #medal}). */
    public static Honor forMember(Member member, HonorDetails details, LocalDate today) {
        if (member == null) {
            throw DomainException.onField("memberId", "honor.member.required");
        }
        if (details.kind() == null || !details.kind().forMember() || details.kind() == HonorKind.MEDAL_50) {
            throw DomainException.onField("kind", "honor.kind.not-for-member");
        }
        Honor honor = new Honor();
        honor.member = member;
        honor.apply(details, today);
        return honor;
    }

    public static Honor forOrganization(Organization organization, HonorDetails details, LocalDate today) {
        if (organization == null) {
            throw DomainException.onField("organizationId", "honor.organization.required");
        }
        if (details.kind() == null || details.kind().forMember()) {
            throw DomainException.onField("kind", "honor.kind.not-for-organization");
        }
        Honor honor = new Honor();
        honor.organization = organization;
        honor.apply(details, today);
        return honor;
    }

    /**
     * The "光荣在党50年" medal of a year's 七一 (R09-MEDAL-50). Whether the member is due it is the medal rule's
     * question, asked by the caller; the medal is awarded at the national level (中共中央颁发).
     */
    public static Honor medal(Member member, int year, LocalDate awardedOn, String awardingBody,
            String documentNumber, LocalDate today) {
        Honor honor = new Honor();
        honor.member = member;
        honor.apply(new HonorDetails(HonorKind.MEDAL_50, year, null, AwardLevel.NATIONAL, awardedOn, awardingBody,
                documentNumber, null, null, null), today);
        return honor;
    }

    /** Corrects what was recorded; the holder stays, and the kind stays on its side (member or organization). */
    public void change(HonorDetails details, LocalDate today) {
        if (details.kind() == null || details.kind().forMember() != kind.forMember()
                || (details.kind() == HonorKind.MEDAL_50) != (kind == HonorKind.MEDAL_50)) {
            throw DomainException.onField("kind", "honor.kind.fixed");
        }
        apply(details, today);
    }

    public boolean isMedal() {
        return kind == HonorKind.MEDAL_50;
    }

    /** The organization the honor belongs to in the tree: the member's for a member's honor. */
    public Organization holderOrganization() {
        return member != null ? member.getOrganization() : organization;
    }

    private void apply(HonorDetails d, LocalDate today) {
        LocalDate on = Dates.happened(d.awardedOn(), today, "awardedOn");
        if (d.year() == null) {
            throw DomainException.onField("year", "common.required");
        }
        if (d.year() < FIRST_YEAR || d.year() > on.getYear()) {
            throw DomainException.onField("year", "honor.year.range", FIRST_YEAR);
        }
        if (d.level() == null) {
            throw DomainException.onField("level", "common.required");
        }
        String t = Dates.text(d.title(), 200, "title", d.kind().titleRequired());
        BigDecimal amount = d.rewardAmount();
        if (amount != null && amount.signum() < 0) {
            throw DomainException.onField("rewardAmount", "honor.reward.negative");
        }
        if (amount != null && amount.stripTrailingZeros().scale() > 2) {
            throw DomainException.onField("rewardAmount", "honor.reward.cents");
        }
        boolean paid = amount != null && amount.signum() > 0;
        if (paid && d.fundingSource() == null) {
            throw DomainException.onField("fundingSource", "honor.funding.required");
        }
        this.kind = d.kind();
        this.year = d.year();
        this.title = t;
        this.level = d.level();
        this.awardedOn = on;
        this.awardingBody = Dates.text(d.awardingBody(), 100, "awardingBody", true);
        this.documentNumber = Dates.text(d.documentNumber(), 100, "documentNumber", false);
        this.rewardAmount = amount == null ? null : amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
        this.fundingSource = paid ? d.fundingSource() : null;
        this.notes = Dates.text(d.notes(), 1000, "notes", false);
    }
}
