package cn.jinan.care.domain.member;

import static cn.jinan.care.domain.shared.Entities.withId;

import cn.jinan.care.domain.organization.OrgLevel;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.IdCards;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds members for the rule tests without a database: by default a working (not retired) full member without
 * flags, born 1970-03-10, admitted at 25, of a branch, with an id as if saved. Vary one thing at a time.
 */
public final class Members {

    /** The day the members are "entered"; events and records of the tests are dated on or before it. */
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private static final AtomicLong IDS = new AtomicLong(100);
    private static final Organization BRANCH = branch();

    private LocalDate birth = LocalDate.of(1970, 3, 10);
    private boolean leadingCadre;
    private boolean grassroots;
    private boolean retired;

    private Members() {
    }

    public static Members aMember() {
        return new Members();
    }

    /** The branch every built member belongs to. */
    public static Organization branchOfMembers() {
        return BRANCH;
    }

    public Members born(LocalDate birth) {
        this.birth = birth;
        return this;
    }

    /** Born so as to turn {@code years} old on {@code day}. */
    public Members aged(int years, LocalDate day) {
        return born(day.minusYears(years));
    }

    public Members retired() {
        this.retired = true;
        return this;
    }

    public Members leadingCadre() {
        this.leadingCadre = true;
        return this;
    }

    public Members grassroots() {
        this.grassroots = true;
        return this;
    }

    public Member build() {
        LocalDate admitted = birth.plusYears(25);
        MemberProfile profile = new MemberProfile("张建国", null, "汉族", IdCards.male(birth), birth, null, admitted,
                admitted.plusYears(1), MemberCategory.FULL,
                new MemberFlags(leadingCadre, grassroots, Household.URBAN, retired, false, DelegateLevel.NONE, false));
        return withId(Member.create(BRANCH, profile, TODAY), IDS.incrementAndGet());
    }

    private static Organization branch() {
        Organization root = saved(Organization.root("3701", "中共济南市委"), 1);
        Organization district = saved(Organization.under(root, "370102", "历下区委", OrgLevel.DISTRICT, 0), 2);
        Organization street = saved(Organization.under(district, "37010201", "解放路街道党工委", OrgLevel.STREET, 0), 3);
        return saved(Organization.under(street, "3701020101", "第一支部", OrgLevel.BRANCH, 0), 4);
    }

    private static Organization saved(Organization org, long id) {
        withId(org, id);
        org.assignPath();
        return org;
    }
}
