package cn.jinan.care.domain.casualty;

import cn.jinan.care.domain.policy.RequiredAction;
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
 * A follow-up of a casualty's family, or of a member disabled on duty (第28条: 定期跟踪走访, 帮助解决实际问题): when, by whom,
 * what was found and the help given. Money given always says where it came from.
 */
@Entity
@Table(name = "casualty_follow_up")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CasualtyFollowUp extends BaseEntity {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "casualty_case_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private CasualtyCase casualtyCase;

    @Column(name = "follow_up_date", nullable = false)
    private LocalDate date;

    @Column(name = "by_whom", nullable = false, length = 200)
    private String byWhom;

    @Column(nullable = false, length = 2000)
    private String findings;

    @Enumerated(EnumType.STRING)
    @Column(name = "help_kind", length = 20)
    private HelpKind helpKind;

    @Column(name = "help_given", length = 1000)
    private String helpGiven;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    @Column(name = "funding_source", length = 20)
    private FundingSource fundingSource;

    /** A follow-up of an open case, dated on or after the death or disablement and not in the future. */
    public static CasualtyFollowUp log(CasualtyCase casualtyCase, FollowUpDetails details, LocalDate today) {
        casualtyCase.requireOpen();
        CasualtyFollowUp f = new CasualtyFollowUp();
        f.casualtyCase = casualtyCase;
        f.date = Dates.happened(details.date(), today, "date");
        if (f.date.isBefore(casualtyCase.getEventDate())) {
            throw DomainException.onField("date", "casualty.follow-up.before-event");
        }
        f.byWhom = Dates.text(details.byWhom(), 200, "byWhom", true);
        f.findings = Dates.text(details.findings(), 2000, "findings", true);
        f.helpKind = details.helpKind();
        f.helpGiven = Dates.text(details.helpGiven(), 1000, "helpGiven", false);
        if (f.helpGiven != null && f.helpKind == null) {
            throw DomainException.onField("helpKind", "casualty.help-kind.required");
        }
        f.amount = amount(details.amount());
        if (f.amount.signum() > 0) {
            if (f.helpKind == null) {
                throw DomainException.onField("helpKind", "casualty.help-kind.required");
            }
            if (details.fundingSource() == null) {
                throw DomainException.onField("fundingSource", "casualty.funding-source.required");
            }
            f.fundingSource = details.fundingSource();
        }
        return f;
    }

    /** What the follow-up answers: the family follow-up of a death on duty; nothing for a disablement. */
    public Optional<RequiredAction> fulfils() {
        return casualtyCase.getKind().familyFollowedUp() ? Optional.of(RequiredAction.FAMILY_FOLLOW_UP)
                : Optional.empty();
    }

    private static BigDecimal amount(BigDecimal value) {
        if (value == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (value.signum() < 0) {
            throw DomainException.onField("amount", "amount.negative");
        }
        if (value.compareTo(MAX_AMOUNT) >= 0 || value.stripTrailingZeros().scale() > 2) {
            throw DomainException.onField("amount", "amount.invalid");
        }
        return value.setScale(2);
    }
}
