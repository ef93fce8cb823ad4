package cn.jinan.care.web.support;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberCategory;
import cn.jinan.care.domain.member.MemberFlags;
import cn.jinan.care.domain.member.MemberProfile;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.IdCardNumber;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.scope.DataScope;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Fresh members for tests that change a member's records, so that tests never step on each other's data. */
@Component
public class Records {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Autowired
    private MemberService members;
    @Autowired
    private Demo demo;

    /** A new full member of the organization with this code, with the given flags. */
    public Member newMember(String orgCode, MemberFlags flags) {
        int n = COUNTER.incrementAndGet();
        // born on one of the 7,801 days from 1960 to 1981 (13 steps through them all before one repeats), so every
        // member is over 18 when admitted in 2000 and no birth date repeats however many the tests of one JVM make
        return create(orgCode, n, LocalDate.of(1960, 1, 1).plusDays(n * 13L % 7801), LocalDate.of(2001, 7, 1), flags);
    }

    /** A new full member of the organization with this code since {@code fullMemberDate}, admitted a year before. */
    public Member newMember(String orgCode, LocalDate fullMemberDate) {
        int n = COUNTER.incrementAndGet();
        return create(orgCode, n, fullMemberDate.minusYears(25).plusDays(n), fullMemberDate, MemberFlags.none());
    }

    private Member create(String orgCode, int n, LocalDate birth, LocalDate fullMemberDate, MemberFlags flags) {
        String idNumber = IdNumbers.of(birth, n % 2 == 1);
        MemberProfile profile = new MemberProfile("测试党员" + n, null, "汉族", IdCardNumber.of(idNumber), null,
                null, fullMemberDate.minusYears(1), fullMemberDate, MemberCategory.FULL, flags);
        Member[] made = new Member[1];
        AuditActor.runAs("test", () -> made[0] = members.create(DataScope.of(demo.org(orgCode)),
                demo.org(orgCode).getId(), profile));
        return made[0];
    }

    public Member newMember(String orgCode) {
        return newMember(orgCode, MemberFlags.none());
    }
}
