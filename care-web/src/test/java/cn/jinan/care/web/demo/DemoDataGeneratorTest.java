package cn.jinan.care.web.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.jinan.care.domain.member.DelegateLevel;
import cn.jinan.care.domain.member.Household;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberCategory;
import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.member.MemberProfile;
import cn.jinan.care.domain.organization.OrgLevel;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.Gender;
import cn.jinan.care.domain.shared.IdCardNumber;
import cn.jinan.care.domain.shared.PartyAge;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoDataGeneratorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final long SEED = 20190701L;

    private static final List<String> DISTRICTS = List.of("历下区", "市中区", "槐荫区", "天桥区", "历城区", "长清区",
            "章丘区", "济阳区", "莱芜区", "钢城区", "平阴县", "商河县");
    private static final List<String> ADDRESS_CODES = List.of("370102", "370103", "370104", "370105", "370112",
            "370113", "370114", "370115", "370116", "370117", "370124", "370126");

    private static DemoDataset dataset;

    @BeforeAll
    static void generate() {
        dataset = new DemoDataGenerator(SEED, TODAY).generate();
    }

    // ---- determinism ------------------------------------------------------------------------------------------------

    @Test
    void theSameSeedAndDayGiveTheSameDataset() {
        DemoDataGenerator generator = new DemoDataGenerator(SEED, TODAY);
        DemoDataset first = generator.generate();
        assertThat(generator.generate()).isEqualTo(first);
        assertThat(new DemoDataGenerator(SEED, TODAY).generate()).isEqualTo(first).isEqualTo(dataset);
    }

    @Test
    void anotherSeedGivesOtherMembersOnTheSameTree() {
        DemoDataset other = new DemoDataGenerator(SEED + 1, TODAY).generate();
        assertThat(other.organizations()).isEqualTo(dataset.organizations());
        assertThat(other.members()).isNotEqualTo(dataset.members());
    }

    // ---- organizations ----------------------------------------------------------------------------------------------

    @Test
    void theTreeHasTheRootAndTwelveDistrictsAndCounties() {
        List<OrgSeed> orgs = dataset.organizations();
        assertThat(orgs.get(0)).isEqualTo(new OrgSeed("JN", "中共济南市委员会", OrgLevel.MUNICIPAL, null, 1));
        assertThat(orgs).filteredOn(o -> o.parentCode() == null).hasSize(1);

        List<OrgSeed> districts = ofLevel(OrgLevel.DISTRICT);
        assertThat(districts).extracting(OrgSeed::code)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 12).mapToObj(i -> String.format("JN%02d", i))
                        .toList());
        assertThat(districts).allSatisfy(d -> assertThat(d.parentCode()).isEqualTo("JN"));
        for (int i = 0; i < 12; i++) {
            assertThat(districts.get(i).name()).startsWith("中共").contains(DISTRICTS.get(i)).endsWith("委员会");
        }
        assertThat(districts.get(0).name()).isEqualTo("中共济南市历下区委员会");
    }

    @Test
    void streetsBranchesGeneralBranchesAndGroupsFollowTheCodePattern() {
        Map<String, OrgSeed> byCode = byCode();
        assertThat(byCode).hasSize(dataset.organizations().size());

        List<OrgSeed> streets = ofLevel(OrgLevel.STREET);
        assertThat(streets).hasSize(36);
        for (OrgSeed district : ofLevel(OrgLevel.DISTRICT)) {
            assertThat(children(district.code())).extracting(OrgSeed::code)
                    .containsExactly(district.code() + "01", district.code() + "02", district.code() + "03");
        }
        assertThat(streets).allSatisfy(s -> assertThat(s.name()).startsWith("中共")
                .matches(n -> n.endsWith("街道工作委员会") || n.endsWith("镇委员会")));
        assertThat(byCode.get("JN0101").name()).isEqualTo("中共泉城路街道工作委员会");
        // the counties have towns
        assertThat(streets).filteredOn(s -> s.parentCode().equals("JN11") || s.parentCode().equals("JN12"))
                .allSatisfy(s -> assertThat(s.name()).endsWith("镇委员会"));

        for (OrgSeed street : streets) {
            long branches = children(street.code()).stream().filter(c -> c.level() == OrgLevel.BRANCH).count();
            assertThat(branches).as("branches of %s", street.name()).isBetween(2L, 4L);
        }
        List<OrgSeed> generals = ofLevel(OrgLevel.GENERAL_BRANCH);
        assertThat(generals).hasSizeBetween(2, 8).allSatisfy(g -> {
            assertThat(g.name()).endsWith("党总支");
            assertThat(byCode.get(g.parentCode()).level()).isEqualTo(OrgLevel.STREET);
            assertThat(children(g.code())).hasSize(2)
                    .allSatisfy(b -> assertThat(b.level()).isEqualTo(OrgLevel.BRANCH));
        });
        List<OrgSeed> groups = ofLevel(OrgLevel.GROUP);
        assertThat(groups).hasSizeBetween(4, 20).allSatisfy(g -> {
            assertThat(g.name()).endsWith("党小组");
            assertThat(byCode.get(g.parentCode()).level()).isEqualTo(OrgLevel.BRANCH);
        });
        assertThat(groups).extracting(OrgSeed::name).contains("第一党小组", "第二党小组");
        assertThat(ofLevel(OrgLevel.BRANCH)).allSatisfy(b -> assertThat(b.name()).endsWith("党支部"));
        assertThat(ofLevel(OrgLevel.BRANCH)).extracting(OrgSeed::name)
                .anyMatch(n -> n.endsWith("社区党支部")).anyMatch(n -> n.endsWith("村党支部"))
                .anyMatch(n -> n.endsWith("小学党支部")).anyMatch(n -> n.endsWith("退休职工党支部"));

        for (OrgSeed org : dataset.organizations()) {
            if (org.parentCode() != null) {
                OrgSeed parent = byCode.get(org.parentCode());
                assertThat(org.code()).as(org.code()).matches(org.parentCode() + "\\d\\d");
                assertThat(org.level().mayBeUnder(parent.level())).as(org.code()).isTrue();
            }
        }
    }

    @Test
    void parentsComeBeforeChildren() {
        Set<String> seen = new HashSet<>();
        for (OrgSeed org : dataset.organizations()) {
            if (org.parentCode() != null) {
                assertThat(seen).as("parent of %s", org.code()).contains(org.parentCode());
            }
            seen.add(org.code());
        }
    }

    @Test
    void theDemoSecretariesBranchesAreInTheFirstStreetOfLixia() {
        Map<String, OrgSeed> byCode = byCode();
        assertThat(byCode.get("JN010101").level()).isEqualTo(OrgLevel.BRANCH);
        assertThat(byCode.get("JN010101").parentCode()).isEqualTo("JN0101");
        assertThat(byCode.get("JN010102").level()).isEqualTo(OrgLevel.BRANCH);
        assertThat(byCode.get("JN010102").parentCode()).isEqualTo("JN0101");
        assertThat(membersOf("JN010101")).hasSizeGreaterThanOrEqualTo(15);
        assertThat(membersOf("JN010102")).isNotEmpty();
    }

    // ---- members ----------------------------------------------------------------------------------------------------

    @Test
    void aboutTwoThousandMembersOnOrganizationsThatKeepThem() {
        Map<String, OrgSeed> byCode = byCode();
        assertThat(dataset.members()).hasSizeBetween(1800, 2200);
        assertThat(dataset.members()).allSatisfy(m -> {
            assertThat(byCode).containsKey(m.orgCode());
            assertThat(byCode.get(m.orgCode()).level().holdsMembers()).isTrue();
        });
        for (OrgSeed branch : ofLevel(OrgLevel.BRANCH)) {
            assertThat(membersOf(branch.code())).as(branch.code()).hasSizeBetween(8, 30);
        }
        assertThat(dataset.members()).anyMatch(m -> byCode.get(m.orgCode()).level() == OrgLevel.GROUP)
                .anyMatch(m -> byCode.get(m.orgCode()).level() == OrgLevel.GENERAL_BRANCH);
    }

    @Test
    void idNumbersAreValidUniqueAndFromTheMembersDistrict() {
        Set<String> seen = new HashSet<>();
        for (MemberSeed m : dataset.members()) {
            MemberProfile p = m.profile();
            String id = p.idNumber().value();
            assertThat(IdCardNumber.check(id)).as(id).isNull();
            assertThat(seen.add(id)).as("unique %s", id).isTrue();
            int district = Integer.parseInt(m.orgCode().substring(2, 4));
            assertThat(id).startsWith(ADDRESS_CODES.get(district - 1));
            assertThat(p.idNumber().birthDate()).isEqualTo(p.birthDate());
            assertThat(p.idNumber().gender()).isEqualTo(p.gender());
        }
    }

    @Test
    void everyProfileIsAcceptedByTheDomain() {
        Map<String, Organization> orgs = domainTree(dataset);
        for (MemberSeed m : dataset.members()) {
            assertThatCode(() -> Member.create(orgs.get(m.orgCode()), m.profile(), TODAY))
                    .as("%s %s", m.orgCode(), m.profile().name())
                    .doesNotThrowAnyException();
        }
        // and on a plain branch, as the brief put it
        Organization root = Organization.root("JN", "中共济南市委员会");
        Organization branch = Organization.under(root, "B", "测试党支部", OrgLevel.BRANCH, 1);
        assertThat(dataset.members()).allSatisfy(m -> Member.create(branch, m.profile(), TODAY));
    }

    @Test
    void namesPhonesAndEthnicitiesLookReal() {
        List<MemberProfile> profiles = profiles();
        assertThat(profiles).allSatisfy(p -> {
            assertThat(p.name()).hasSizeBetween(2, 3);
            assertThat(p.phone()).matches("1[358]\\d{9}");
        });
        assertThat(profiles.stream().map(MemberProfile::phone).distinct().count()).isEqualTo(profiles.size());
        assertThat(share(p -> p.name().startsWith("王"))).isBetween(0.05, 0.2);
        assertThat(share(p -> "汉族".equals(p.ethnicity()))).isGreaterThan(0.93);
        assertThat(profiles).anyMatch(p -> "回族".equals(p.ethnicity()));
        assertThat(share(p -> p.gender() == Gender.MALE)).isBetween(0.55, 0.65);
    }

    @Test
    void datesAreConsistent() {
        for (MemberProfile p : profiles()) {
            assertThat(p.birthDate()).isBetween(LocalDate.of(1920, 1, 1), LocalDate.of(2004, 12, 31));
            assertThat(p.admittedDate()).isAfterOrEqualTo(p.birthDate().plusYears(18)).isBeforeOrEqualTo(TODAY);
            if (p.category() == MemberCategory.FULL) {
                assertThat(p.fullMemberDate()).isNotNull().isBeforeOrEqualTo(TODAY);
                long offset = ChronoUnit.DAYS.between(p.admittedDate().plusYears(1), p.fullMemberDate());
                assertThat(offset).as(p.name()).isBetween(-7L, 7L);
            } else {
                assertThat(p.fullMemberDate()).isNull();
                assertThat(p.admittedDate()).isAfter(TODAY.minusYears(1));
            }
        }
        assertThat(share(p -> p.category() == MemberCategory.PROBATIONARY)).isBetween(0.04, 0.06);
        Set<Integer> decades = profiles().stream().map(p -> p.admittedDate().getYear() / 10 * 10)
                .collect(Collectors.toSet());
        assertThat(decades).contains(1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020);
        assertThat(profiles()).anyMatch(p -> p.admittedDate().getYear() == TODAY.getYear());
    }

    @Test
    void oldRuralMembersAdmittedBeforeTheFoundingOfThePrcArePresent() {
        assertThat(profiles()).filteredOn(p -> p.admittedDate().isBefore(LocalDate.of(1949, 10, 1))
                        && p.flags().household() == Household.RURAL
                        && p.birthDate().getYear() >= 1920 && p.birthDate().getYear() <= 1929)
                .hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void membersReachingFiftyYearsOfPartyAgeThisYearArePresent() {
        int year = TODAY.getYear();
        List<MemberProfile> fifty = profiles().stream()
                .filter(p -> p.fullMemberDate() != null && p.fullMemberDate().getYear() == year - 50).toList();
        assertThat(fifty).hasSizeGreaterThanOrEqualTo(10).allSatisfy(p -> assertThat(
                PartyAge.of(p.fullMemberDate(), LocalDate.of(year, 12, 31)).orElseThrow().years()).isEqualTo(50));
        assertThat(fifty).anyMatch(p -> PartyAge.onJulyFirst(p.fullMemberDate(), year).orElseThrow().atLeast(50));
        assertThat(membersOf("JN010101")).anyMatch(m -> fifty.contains(m.profile()));
        // and some are past 50 already
        assertThat(profiles()).filteredOn(p -> PartyAge.of(p.fullMemberDate(), TODAY).map(a -> a.atLeast(51))
                .orElse(false)).hasSizeGreaterThan(50);
    }

    @Test
    void someCelebrateTheirPoliticalBirthdayThisMonth() {
        assertThat(profiles()).filteredOn(p -> p.admittedDate().getMonth() == TODAY.getMonth()
                && p.admittedDate().getYear() < TODAY.getYear()).hasSizeGreaterThan(20);
    }

    @Test
    void flagsHaveRealisticShares() {
        assertThat(share(p -> p.flags().leadingCadre())).isBetween(0.03, 0.08);
        assertThat(share(p -> p.flags().grassroots())).isBetween(0.22, 0.38);
        assertThat(share(p -> p.flags().retired())).isBetween(0.14, 0.28);
        assertThat(profiles()).filteredOn(p -> p.flags().withoutPension()).hasSizeBetween(5, 60)
                .allSatisfy(p -> {
                    assertThat(p.flags().household()).isEqualTo(Household.RURAL);
                    assertThat(p.birthDate().getYear()).isLessThan(1950);
                });
        Set<DelegateLevel> delegateLevels = profiles().stream().map(p -> p.flags().delegateLevel())
                .collect(Collectors.toSet());
        assertThat(delegateLevels).contains(DelegateLevel.TOWN, DelegateLevel.COUNTY, DelegateLevel.CITY);
        assertThat(share(p -> p.flags().delegate())).isBetween(0.005, 0.05);
        assertThat(profiles()).anyMatch(p -> p.flags().streetStaff());
        // towns' villages are rural, the city's communities urban
        Map<String, OrgSeed> byCode = byCode();
        List<MemberSeed> villagers = dataset.members().stream()
                .filter(m -> byCode.get(m.orgCode()).name().contains("村") && !byCode.get(m.orgCode()).name()
                        .contains("社区"))
                .toList();
        assertThat(villagers).isNotEmpty();
        assertThat(villagers.stream().filter(m -> m.profile().flags().household() == Household.RURAL).count())
                .isGreaterThan(villagers.size() * 8L / 10);
        assertThat(membersOf("JN010101"))
                .allSatisfy(m -> assertThat(m.profile().flags().household()).isEqualTo(Household.URBAN));
    }

    // ---- events -----------------------------------------------------------------------------------------------------

    @Test
    void eventsAreASpreadOfKindsInTheLastTwoYears() {
        List<EventSeed> events = dataset.events();
        assertThat(events).hasSizeBetween(250, 350);
        Set<MemberEventKind> kinds = events.stream().map(EventSeed::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MemberEventKind.class)));
        assertThat(kinds).contains(MemberEventKind.ADMITTED, MemberEventKind.TRANSFERRED_IN,
                        MemberEventKind.POST_CHANGED, MemberEventKind.HONORED, MemberEventKind.SANCTIONED,
                        MemberEventKind.TENDENCY_PROBLEM, MemberEventKind.SERIOUSLY_ILL,
                        MemberEventKind.CRITICALLY_ILL, MemberEventKind.DIED, MemberEventKind.FAMILY_DISASTER)
                .doesNotContain(MemberEventKind.TRANSFERRED_OUT, MemberEventKind.BECAME_FULL_MEMBER);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.date()).isBetween(TODAY.minusYears(2), TODAY);
            assertThat(e.note()).isNotBlank();
        });
        assertThat(events.stream().filter(e -> e.kind() == MemberEventKind.DIED).map(EventSeed::idNumber).distinct()
                .count()).isBetween(1L, 5L);
        assertThat(events).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
    }

    @Test
    void eventsFollowTheirMembersAdmissionAndNothingFollowsADeath() {
        Map<String, MemberProfile> byId = new HashMap<>();
        dataset.members().forEach(m -> byId.put(m.profile().idNumber().value(), m.profile()));
        Map<String, LocalDate> died = new HashMap<>();
        for (EventSeed e : dataset.events()) {
            if (e.kind() == MemberEventKind.DIED) {
                died.put(e.idNumber(), e.date());
            }
        }
        for (EventSeed e : dataset.events()) {
            MemberProfile p = byId.get(e.idNumber());
            assertThat(p).as(e.idNumber()).isNotNull();
            assertThat(e.date()).isAfterOrEqualTo(p.admittedDate());
            if (e.kind() == MemberEventKind.ADMITTED) {
                assertThat(e.date()).isEqualTo(p.admittedDate());
            }
            if (died.containsKey(e.idNumber()) && e.kind() != MemberEventKind.DIED) {
                assertThat(e.date()).isBefore(died.get(e.idNumber()));
            }
        }
    }

    @Test
    void everyEventCanBeRecordedInListOrder() {
        assertThat(replayEvents(dataset, TODAY)).isEqualTo(dataset.events().size());
    }

    // ---- other days and seeds ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({"1, 2024-02-29", "2, 2025-01-01", "3, 2025-07-01", "4, 2026-12-31", "5, 2028-06-30"})
    void theRulesHoldOnOtherDaysAndSeeds(long seed, LocalDate today) {
        DemoDataset other = new DemoDataGenerator(seed, today).generate();
        assertThat(other.members()).hasSizeBetween(1800, 2200);
        Map<String, Organization> orgs = domainTree(other);
        Set<String> ids = new HashSet<>();
        for (MemberSeed m : other.members()) {
            assertThat(IdCardNumber.check(m.profile().idNumber().value())).isNull();
            assertThat(ids.add(m.profile().idNumber().value())).isTrue();
            Member.create(orgs.get(m.orgCode()), m.profile(), today);
        }
        assertThat(replayEvents(other, today)).isEqualTo(other.events().size()).isBetween(250, 350);
        assertThat(other.members().stream().map(MemberSeed::profile)
                .filter(p -> p.fullMemberDate() != null && p.fullMemberDate().getYear() == today.getYear() - 50))
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(other.members().stream().map(MemberSeed::profile)
                .filter(p -> p.admittedDate().isBefore(LocalDate.of(1949, 10, 1))
                        && p.flags().household() == Household.RURAL))
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(other.members().stream().filter(m -> m.orgCode().equals("JN010101")))
                .hasSizeGreaterThanOrEqualTo(15);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    /** The tree as domain objects, built with {@link Organization#root} and {@link Organization#under}. */
    private static Map<String, Organization> domainTree(DemoDataset data) {
        Map<String, Organization> orgs = new HashMap<>();
        for (OrgSeed o : data.organizations()) {
            Organization org = o.parentCode() == null
                    ? Organization.root(o.code(), o.name())
                    : Organization.under(orgs.get(o.parentCode()), o.code(), o.name(), o.level(), o.sortOrder());
            assertThat(org.getLevel()).isEqualTo(o.level());
            orgs.put(o.code(), org);
        }
        return orgs;
    }

    /** Creates every member and records every event on it in list order; returns the number recorded. */
    private static int replayEvents(DemoDataset data, LocalDate today) {
        Map<String, Organization> orgs = domainTree(data);
        Map<String, Member> members = new HashMap<>();
        for (MemberSeed m : data.members()) {
            members.put(m.profile().idNumber().value(), Member.create(orgs.get(m.orgCode()), m.profile(), today));
        }
        int recorded = 0;
        for (EventSeed e : data.events()) {
            members.get(e.idNumber()).record(e.kind(), e.date(), e.note(), today);
            recorded++;
        }
        return recorded;
    }

    private static List<MemberProfile> profiles() {
        return dataset.members().stream().map(MemberSeed::profile).toList();
    }

    private static double share(Predicate<MemberProfile> test) {
        List<MemberProfile> profiles = profiles();
        return (double) profiles.stream().filter(test).count() / profiles.size();
    }

    private static List<OrgSeed> ofLevel(OrgLevel level) {
        return dataset.organizations().stream().filter(o -> o.level() == level).toList();
    }

    private static List<OrgSeed> children(String code) {
        return dataset.organizations().stream().filter(o -> code.equals(o.parentCode())).toList();
    }

    private static List<MemberSeed> membersOf(String code) {
        return dataset.members().stream().filter(m -> m.orgCode().equals(code)).toList();
    }

    private static Map<String, OrgSeed> byCode() {
        Map<String, OrgSeed> map = new HashMap<>();
        dataset.organizations().forEach(o -> map.put(o.code(), o));
        return map;
    }
}
