package cn.jinan.care.domain.delegate;

import static cn.jinan.care.domain.shared.Entities.withId;

import cn.jinan.care.domain.member.DelegateLevel;
import cn.jinan.care.domain.member.Household;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberCategory;
import cn.jinan.care.domain.member.MemberFlags;
import cn.jinan.care.domain.member.MemberProfile;
import cn.jinan.care.domain.organization.OrgLevel;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.Gender;
import cn.jinan.care.domain.shared.IdCards;
import java.time.LocalDate;

/** Members of a branch, delegates or not, for the tests of secondments, suggestions and delegates' proposals. */
public final class Delegates {

    public static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static long nextId = 100;

    private Delegates() {
    }

    public static Organization branch() {
        Organization root = withId(Organization.root("3701", "中共济南市委"), 1);
        root.assignPath();
        Organization branch = withId(Organization.under(root, "370101", "第一支部", OrgLevel.BRANCH, 0), 2);
        branch.assignPath();
        return branch;
    }

    public static Member member(String name, DelegateLevel level) {
        LocalDate birth = LocalDate.of(1970, 3, 4);
        MemberFlags flags = new MemberFlags(false, false, Household.URBAN, false, false, level, false);
        MemberProfile profile = new MemberProfile(name, Gender.MALE, "汉族", IdCards.male(birth), birth, null,
                LocalDate.of(1995, 7, 1), LocalDate.of(1996, 7, 1), MemberCategory.FULL, flags);
        return withId(Member.create(branch(), profile, TODAY), nextId++);
    }

    public static Member delegate(String name) {
        return member(name, DelegateLevel.COUNTY);
    }
}
