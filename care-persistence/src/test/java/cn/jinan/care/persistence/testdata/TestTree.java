package cn.jinan.care.persistence.testdata;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.OrgLevel;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.persistence.member.MemberRepository;
import cn.jinan.care.persistence.organization.OrganizationService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One test's organization tree, saved as it is built (each call commits). Organizations get codes from the tree's
 * prefix, members fresh identity numbers, so the tree shares nothing with other tests' trees.
 */
public final class TestTree {

    private final String prefix;
    private final Organization root;
    private final OrganizationService organizations;
    private final MemberRepository members;
    private final Clock clock;
    private final AtomicInteger codes = new AtomicInteger();

    TestTree(String prefix, Organization root, OrganizationService organizations, MemberRepository members,
            Clock clock) {
        this.prefix = prefix;
        this.root = root;
        this.organizations = organizations;
        this.members = members;
        this.clock = clock;
    }

    /** Unique to this tree; usable in codes and usernames. */
    public String prefix() {
        return prefix;
    }

    public Organization root() {
        return root;
    }

    /** A code no organization has yet. */
    public String nextCode() {
        return prefix + "-" + codes.incrementAndGet();
    }

    public Organization district(String name) {
        return under(root, OrgLevel.DISTRICT, name, 0);
    }

    public Organization street(Organization district, String name) {
        return under(district, OrgLevel.STREET, name, 0);
    }

    public Organization branch(Organization parent, String name) {
        return under(parent, OrgLevel.BRANCH, name, 0);
    }

    public Organization under(Organization parent, OrgLevel level, String name, int sortOrder) {
        return organizations.createUnder(parent, nextCode(), name, level, sortOrder);
    }

    /** A full member named {@code name} of {@code organization}. */
    public Member member(Organization organization, String name) {
        return member(organization, MemberProfiles.aMember().name(name));
    }

    public Member member(Organization organization, MemberProfiles profile) {
        return members.save(Member.create(organization, profile.build(), LocalDate.now(clock)));
    }
}
