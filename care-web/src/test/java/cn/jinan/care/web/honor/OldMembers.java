package cn.jinan.care.web.honor;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberCategory;
import cn.jinan.care.domain.member.MemberFlags;
import cn.jinan.care.domain.member.MemberProfile;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.IdCardNumber;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.IdNumbers;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Fresh members with a chosen full-membership date, for the medal's pages. */
@Component
class OldMembers {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Autowired
    private MemberService members;
    @Autowired
    private Demo demo;

    /** A full member of the organization with this code since {@code fullMemberDate}, admitted a year before. */
    Member fullSince(String orgCode, LocalDate fullMemberDate) {
        int n = COUNTER.incrementAndGet();
        LocalDate birth = fullMemberDate.minusYears(25).plusDays(n);
        MemberProfile profile = new MemberProfile("获章候选" + n + "号", null, "汉族", IdCardNumber.of(IdNumbers.of(birth, true)),
                null, null, fullMemberDate.minusYears(1), fullMemberDate, MemberCategory.FULL, MemberFlags.none());
        Member[] made = new Member[1];
        AuditActor.runAs("test", () -> made[0] = members.create(DataScope.of(demo.org(orgCode)),
                demo.org(orgCode).getId(), profile));
        return made[0];
    }
}
