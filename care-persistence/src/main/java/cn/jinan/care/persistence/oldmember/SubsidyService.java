package cn.jinan.care.persistence.oldmember;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.oldmember.Eligibility;
import cn.jinan.care.domain.oldmember.PaymentDetails;
import cn.jinan.care.domain.oldmember.SubsidyEligibility;
import cn.jinan.care.domain.oldmember.SubsidyPayment;
import cn.jinan.care.domain.oldmember.SubsidyPeriod;
import cn.jinan.care.domain.oldmember.SubsidyStandard;
import cn.jinan.care.domain.oldmember.SubsidyStandards;
import cn.jinan.care.domain.oldmember.YearStandard;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.policy.ParameterService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.shared.Submissions;
import cn.jinan.care.persistence.shared.Versions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The living subsidy of old members (第26条): the standard of each year and the payments. A payment is for an
 * eligible member, for months the member is eligible in, and pays no month paid already.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class SubsidyService {

    static final String SUBMISSION_TYPE = "OLD_MEMBER_SUBSIDY";

    private final SubsidyStandardRepository standards;
    private final SubsidyPaymentRepository payments;
    private final MemberService members;
    private final ParameterService parameters;
    private final Submissions submissions;
    private final Clock clock;
    private final OldMemberService oldMembers;

    // ---- standards

    /** The standard of a year: decided, or projected by the yearly raise from the last decided one. */
    public Optional<YearStandard> standardOf(int year) {
        return SubsidyStandards.forYear(year, standards.findAll(), parameters);
    }

    /** The standards of the years from {@code from} to {@code to}, latest first (years without one are left out). */
    public List<YearStandard> standards(int from, int to) {
        List<SubsidyStandard> decided = standards.findAll();
        List<YearStandard> result = new java.util.ArrayList<>();
        for (int y = to; y >= from; y--) {
            SubsidyStandards.forYear(y, decided, parameters).ifPresent(result::add);
        }
        return result;
    }

    public Optional<SubsidyStandard> decided(int year) {
        return standards.findByYear(year);
    }

    /** Decides (or changes) the standard of a year. The caller checks the user may. */
    @Transactional
    public SubsidyStandard decide(int year, Long expectedVersion, BigDecimal monthlyAmount,
            FundingSource fundingSource, String note) {
        Optional<SubsidyStandard> existing = standards.findByYear(year);
        if (existing.isPresent()) {
            SubsidyStandard s = existing.get();
            if (expectedVersion == null) {
                throw DomainException.onField("year", "oldmember.standard.exists");
            }
            Versions.require(s, expectedVersion);
            s.change(monthlyAmount, fundingSource, note);
            return s;
        }
        return standards.save(SubsidyStandard.decide(year, monthlyAmount, fundingSource, note));
    }

    // ---- payments

    /**
     * Records a payment to a member in scope. A resubmitted form (same token) creates nothing and returns the payment
     * the first submit created.
     */
    @Transactional
    public long pay(DataScope scope, UUID token, long memberId, PaymentDetails details) {
        Member member = members.get(scope, memberId);
        Optional<Long> earlier = submissions.claim(token, SUBMISSION_TYPE);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        check(member, details.period(), -1L);
        SubsidyPayment payment = payments.save(SubsidyPayment.pay(member, details, today()));
        submissions.created(token, payment.getId());
        return payment.getId();
    }

    @Transactional
    public SubsidyPayment change(DataScope scope, long id, long expectedVersion, PaymentDetails details) {
        SubsidyPayment payment = get(scope, id);
        Versions.require(payment, expectedVersion);
        check(payment.getMember(), details.period(), id);
        payment.change(details, today());
        return payment;
    }

    /**
     * Pays a period to every eligible member under an organization of the scope (a branch's secretary pays the
     * quarter in one go), at the year's standard. Members with a month of the period paid already are skipped; members
     * eligible for only part of the period are left to a payment of their own.
     */
    @Transactional
    public BatchOutcome payAll(DataScope scope, UUID token, long organizationId, SubsidyPeriod period,
            LocalDate paidOn, FundingSource fundingSource, String note) {
        if (submissions.claim(token, SUBMISSION_TYPE + "_BATCH").isPresent()) {
            return new BatchOutcome(0, 0);
        }
        YearStandard standard = standardOf(period.year())
                .orElseThrow(() -> DomainException.onField("month", "oldmember.standard.missing", period.year()));
        int paid = 0;
        int skipped = 0;
        for (EligibleMember e : oldMembers.eligibleUnder(scope, organizationId, period.year())) {
            if (!e.eligibility().covers(period)) {
                continue;
            }
            if (overlaps(e.member().getId(), period, -1L)) {
                skipped++;
                continue;
            }
            payments.save(SubsidyPayment.pay(e.member(), new PaymentDetails(period, standard.amountFor(period),
                    fundingSource == null ? standard.fundingSource() : fundingSource, paidOn, note), today()));
            paid++;
        }
        return new BatchOutcome(paid, skipped);
    }

    public SubsidyPayment get(DataScope scope, long id) {
        return payments.findInScope(id, scope.likePattern())
                .orElseThrow(() -> new NotFoundException("subsidy payment", id));
    }

    /** Payments whose period starts in a year, under an organization of the scope (or the whole scope). */
    public Page<SubsidyPayment> inScope(DataScope scope, String pathPattern, int year, Pageable pageable) {
        return payments.findInScope(pathPattern == null ? scope.likePattern() : pathPattern,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), pageable);
    }

    public List<SubsidyPayment> forMember(DataScope scope, long memberId) {
        members.get(scope, memberId);
        return payments.findByMember(memberId);
    }

    private void check(Member member, SubsidyPeriod period, long exceptId) {
        if (period == null) {
            throw DomainException.onField("month", "oldmember.period.month-required");
        }
        Optional<Eligibility> eligibility = SubsidyEligibility.of(member, period.year(), parameters);
        if (eligibility.isEmpty() || !eligibility.get().covers(period)) {
            throw DomainException.onField("memberId", "oldmember.payment.not-eligible");
        }
        if (overlaps(member.getId(), period, exceptId)) {
            throw DomainException.onField("month", "oldmember.payment.overlap");
        }
    }

    private boolean overlaps(long memberId, SubsidyPeriod period, long exceptId) {
        return payments.overlaps(memberId, exceptId, period.firstDay(), period.end().plusMonths(1).atDay(1));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
