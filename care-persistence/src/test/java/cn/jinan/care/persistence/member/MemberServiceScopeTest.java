package cn.jinan.care.persistence.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.audit.SensitiveReadRepository;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.testdata.TestTree;
import cn.jinan.care.persistence.testdata.TestTrees;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * The data scope on the roster: a secretary sees their branch, a district committee everything below it, and neither
 * an id nor a filter reaches outside.
 */
@PersistenceTest
class MemberServiceScopeTest {

    @Autowired
    TestTrees trees;

    @Autowired
    MemberService members;

    @Autowired
    SensitiveReadRepository sensitiveReads;

    TestTree tree;
    Organization lixia;
    Organization branchOne;
    Organization branchTwo;
    Organization shizhong;
    Organization shizhongBranch;
    Member inBranchOne;
    Member inBranchTwo;
    Member inShizhong;

    @BeforeEach
    void twoDistricts() {
        tree = trees.newTree();
        lixia = tree.district("历下区委");
        Organization street = tree.street(lixia, "解放路街道党工委");
        branchOne = tree.branch(street, "第一支部");
        branchTwo = tree.branch(street, "第二支部");
        shizhong = tree.district("市中区委");
        shizhongBranch = tree.branch(tree.street(shizhong, "大观园街道党工委"), "大观园第一支部");
        inBranchOne = tree.member(branchOne, "张建国");
        inBranchTwo = tree.member(branchTwo, "李秀英");
        inShizhong = tree.member(shizhongBranch, "王德福");
    }

    @Test
    void aSecretaryOpensMembersOfTheirOwnBranchOnly() {
        DataScope secretary = DataScope.of(branchOne);

        assertThat(members.get(secretary, inBranchOne.getId()).getName()).isEqualTo("张建国");
        assertThatThrownBy(() -> members.get(secretary, inBranchTwo.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members.get(secretary, inShizhong.getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDistrictOpensMembersOfEveryBranchBelowItButNotOfAnotherDistrict() {
        DataScope district = DataScope.of(lixia);

        assertThat(members.get(district, inBranchOne.getId()).getName()).isEqualTo("张建国");
        assertThat(members.get(district, inBranchTwo.getId()).getName()).isEqualTo("李秀英");
        assertThatThrownBy(() -> members.get(district, inShizhong.getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aMemberThatDoesNotExistIsNotFoundLikeOneOutOfScope() {
        assertThatThrownBy(() -> members.get(DataScope.of(tree.root()), Long.MAX_VALUE))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void eventsAndTheFullIdNumberOfAMemberOutOfScopeAreNotFoundAndNothingIsLogged() {
        DataScope secretary = DataScope.of(branchOne);

        assertThatThrownBy(() -> members.events(secretary, inBranchTwo.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members.revealIdNumber(secretary, inBranchTwo.getId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(sensitiveReads.countByMemberIdAndRecordType(inBranchTwo.getId(), "ID_NUMBER")).isZero();
    }

    @Test
    void aSearchNeverLeavesTheScope() {
        assertThat(search(DataScope.of(branchOne), MemberSearch.all())).containsExactly(inBranchOne.getId());
        assertThat(search(DataScope.of(lixia), MemberSearch.all()))
                .containsExactlyInAnyOrder(inBranchOne.getId(), inBranchTwo.getId());
        assertThat(search(DataScope.of(tree.root()), MemberSearch.all()))
                .containsExactlyInAnyOrder(inBranchOne.getId(), inBranchTwo.getId(), inShizhong.getId());
    }

    @Test
    void aFilterOnAnOrganizationOutsideTheScopeIsNotFoundRatherThanWideningTheSearch() {
        assertThatThrownBy(() -> search(DataScope.of(branchOne), byOrganization(branchTwo)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> search(DataScope.of(lixia), byOrganization(shizhong)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> search(DataScope.of(lixia), byOrganization(tree.root())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFilterOnAnOrganizationInsideTheScopeNarrowsTheSearchToItsSubtree() {
        assertThat(search(DataScope.of(lixia), byOrganization(branchTwo))).containsExactly(inBranchTwo.getId());
        assertThat(search(DataScope.of(tree.root()), byOrganization(lixia)))
                .containsExactlyInAnyOrder(inBranchOne.getId(), inBranchTwo.getId());
    }

    @Test
    void aMemberMovedToAnotherBranchIsOutOfTheOldBranchsScopeAtOnce() {
        DataScope oldBranch = DataScope.of(branchOne);
        DataScope newBranch = DataScope.of(branchTwo);

        members.update(DataScope.of(lixia), inBranchOne.getId(), inBranchOne.getVersion(), branchTwo.getId(),
                inBranchOne.profile());

        assertThatThrownBy(() -> members.get(oldBranch, inBranchOne.getId())).isInstanceOf(NotFoundException.class);
        assertThat(search(oldBranch, MemberSearch.all())).isEmpty();
        assertThat(members.get(newBranch, inBranchOne.getId()).getOrganization().getId()).isEqualTo(branchTwo.getId());
        assertThat(search(newBranch, MemberSearch.all()))
                .containsExactlyInAnyOrder(inBranchOne.getId(), inBranchTwo.getId());
    }

    @Test
    void aMemberCannotBeMovedOutOfTheScope() {
        assertThatThrownBy(() -> members.update(DataScope.of(lixia), inBranchOne.getId(), inBranchOne.getVersion(),
                shizhongBranch.getId(), inBranchOne.profile())).isInstanceOf(NotFoundException.class);

        assertThat(members.get(DataScope.of(branchOne), inBranchOne.getId()).getVersion())
                .isEqualTo(inBranchOne.getVersion());
    }

    private List<Long> search(DataScope scope, MemberSearch search) {
        return members.search(scope, search, Pageable.unpaged()).map(Member::getId).getContent();
    }

    private static MemberSearch byOrganization(Organization organization) {
        return new MemberSearch(null, organization.getId(), null, null, null);
    }
}
