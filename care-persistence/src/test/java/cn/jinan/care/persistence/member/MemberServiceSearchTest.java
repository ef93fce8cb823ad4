package cn.jinan.care.persistence.member;

import static cn.jinan.care.persistence.testdata.MemberProfiles.aMember;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.domain.member.DelegateLevel;
import cn.jinan.care.domain.member.Household;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberCategory;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.member.MemberFlags;
import cn.jinan.care.domain.member.MemberStatus;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.IdCardNumber;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.member.MemberSearch.Flag;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.testdata.IdNumbers;
import cn.jinan.care.persistence.testdata.TestTree;
import cn.jinan.care.persistence.testdata.TestTrees;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** What the roster search matches, within one branch of a tree of the test's own. */
@PersistenceTest
class MemberServiceSearchTest {

    @Autowired
    TestTrees trees;

    @Autowired
    MemberService members;

    @Autowired
    Clock clock;

    TestTree tree;
    Organization branch;
    DataScope scope;

    @BeforeEach
    void aBranch() {
        tree = trees.newTree();
        branch = tree.branch(tree.street(tree.district("历下区委"), "解放路街道党工委"), "第一支部");
        scope = DataScope.of(branch);
    }

    @Test
    void textMatchesAnyPartOfTheName() {
        Member zhang = tree.member(branch, "张建国");
        Member li = tree.member(branch, "李建华");
        tree.member(branch, "王秀英");

        assertThat(names(byText("建"))).containsExactlyInAnyOrder("张建国", "李建华");
        assertThat(ids(byText("建国"))).containsExactly(zhang.getId());
        assertThat(ids(byText(" 李建华 "))).as("blanks around the text").containsExactly(li.getId());
        assertThat(ids(byText("赵"))).isEmpty();
    }

    @Test
    void digitsMatchTheEndOfTheIdNumberOnly() {
        Member zhang = tree.member(branch, aMember().name("张建国"));
        tree.member(branch, "李建华");
        String number = zhang.getIdNumber().value();

        assertThat(ids(byText(number.substring(14)))).as("the last four").containsExactly(zhang.getId());
        assertThat(ids(byText(number))).as("the whole number").containsExactly(zhang.getId());
        assertThat(ids(byText(number.substring(0, 6)))).as("the region code every member shares").isEmpty();
        assertThat(ids(byText(number.substring(6, 14)))).as("the birth date in the middle").isEmpty();
    }

    @Test
    void aTrailingXMatchesInEitherCase() {
        IdCardNumber endingInX = IdNumbers.nextEndingWith('X');
        Member zhang = tree.member(branch, aMember().name("张建国").idNumber(endingInX));
        tree.member(branch, "李建华");
        String lastFour = endingInX.value().substring(14);

        assertThat(ids(byText(lastFour))).containsExactly(zhang.getId());
        assertThat(ids(byText(lastFour.toLowerCase()))).containsExactly(zhang.getId());
    }

    @Test
    void percentUnderscoreAndBackslashInTheTextAreLiteralNotWildcards() {
        Member percent = tree.member(branch, "百分之百%");
        Member underscore = tree.member(branch, "下_划线");
        Member backslash = tree.member(branch, "反\\斜线");
        tree.member(branch, "普通党员");

        assertThat(ids(byText("%"))).containsExactly(percent.getId());
        assertThat(ids(byText("_"))).containsExactly(underscore.getId());
        assertThat(ids(byText("下_"))).containsExactly(underscore.getId());
        assertThat(ids(byText("\\"))).containsExactly(backslash.getId());
        assertThat(ids(byText("%_"))).isEmpty();
    }

    @Test
    void statusFilterKeepsMembersOfThatStatus() {
        Member active = tree.member(branch, "张建国");
        Member deceased = tree.member(branch, "李建华");
        Member transferred = tree.member(branch, "王秀英");
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        members.recordEvent(scope, deceased.getId(), MemberEventKind.DIED, yesterday, null);
        members.recordEvent(scope, transferred.getId(), MemberEventKind.TRANSFERRED_OUT, yesterday, null);

        assertThat(ids(byStatus(MemberStatus.ACTIVE))).containsExactly(active.getId());
        assertThat(ids(byStatus(MemberStatus.DECEASED))).containsExactly(deceased.getId());
        assertThat(ids(byStatus(MemberStatus.TRANSFERRED_OUT))).containsExactly(transferred.getId());
        assertThat(ids(byStatus(MemberStatus.LEFT))).isEmpty();
    }

    @Test
    void categoryFilterKeepsFullOrProbationaryMembers() {
        Member full = tree.member(branch, "张建国");
        Member probationary = tree.member(branch, aMember().name("李建华").probationary());

        assertThat(ids(new MemberSearch(null, null, null, MemberCategory.FULL, null))).containsExactly(full.getId());
        assertThat(ids(new MemberSearch(null, null, null, MemberCategory.PROBATIONARY, null)))
                .containsExactly(probationary.getId());
    }

    @ParameterizedTest
    @EnumSource(Flag.class)
    void flagFilterKeepsOnlyMembersWithThatFlag(Flag flag) {
        Member flagged = tree.member(branch, aMember().name("有标记").flags(only(flag)));
        tree.member(branch, "无标记");
        Stream.of(Flag.values()).filter(other -> other != flag)
                .forEach(other -> tree.member(branch, aMember().name("标记" + other).flags(only(other))));

        assertThat(ids(new MemberSearch(null, null, null, null, flag))).containsExactly(flagged.getId());
    }

    @Test
    void filtersCombine() {
        Member wanted = tree.member(branch, aMember().name("张建国").probationary());
        tree.member(branch, "张建华");
        tree.member(branch, aMember().name("李建国").probationary());

        assertThat(ids(new MemberSearch("张", null, MemberStatus.ACTIVE, MemberCategory.PROBATIONARY, null)))
                .containsExactly(wanted.getId());
    }

    @Test
    void resultsArePagedInTheDatabaseSortedByName() {
        for (String name : List.of("戊", "甲", "丁", "乙", "丙")) {
            tree.member(branch, name);
        }
        List<String> sorted = Stream.of("戊", "甲", "丁", "乙", "丙").sorted().toList();
        Sort byName = Sort.by("name");

        Page<Member> first = members.search(scope, MemberSearch.all(), PageRequest.of(0, 2, byName));
        Page<Member> last = members.search(scope, MemberSearch.all(), PageRequest.of(2, 2, byName));

        assertThat(first.getTotalElements()).isEqualTo(5);
        assertThat(first.getTotalPages()).isEqualTo(3);
        assertThat(first.getContent()).extracting(Member::getName).containsExactlyElementsOf(sorted.subList(0, 2));
        assertThat(last.getContent()).extracting(Member::getName).containsExactly(sorted.get(4));
        assertThat(last.getContent().get(0).getOrganization().getName()).as("fetched with the page")
                .isEqualTo("第一支部");
    }

    private static MemberFlags only(Flag flag) {
        return new MemberFlags(flag == Flag.LEADING_CADRE, flag == Flag.GRASSROOTS,
                flag == Flag.RURAL ? Household.RURAL : Household.URBAN, flag == Flag.RETIRED,
                flag == Flag.WITHOUT_PENSION, flag == Flag.DELEGATE ? DelegateLevel.CITY : DelegateLevel.NONE,
                flag == Flag.STREET_STAFF);
    }

    private static MemberSearch byText(String text) {
        return new MemberSearch(text, null, null, null, null);
    }

    private static MemberSearch byStatus(MemberStatus status) {
        return new MemberSearch(null, null, status, null, null);
    }

    private List<Long> ids(MemberSearch search) {
        return members.search(scope, search, Pageable.unpaged()).map(Member::getId).getContent();
    }

    private List<String> names(MemberSearch search) {
        return members.search(scope, search, Pageable.unpaged()).map(Member::getName).getContent();
    }
}
