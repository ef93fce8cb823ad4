package cn.jinan.care.persistence.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.organization.OrgLevel;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.testdata.TestTree;
import cn.jinan.care.persistence.testdata.TestTrees;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceTest
class OrganizationServiceTest {

    @Autowired
    TestTrees trees;

    @Autowired
    OrganizationService organizations;

    @Autowired
    MemberService members;

    @Autowired
    Clock clock;

    TestTree tree;

    @BeforeEach
    void newTree() {
        tree = trees.newTree();
    }

    @Test
    void anOrganizationCreatedUnderAParentHasTheIdsFromTheRootDownAsItsPath() {
        Organization root = tree.root();
        Organization district = tree.district("历下区委");
        Organization street = tree.street(district, "解放路街道党工委");

        Organization branch = organizations.create(DataScope.of(district), street.getId(), tree.nextCode(), "第一支部",
                OrgLevel.BRANCH, 0);

        String expected = "/%d/%d/%d/%d/".formatted(root.getId(), district.getId(), street.getId(), branch.getId());
        assertThat(root.getPath()).isEqualTo("/%d/".formatted(root.getId()));
        assertThat(branch.getPath()).isEqualTo(expected);
        assertThat(branch.getDepth()).isEqualTo(3);
        assertThat(organizations.get(DataScope.of(root), branch.getId()).getPath()).as("as stored").isEqualTo(expected);
    }

    @Test
    void anOrganizationAddedBelowTheScopeAfterItWasBuiltIsInScopeAtOnce() {
        Organization district = tree.district("历下区委");
        DataScope scope = DataScope.of(district);

        Organization street = tree.street(district, "解放路街道党工委");
        Organization branch = tree.branch(street, "第一支部");

        assertThat(scope.covers(branch)).isTrue();
        assertThat(organizations.get(scope, branch.getId()).getName()).isEqualTo("第一支部");
        assertThat(organizations.subtree(scope)).extracting(Organization::getId)
                .containsExactly(district.getId(), street.getId(), branch.getId());
    }

    @Test
    void anOrganizationOutsideTheScopeIsNotFound() {
        Organization lixia = tree.district("历下区委");
        Organization shizhong = tree.district("市中区委");
        Organization shizhongBranch = tree.branch(tree.street(shizhong, "大观园街道党工委"), "第一支部");
        DataScope scope = DataScope.of(lixia);

        assertThatThrownBy(() -> organizations.get(scope, shizhong.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> organizations.get(scope, shizhongBranch.getId()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> organizations.get(scope, tree.root().getId())).as("above the scope")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> organizations.get(scope, Long.MAX_VALUE)).as("no such id")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> organizations.children(scope, shizhong.getId()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> organizations.create(scope, shizhong.getId(), tree.nextCode(), "不该建的街道",
                OrgLevel.STREET, 0)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void childrenCountTheActiveMembersOfTheirWholeSubtreeAndTheirDirectChildren() {
        Organization district = tree.district("历下区委");
        DataScope scope = DataScope.of(district);
        Organization busy = tree.under(district, OrgLevel.STREET, "解放路街道党工委", 2);
        Organization empty = tree.under(district, OrgLevel.STREET, "泉城路街道党工委", 1);
        Organization branch = tree.branch(busy, "第一支部");
        Organization generalBranch = tree.under(busy, OrgLevel.GENERAL_BRANCH, "机关党总支", 0);
        Organization branchBelowGeneral = tree.branch(generalBranch, "机关第一支部");
        tree.member(branch, "张建国");
        tree.member(branch, "李秀英");
        Member deceased = tree.member(branch, "王德福");
        members.recordEvent(scope, deceased.getId(), MemberEventKind.DIED, LocalDate.now(clock).minusDays(1), null);
        tree.member(branchBelowGeneral, "赵卫东");

        List<OrgNode> children = organizations.children(scope, district.getId());

        assertThat(children)
                .extracting(OrgNode::getId, OrgNode::getLevel, OrgNode::getChildCount, OrgNode::getMemberCount)
                .as("ordered by sort order; the deceased member is not counted")
                .containsExactly(
                        tuple(empty.getId(), "STREET", 0L, 0L),
                        tuple(busy.getId(), "STREET", 2L, 3L));
        assertThat(organizations.children(scope, generalBranch.getId()))
                .extracting(OrgNode::getName, OrgNode::getChildCount, OrgNode::getMemberCount)
                .containsExactly(tuple("机关第一支部", 0L, 1L));
        assertThat(organizations.activeMembers(district)).isEqualTo(3);
    }

    @Test
    void theSubtreeListsTheScopeInTreeOrderEachOrganizationRightAfterItsParentsLine() {
        Organization district = tree.district("历下区委");
        Organization streetA = tree.street(district, "解放路街道党工委");
        Organization streetB = tree.street(district, "泉城路街道党工委");
        Organization branchB = tree.branch(streetB, "泉城路第一支部");
        Organization branchA1 = tree.branch(streetA, "解放路第一支部");
        Organization branchA2 = tree.branch(streetA, "解放路第二支部");
        tree.district("市中区委"); // outside the scope

        List<Organization> subtree = organizations.subtree(DataScope.of(district));

        assertThat(subtree).extracting(Organization::getId).containsExactlyInAnyOrder(district.getId(),
                streetA.getId(), streetB.getId(), branchB.getId(), branchA1.getId(), branchA2.getId());
        assertThat(subtree.get(0).getId()).as("the scope's own organization first").isEqualTo(district.getId());
        for (int i = 1; i < subtree.size(); i++) {
            // pre-order: each organization's parent is the one before it or an ancestor of that one,
            // so a parent comes before its children and every subtree is one unbroken run
            String path = subtree.get(i).getPath();
            String parentPath = path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
            assertThat(subtree.get(i - 1).getPath()).as("before %s", path).startsWith(parentPath);
        }
    }

    @Test
    void aCodeAlreadyInUseIsRefusedOnTheCodeField() {
        Organization district = tree.district("历下区委");
        Organization street = tree.street(district, "解放路街道党工委");
        DataScope scope = DataScope.of(district);

        for (String code : List.of(street.getCode(), "  " + street.getCode() + " ")) {
            assertThatThrownBy(() -> organizations.create(scope, district.getId(), code, "重名街道", OrgLevel.STREET, 0))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.getField()).isEqualTo("code");
                        assertThat(e.getMessageKey()).isEqualTo("organization.code.taken");
                    });
        }
        assertThat(organizations.children(scope, district.getId())).hasSize(1);
    }

    @Test
    void aFilterPickerListsTwoLevelsBelowTheScopeAndTheChosenOrganizationsLineAndChildren() {
        Organization root = tree.root();
        Organization district = tree.district("历下区委");
        Organization street = tree.street(district, "解放路街道党工委");
        Organization general = tree.under(street, OrgLevel.GENERAL_BRANCH, "第一党总支", 0);
        Organization branch = tree.branch(general, "第一支部");
        Organization other = tree.district("市中区委");
        DataScope city = DataScope.of(root);

        assertThat(organizations.picker(city, null)).as("the city: itself, its districts and their streets")
                .contains(root, district, street, other).doesNotContain(general, branch)
                .isSortedAccordingTo(java.util.Comparator.comparing(Organization::getPath));
        assertThat(organizations.picker(city, general.getId())).as("a general branch chosen: its line and children")
                .contains(root, district, street, general, branch).startsWith(root)
                .isSortedAccordingTo(java.util.Comparator.comparing(Organization::getPath));
        assertThat(organizations.picker(DataScope.of(district), null)).as("a district: down to general branches")
                .contains(district, street, general).doesNotContain(root, other, branch).startsWith(district);
        assertThatThrownBy(() -> organizations.picker(DataScope.of(district), other.getId()))
                .as("choosing outside the scope never widens it").isInstanceOf(NotFoundException.class);
    }
}
