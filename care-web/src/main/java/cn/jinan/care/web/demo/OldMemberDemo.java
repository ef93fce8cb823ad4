package cn.jinan.care.web.demo;

import cn.jinan.care.domain.member.DelegateLevel;
import cn.jinan.care.domain.member.Household;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberCategory;
import cn.jinan.care.domain.member.MemberFlags;
import cn.jinan.care.domain.member.MemberProfile;
import cn.jinan.care.domain.oldmember.PaymentDetails;
import cn.jinan.care.domain.oldmember.SubsidyEligibility;
import cn.jinan.care.domain.oldmember.SubsidyPayment;
import cn.jinan.care.domain.oldmember.SubsidyPeriod;
import cn.jinan.care.domain.oldmember.SubsidyStandard;
import cn.jinan.care.domain.oldmember.YearStandard;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.domain.shared.Gender;
import cn.jinan.care.domain.shared.IdCardNumber;
import cn.jinan.care.persistence.member.MemberRepository;
import cn.jinan.care.persistence.oldmember.OldMemberVisitPlanner;
import cn.jinan.care.persistence.oldmember.SubsidyPaymentRepository;
import cn.jinan.care.persistence.oldmember.SubsidyService;
import cn.jinan.care.persistence.oldmember.SubsidyStandardRepository;
import cn.jinan.care.persistence.organization.OrganizationRepository;
import cn.jinan.care.persistence.policy.ParameterService;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * Demo data of the old members' register (第26条): last year's decided standard (this year's is projected by the
 * raise), two old members of the first demo branch with the subsidy, payments that leave some months unpaid, and
 * the home visits the planner opens for the very old.
 */
@Component
@RequiredArgsConstructor
class OldMemberDemo {

    private final OrganizationRepository organizations;
    private final MemberRepository members;
    private final SubsidyStandardRepository standards;
    private final SubsidyPaymentRepository payments;
    private final SubsidyService subsidies;
    private final ParameterService parameters;
    private final OldMemberVisitPlanner planner;
    private final EntityManager entityManager;

    void load(List<Member> all, LocalDate today) {
        int year = today.getYear();
        standards.save(SubsidyStandard.decide(year - 1, new BigDecimal("600"), FundingSource.BUDGET,
                "市委组织部核定（演示数据）"));
        Organization branch = organizations.findByCode("JN010101").orElseThrow();
        Member urban = members.save(Member.create(branch, profile("王秀英", LocalDate.of(1926, 8, 12), Gender.FEMALE,
                LocalDate.of(1947, 3, 1), Household.URBAN, true), today));
        Member rural = members.save(Member.create(branch, profile("刘德顺", LocalDate.of(1928, 2, 3), Gender.MALE,
                LocalDate.of(1948, 11, 15), Household.RURAL, false), today));
        entityManager.flush();
        YearStandard standard = subsidies.standardOf(year).orElseThrow();
        YearMonth now = YearMonth.from(today);
        // the urban member is paid by the quarter up to the last full quarter; the rural one for January only
        for (int q = 1; q * 3 <= now.getMonthValue() - 1; q++) {
            pay(urban, SubsidyPeriod.quarter(year, q), standard, today, "按季度发放");
        }
        pay(rural, SubsidyPeriod.month(YearMonth.of(year, 1)), standard, today, "本人领取");
        // half of the generated members admitted before 1949 had January paid
        int n = 0;
        for (Member m : all) {
            if (m.isActive() && SubsidyEligibility.of(m, year, parameters).isPresent() && n++ % 2 == 0) {
                pay(m, SubsidyPeriod.month(YearMonth.of(year, 1)), standard, today, null);
            }
        }
        planner.plan(today);
    }

    private void pay(Member member, SubsidyPeriod period, YearStandard standard, LocalDate today, String note) {
        LocalDate paidOn = period.end().atEndOfMonth().isAfter(today) ? today : period.end().atDay(10);
        payments.save(SubsidyPayment.pay(member, new PaymentDetails(period, standard.amountFor(period),
                standard.fundingSource(), paidOn, note), today));
    }

    private MemberProfile profile(String name, LocalDate birth, Gender gender, LocalDate admitted,
            Household household, boolean withoutPension) {
        return new MemberProfile(name, gender, "汉族", freeIdNumber(birth, gender), birth, null, admitted,
                admitted.plusYears(1), MemberCategory.FULL,
                new MemberFlags(false, false, household, false, withoutPension, DelegateLevel.NONE, false));
    }

    /** An identity number of Lixia district with this birth date that no member has. */
    private IdCardNumber freeIdNumber(LocalDate birth, Gender gender) {
        String prefix = "370102" + birth.toString().replace("-", "");
        for (int seq = 990; seq < 999; seq++) {
            int s = gender == Gender.MALE ? (seq % 2 == 1 ? seq : seq + 1) : (seq % 2 == 0 ? seq : seq + 1);
            String first17 = prefix + String.format("%03d", s % 1000);
            IdCardNumber id = IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17));
            Long used = entityManager.createQuery("select count(m) from Member m where m.idNumber = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            if (used == 0) {
                return id;
            }
        }
        throw new IllegalStateException("no free identity number for " + birth);
    }
}
