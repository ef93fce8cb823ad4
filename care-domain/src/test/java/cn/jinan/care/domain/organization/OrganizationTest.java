package cn.jinan.care.domain.organization;

import static cn.jinan.care.domain.shared.Entities.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.shared.DomainException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class OrganizationTest {

    private static void assertRefused(ThrowingCallable call, String field, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getField()).isEqualTo(field);
            assertThat(e.getMessageKey()).isEqualTo(messageKey);
        });
    }

    /** A saved root, as the persistence layer leaves it: id set, path completed. */
    private static Organization savedRoot() {
        Organization root = withId(Organization.root("3701", "中共济南市委"), 1);
        root.assignPath();
        return root;
    }

    private static Organization saved(Organization parent, long id, OrgLevel level) {
        Organization org = withId(Organization.under(parent, "C" + id, "组织" + id, level, 0), id);
        org.assignPath();
        return org;
    }

    @Test
    void makesTheMunicipalCommitteeTheRoot() {
        Organization root = Organization.root(" 3701 ", " 中共济南市委 ");

        assertThat(root.getLevel()).isEqualTo(OrgLevel.MUNICIPAL);
        assertThat(root.getCode()).isEqualTo("3701");
        assertThat(root.getName()).isEqualTo("中共济南市委");
        assertThat(root.getParent()).isNull();
        assertThat(root.getParentId()).isNull();
        assertThat(root.getDepth()).isZero();
        assertThat(root.getPath()).isEqualTo("/");
        assertThat(root.isActive()).isTrue();
        assertThat(root.isNew()).isTrue();
    }

    @Test
    void placesBranchUnderStreet() {
        Organization root = savedRoot();
        Organization district = saved(root, 12, OrgLevel.DISTRICT);
        Organization street = saved(district, 345, OrgLevel.STREET);

        Organization branch = Organization.under(street, "B1", " 第一支部 ", OrgLevel.BRANCH, 7);

        assertThat(branch.getLevel()).isEqualTo(OrgLevel.BRANCH);
        assertThat(branch.getParent()).isSameAs(street);
        assertThat(branch.getParentId()).isEqualTo(345L);
        assertThat(branch.getDepth()).isEqualTo(3);
        assertThat(branch.getSortOrder()).isEqualTo(7);
        assertThat(branch.getName()).isEqualTo("第一支部");
    }

    @Test
    void refusesDistrictUnderBranch() {
        Organization root = savedRoot();
        Organization district = saved(root, 12, OrgLevel.DISTRICT);
        Organization street = saved(district, 345, OrgLevel.STREET);
        Organization branch = saved(street, 6789, OrgLevel.BRANCH);

        assertThatThrownBy(() -> Organization.under(branch, "D2", "某区委", OrgLevel.DISTRICT, 0))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getField()).isEqualTo("level");
                    assertThat(e.getMessageKey()).isEqualTo("organization.level.not-under");
                    assertThat(e.getArguments()).containsExactly(OrgLevel.BRANCH);
                });
    }

    @Test
    void refusesALevelUnderItsOwn() {
        Organization district = saved(savedRoot(), 12, OrgLevel.DISTRICT);

        assertRefused(() -> Organization.under(district, "D2", "区委", OrgLevel.DISTRICT, 0),
                "level", "organization.level.not-under");
    }

    @Test
    void refusesASecondMunicipalCommittee() {
        assertRefused(() -> Organization.under(savedRoot(), "M2", "市委", OrgLevel.MUNICIPAL, 0),
                "level", "organization.level.not-under");
    }

    @Test
    void refusesOrganizationWithoutParent() {
        assertRefused(() -> Organization.under(null, "B1", "支部", OrgLevel.BRANCH, 0),
                "parentId", "organization.parent.required");
    }

    @Test
    void refusesBlankCodeOrName() {
        Organization root = savedRoot();

        assertRefused(() -> Organization.root(" ", "市委"), "code", "organization.code.required");
        assertRefused(() -> Organization.root("3701", null), "name", "organization.name.required");
        assertRefused(() -> Organization.under(root, null, "区委", OrgLevel.DISTRICT, 0),
                "code", "organization.code.required");
        assertRefused(() -> Organization.under(root, "D1", "\t", OrgLevel.DISTRICT, 0),
                "name", "organization.name.required");
        assertRefused(() -> root.rename(""), "name", "organization.name.required");
        assertRefused(() -> root.changeCode(" "), "code", "organization.code.required");
        assertThat(root.getName()).isEqualTo("中共济南市委");
        assertThat(root.getCode()).isEqualTo("3701");
    }

    @Test
    void assignPathNeedsTheId() {
        Organization root = Organization.root("3701", "市委");

        assertThatIllegalStateException().isThrownBy(root::assignPath);
        assertThat(root.getPath()).isEqualTo("/");
    }

    @Test
    void assignsPathFromRootDownToItself() {
        Organization root = savedRoot();
        Organization district = saved(root, 12, OrgLevel.DISTRICT);
        Organization street = saved(district, 345, OrgLevel.STREET);

        assertThat(root.getPath()).isEqualTo("/1/");
        assertThat(district.getPath()).isEqualTo("/1/12/");
        assertThat(street.getPath()).isEqualTo("/1/12/345/");
    }

    @Test
    void startsWithParentsPathUntilItsOwnIdIsKnown() {
        Organization district = saved(savedRoot(), 12, OrgLevel.DISTRICT);

        Organization street = Organization.under(district, "S1", "街道", OrgLevel.STREET, 0);

        assertThat(street.getPath()).isEqualTo("/1/12/");
    }

    @Test
    void coversItselfAndEverythingBelow() {
        Organization root = savedRoot();
        Organization district = saved(root, 12, OrgLevel.DISTRICT);
        Organization street = saved(district, 345, OrgLevel.STREET);
        Organization branch = saved(street, 6789, OrgLevel.BRANCH);

        assertThat(district.covers(district)).isTrue();
        assertThat(district.covers(street)).isTrue();
        assertThat(district.covers(branch)).isTrue();
        assertThat(root.covers(branch)).isTrue();
    }

    @Test
    void doesNotCoverAncestorsSiblingsOrNothing() {
        Organization root = savedRoot();
        Organization district = saved(root, 12, OrgLevel.DISTRICT);
        Organization otherDistrict = saved(root, 13, OrgLevel.DISTRICT);
        Organization street = saved(district, 345, OrgLevel.STREET);

        assertThat(street.covers(district)).isFalse();
        assertThat(district.covers(root)).isFalse();
        assertThat(district.covers(otherDistrict)).isFalse();
        assertThat(otherDistrict.covers(street)).isFalse();
        assertThat(district.covers(null)).isFalse();
    }

    @Test
    void doesNotCoverAnOrganizationWhoseIdMerelyStartsWithTheSameDigits() {
        Organization root = savedRoot();
        Organization district12 = saved(root, 12, OrgLevel.DISTRICT);
        Organization district123 = saved(root, 123, OrgLevel.DISTRICT);

        assertThat(district12.getPath()).isEqualTo("/1/12/");
        assertThat(district123.getPath()).isEqualTo("/1/123/");
        assertThat(district12.covers(district123)).isFalse();
    }

    @Test
    void renamesReordersAndDeactivates() {
        Organization root = savedRoot();

        root.rename(" 中共济南市委员会 ");
        root.changeCode(" 370100 ");
        root.reorder(3);
        root.deactivate();

        assertThat(root.getName()).isEqualTo("中共济南市委员会");
        assertThat(root.getCode()).isEqualTo("370100");
        assertThat(root.getSortOrder()).isEqualTo(3);
        assertThat(root.isActive()).isFalse();

        root.activate();
        assertThat(root.isActive()).isTrue();
    }

    @Test
    void equalsByIdOnceSaved() {
        Organization a = Organization.root("3701", "市委");
        Organization b = Organization.root("3701", "市委");

        assertThat(a).isNotEqualTo(b).isEqualTo(a);
        assertThat(withId(a, 5)).isEqualTo(withId(b, 5)).hasSameHashCodeAs(b);
    }
}
