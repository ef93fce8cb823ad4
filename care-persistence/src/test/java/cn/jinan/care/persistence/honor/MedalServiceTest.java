package cn.jinan.care.persistence.honor;

import static cn.jinan.care.persistence.testdata.MemberProfiles.aMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.honor.Honor;
import cn.jinan.care.domain.honor.MedalRule.Standing;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.policy.RequiredAction;
import cn.jinan.care.domain.sanction.SanctionDetails;
import cn.jinan.care.domain.sanction.SanctionType;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.PersistenceTest;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.persistence.sanction.SanctionService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.testdata.TestTree;
import cn.jinan.care.persistence.testdata.TestTrees;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/**
 * R09-MEDAL-50 in the database: the candidate and held-back lists the SQL computes are the domain rule's answer for
 * every member of a crafted branch, around the boundaries; sanctions hold members back and let them in again by date;
 * a medal is awarded once.
 */
@PersistenceTest
class MedalServiceTest {

    @Autowired
    TestTrees trees;
    @Autowired
    MedalService medals;
    @Autowired
    MemberService members;
    @Autowired
    SanctionService sanctions;
    @Autowired
    ObligationService obligations;
    @Autowired
    HonorRepository honors;

    TestTree tree;
    Organization branch;
    Organization neighbour;
    DataScope scope;
    Map<String, Member> crafted;

    @BeforeEach
    void aBranchAroundTheBoundaries() {
        tree = trees.newTree();
        Organization street = tree.street(tree.district("历下区委"), "解放路街道党工委");
        branch = tree.branch(street, "第一支部");
        neighbour = tree.branch(street, "第二支部");
        scope = DataScope.of(branch);
        crafted = new java.util.LinkedHashMap<>();
        // full membership exactly 50 years before 2025-07-01, and a day later
        crafted.put("onJulyFirst", full("七一转正", LocalDate.of(1975, 7, 1)));
        crafted.put("onJulySecond", full("七二转正", LocalDate.of(1975, 7, 2)));
        crafted.put("longAgo", full("老党员", LocalDate.of(1960, 3, 1)));
        // admitted in 1974, never a full member
        crafted.put("neverFull", tree.member(branch, aMember().name("预备党员").born(LocalDate.of(1950, 1, 1))
                .admitted(LocalDate.of(1974, 1, 1)).probationary()));
        Member deceased = full("已故党员", LocalDate.of(1965, 1, 1));
        as(() -> members.recordEvent(scope, deceased.getId(), MemberEventKind.DIED, LocalDate.of(2025, 1, 5), null));
        crafted.put("deceased", deceased);
        Member transferred = full("转出党员", LocalDate.of(1965, 1, 1));
        as(() -> members.recordEvent(scope, transferred.getId(), MemberEventKind.TRANSFERRED_OUT,
                LocalDate.of(2025, 2, 5), null));
        crafted.put("transferredOut", transferred);
        // a warning whose 12 months end on 2025-07-01 (held back in 2025), one that ends on 2025-06-30 (not)
        Member warnedLate = full("警告至七一", LocalDate.of(1970, 1, 1));
        sanction(warnedLate, SanctionType.WARNING, LocalDate.of(2024, 7, 2), null);
        crafted.put("warnedLate", warnedLate);
        Member warnedEarly = full("警告至六月底", LocalDate.of(1970, 1, 1));
        sanction(warnedEarly, SanctionType.WARNING, LocalDate.of(2024, 7, 1), null);
        crafted.put("warnedEarly", warnedEarly);
        // 留党察看 of 12 months plus 24: from 2023-09-01 through 2026-08-31
        Member probation = full("留党察看", LocalDate.of(1968, 5, 1));
        sanction(probation, SanctionType.PROBATION, LocalDate.of(2023, 9, 1), 12);
        crafted.put("probation", probation);
        crafted.put("young", full("年轻党员", LocalDate.of(1990, 1, 1)));
    }

    private Member full(String name, LocalDate fullMemberDate) {
        return tree.member(branch, aMember().name(name).born(fullMemberDate.minusYears(24))
                .admitted(fullMemberDate.minusYears(1)));
    }

    private void sanction(Member member, SanctionType type, LocalDate decided, Integer probation) {
        as(() -> sanctions.record(scope, UUID.randomUUID(), member.getId(),
                new SanctionDetails(type, decided, "中共历下区纪委", null, probation, "违反组织纪律")));
    }

    private static <T> T as(Supplier<T> action) {
        Object[] result = new Object[1];
        AuditActor.runAs("org-dept", () -> result[0] = action.get());
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    private static void as(Runnable action) {
        AuditActor.runAs("org-dept", action);
    }

    private List<String> names(Page<MedalCandidate> page) {
        return page.getContent().stream().map(MedalCandidate::name).toList();
    }

    private List<String> all(java.util.function.BiFunction<DataScope, PageRequest, Page<MedalCandidate>> list) {
        return names(list.apply(scope, PageRequest.of(0, 100)));
    }

    @Test
    void the2025ListHoldsFiftyYearsAsOfJulyFirstAndNoMore() {
        assertThat(all((s, p) -> medals.candidates(s, 2025, p)))
                .containsExactly("老党员", "警告至六月底", "七一转正");
        assertThat(all((s, p) -> medals.heldBack(s, 2025, p))).containsExactly("留党察看", "警告至七一");
    }

    @Test
    void theNextYearAddsTheDayLaterMemberAndTakesBackTheMemberWhosePeriodEnded() {
        assertThat(all((s, p) -> medals.candidates(s, 2026, p)))
                .containsExactly("老党员", "警告至七一", "警告至六月底", "七一转正", "七二转正");
        assertThat(all((s, p) -> medals.heldBack(s, 2026, p))).containsExactly("留党察看");
        // the probation's period ends 2026-08-31: listed again in 2027
        assertThat(all((s, p) -> medals.candidates(s, 2027, p))).contains("留党察看");
    }

    @Test
    void theHeldBackListSaysUntilWhen() {
        Page<MedalCandidate> held = medals.heldBack(scope, 2025, PageRequest.of(0, 10));
        assertThat(held.getContent()).extracting(MedalCandidate::name, MedalCandidate::impactUntil)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("留党察看", LocalDate.of(2026, 8, 31)),
                        org.assertj.core.groups.Tuple.tuple("警告至七一", LocalDate.of(2025, 7, 1)));
        assertThat(medals.candidates(scope, 2025, PageRequest.of(0, 10)).getContent().get(2))
                .satisfies(c -> {
                    assertThat(c.partyAge()).isEqualTo(50);
                    assertThat(c.fullMemberDate()).isEqualTo(LocalDate.of(1975, 7, 1));
                });
    }

    @Test
    void theSqlListsAreTheDomainRulesAnswerForEveryMember() {
        for (int year : List.of(2024, 2025, 2026, 2027, 2040)) {
            List<String> candidates = all((s, p) -> medals.candidates(s, year, p));
            List<String> held = all((s, p) -> medals.heldBack(s, year, p));
            List<String> expectedCandidates = new ArrayList<>();
            List<String> expectedHeld = new ArrayList<>();
            for (Member m : crafted.values()) {
                Standing standing = medals.standing(DataScope.of(tree.root()), m.getId(), year);
                if (standing == Standing.CANDIDATE) {
                    expectedCandidates.add(m.getName());
                } else if (standing == Standing.HELD_BACK) {
                    expectedHeld.add(m.getName());
                }
            }
            assertThat(candidates).as("candidates of " + year).containsExactlyInAnyOrderElementsOf(expectedCandidates);
            assertThat(held).as("held back in " + year).containsExactlyInAnyOrderElementsOf(expectedHeld);
        }
        assertThat(medals.standing(scope, crafted.get("neverFull").getId(), 2025)).isEqualTo(Standing.NOT_FULL_MEMBER);
        assertThat(medals.standing(scope, crafted.get("deceased").getId(), 2025)).isEqualTo(Standing.NOT_ON_ROSTER);
    }

    @Test
    void theListIsPagedInTheDatabase() {
        Page<MedalCandidate> first = medals.candidates(scope, 2026, PageRequest.of(0, 2));
        Page<MedalCandidate> third = medals.candidates(scope, 2026, PageRequest.of(2, 2));
        assertThat(first.getTotalElements()).isEqualTo(5);
        assertThat(first.getContent()).hasSize(2);
        assertThat(third.getContent()).extracting(MedalCandidate::name).containsExactly("七二转正");
    }

    @Test
    void anotherBranchSeesNoneOfThemAndCannotAwardThem() {
        DataScope other = DataScope.of(neighbour);
        assertThat(medals.candidates(other, 2025, PageRequest.of(0, 10)).getTotalElements()).isZero();
        long id = crafted.get("longAgo").getId();
        assertThatThrownBy(() -> as(() -> medals.award(other, UUID.randomUUID(), 2025, List.of(id),
                LocalDate.of(2025, 7, 1), "中共中央", null))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void awardingRecordsTheMedalAndTheHonoredEventAndTakesTheMemberOffTheList() {
        Member old = crafted.get("longAgo");
        int awarded = as(() -> medals.award(scope, UUID.randomUUID(), 2025, List.of(old.getId()),
                LocalDate.of(2025, 7, 1), "中共中央", null));
        assertThat(awarded).isEqualTo(1);
        assertThat(all((s, p) -> medals.candidates(s, 2025, p))).doesNotContain("老党员");
        assertThat(all((s, p) -> medals.candidates(s, 2026, p))).doesNotContain("老党员");
        assertThat(medals.awarded(scope, 2025, PageRequest.of(0, 10)).getContent())
                .extracting(h -> h.getMember().getName()).containsExactly("老党员");
        assertThat(members.events(scope, old.getId())).extracting(e -> e.getKind())
                .contains(MemberEventKind.HONORED);
        assertThat(obligations.forMember(old.getId())).extracting(Obligation::getAction)
                .contains(RequiredAction.ENCOURAGEMENT_TALK);
    }

    @Test
    void awardingTwiceIsRefusedAndTheSameFormTwiceAwardsOnce() {
        Member old = crafted.get("longAgo");
        UUID token = UUID.randomUUID();
        as(() -> medals.award(scope, token, 2025, List.of(old.getId()), LocalDate.of(2025, 7, 1), "中共中央", null));
        assertThat(as(() -> medals.award(scope, token, 2025, List.of(old.getId()), LocalDate.of(2025, 7, 1),
                "中共中央", null))).isZero();
        assertThatThrownBy(() -> as(() -> medals.award(scope, UUID.randomUUID(), 2026, List.of(old.getId()),
                LocalDate.of(2026, 1, 1),
                "中共中央", null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("medal.not-candidate.AWARDED");
        assertThat(honors.findByMember(old.getId())).filteredOn(Honor::isMedal).hasSize(1);
    }

    @Test
    void aBatchWithOneMemberNotDueAwardsNobody() {
        Member old = crafted.get("longAgo");
        Member held = crafted.get("warnedLate");
        assertThatThrownBy(() -> as(() -> medals.award(scope, UUID.randomUUID(), 2025,
                List.of(old.getId(), held.getId()), LocalDate.of(2025, 7, 1), "中共中央", null)))
                .isInstanceOf(DomainException.class).hasMessageContaining("medal.not-candidate.HELD_BACK");
        assertThat(honors.findByMember(old.getId())).isEmpty();
        assertThat(all((s, p) -> medals.candidates(s, 2025, p))).contains("老党员");
    }

    @Test
    void theDatabaseRefusesASecondMedalEvenIfTheCheckIsBypassed() {
        Member old = crafted.get("longAgo");
        as(() -> medals.award(scope, UUID.randomUUID(), 2025, List.of(old.getId()), LocalDate.of(2025, 7, 1),
                "中共中央", null));
        assertThatThrownBy(() -> as(() -> honors.saveAndFlush(Honor.medal(old, 2026, LocalDate.of(2026, 7, 2),
                "中共中央", null, LocalDate.now())))).isInstanceOf(
                org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void namesAreCountedOnce() {
        assertThat(crafted.values().stream().map(Member::getName).collect(Collectors.toSet())).hasSize(crafted.size());
    }
}
