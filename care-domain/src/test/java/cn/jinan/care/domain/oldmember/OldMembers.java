package cn.jinan.care.domain.oldmember;

import static cn.jinan.care.domain.shared.Entities.withId;

import cn.jinan.care.domain.member.DelegateLevel;
import cn.jinan.care.domain.member.Household;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberCategory;
import cn.jinan.care.domain.member.MemberFlags;
import cn.jinan.care.domain.member.MemberProfile;
import cn.jinan.care.domain.member.Members;
import cn.jinan.care.domain.shared.IdCards;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** Old members for the subsidy tests: born 1925, admitted on the day given, of a household, with or without pension. */
final class OldMembers {

    private static final AtomicLong IDS = new AtomicLong(5000);

    private OldMembers() {
    }

    static Member member(LocalDate admitted, Household household, boolean withoutPension) {
        LocalDate birth = LocalDate.of(1925, 5, 4);
        MemberProfile profile = new MemberProfile("李老", null, "汉族", IdCards.male(birth), birth, null, admitted,
                admitted.plusYears(1), MemberCategory.FULL,
                new MemberFlags(false, false, household, false, withoutPension, DelegateLevel.NONE, false));
        return withId(Member.create(Members.branchOfMembers(), profile, Members.TODAY), IDS.incrementAndGet());
    }

    static Member rural(LocalDate admitted) {
        return member(admitted, Household.RURAL, false);
    }
}
