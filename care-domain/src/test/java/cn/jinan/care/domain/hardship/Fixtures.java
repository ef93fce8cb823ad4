package cn.jinan.care.domain.hardship;

import static cn.jinan.care.domain.shared.Entities.withId;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberCategory;
import cn.jinan.care.domain.member.MemberFlags;
import cn.jinan.care.domain.member.MemberProfile;
import cn.jinan.care.domain.organization.OrgLevel;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.Gender;
import cn.jinan.care.domain.shared.IdCards;
import java.time.LocalDate;
import java.util.EnumSet;

/** A branch, a member and an open hardship record for the hardship tests. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final LocalDate SINCE = LocalDate.of(2025, 3, 1);

    private Fixtures() {
    }

    static Member member() {
        Organization root = saved(Organization.root("3701", "中共济南市委"), 1);
        Organization branch = saved(Organization.under(root, "370101", "第一支部", OrgLevel.BRANCH, 0), 2);
        LocalDate birth = LocalDate.of(1950, 5, 4);
        MemberProfile profile = new MemberProfile("王秀兰", Gender.FEMALE, "汉族", IdCards.female(birth), birth, null,
                LocalDate.of(1975, 7, 1), LocalDate.of(1976, 7, 1), MemberCategory.FULL, MemberFlags.none());
        return withId(Member.create(branch, profile, TODAY), 10);
    }

    static HardshipDetails details() {
        return new HardshipDetails(EnumSet.of(HardshipCategory.LIVING_DIFFICULTY,
                HardshipCategory.OLD_WEAK_SICK_DISABLED), SINCE, "独居，患慢性病，收入低。", "医疗费用补助",
                LocalDate.of(2025, 9, 1));
    }

    static HardshipRecord openRecord() {
        return HardshipRecord.register(member(), details(), TODAY);
    }

    private static Organization saved(Organization org, long id) {
        withId(org, id);
        org.assignPath();
        return org;
    }
}
