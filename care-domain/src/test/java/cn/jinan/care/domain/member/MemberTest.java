package cn.jinan.care.domain.member;

import static cn.jinan.care.domain.shared.Entities.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.organization.OrgLevel;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.Gender;
import cn.jinan.care.domain.shared.IdCardNumber;
import cn.jinan.care.domain.shared.IdCards;
import cn.jinan.care.domain.shared.PartyAge;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MemberTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    private static final LocalDate BIRTH = LocalDate.of(1970, 3, 10);
    private static final LocalDate ADMITTED = LocalDate.of(1995, 6, 1);
    private static final LocalDate FULL = LocalDate.of(1996, 6, 1);

    private final Organization root = saved(Organization.root("3701", "中共济南市委"), 1);
    private final Organization district = saved(Organization.under(root, "370102", "历下区委", OrgLevel.DISTRICT, 0), 2);
    private final Organization street = saved(Organization.under(district, "37010201", "解放路街道党工委",
            OrgLevel.STREET, 0), 3);
    private final Organization branch = saved(Organization.under(street, "3701020101", "第一支部", OrgLevel.BRANCH, 0),
            4);

    private static Organization saved(Organization org, long id) {
        withId(org, id);
        org.assignPath();
        return org;
    }

    /** A valid profile of a full member, to be varied one field at a time. */
    private static final class Profile {
        String name = "张建国";
        Gender gender = Gender.MALE;
        String ethnicity = "汉族";
        IdCardNumber idNumber = IdCards.male(BIRTH);
        LocalDate birthDate = BIRTH;
        String phone = "13800000000";
        LocalDate admittedDate = ADMITTED;
        LocalDate fullMemberDate = FULL;
        MemberCategory category = MemberCategory.FULL;
        MemberFlags flags = MemberFlags.none();

        Profile probationary() {
            category = MemberCategory.PROBATIONARY;
            fullMemberDate = null;
            return this;
        }

        MemberProfile build() {
            return new MemberProfile(name, gender, ethnicity, idNumber, birthDate, phone, admittedDate, fullMemberDate,
                    category, flags);
        }
    }

    private Member create(Profile profile) {
        return Member.create(branch, profile.build(), TODAY);
    }

    private static void assertRefused(ThrowingCallable call, String field, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getField()).as("field").isEqualTo(field);
            assertThat(e.getMessageKey()).as("message key").isEqualTo(messageKey);
        });
    }

    private void assertRefused(Profile profile, String field, String messageKey) {
        assertRefused(() -> create(profile), field, messageKey);
    }

    // ---- create

    @Test
    void createsFullMemberFromValidProfile() {
        Member member = create(new Profile());

        assertThat(member.getOrganization()).isSameAs(branch);
        assertThat(member.getName()).isEqualTo("张建国");
        assertThat(member.getGender()).isEqualTo(Gender.MALE);
        assertThat(member.getEthnicity()).isEqualTo("汉族");
        assertThat(member.getIdNumber()).isEqualTo(IdCards.male(BIRTH));
        assertThat(member.getBirthDate()).isEqualTo(BIRTH);
        assertThat(member.getPhone()).isEqualTo("13800000000");
        assertThat(member.getAdmittedDate()).isEqualTo(ADMITTED);
        assertThat(member.getFullMemberDate()).isEqualTo(FULL);
        assertThat(member.getCategory()).isEqualTo(MemberCategory.FULL);
        assertThat(member.getStatus()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(member.getStatusDate()).isNull();
        assertThat(member.isActive()).isTrue();
        assertThat(member.flags()).isEqualTo(MemberFlags.none());
        assertThat(member.partyAge(TODAY)).contains(new PartyAge(29));
    }

    @Test
    void createsProbationaryMemberWithoutPartyAge() {
        Profile profile = new Profile().probationary();
        profile.admittedDate = TODAY.minusMonths(3);

        Member member = create(profile);

        assertThat(member.getCategory()).isEqualTo(MemberCategory.PROBATIONARY);
        assertThat(member.getFullMemberDate()).isNull();
        assertThat(member.partyAge(TODAY)).isEmpty();
    }

    @Test
    void takesBirthDateAndGenderFromIdNumberWhenLeftOut() {
        Profile profile = new Profile();
        profile.idNumber = IdCards.female(LocalDate.of(1965, 12, 1));
        profile.birthDate = null;
        profile.gender = null;

        Member member = create(profile);

        assertThat(member.getBirthDate()).isEqualTo(LocalDate.of(1965, 12, 1));
        assertThat(member.getGender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void infersCategoryFromFullMemberDateWhenLeftOut() {
        Profile full = new Profile();
        full.category = null;
        Profile probationary = new Profile().probationary();
        probationary.category = null;

        assertThat(create(full).getCategory()).isEqualTo(MemberCategory.FULL);
        assertThat(create(probationary).getCategory()).isEqualTo(MemberCategory.PROBATIONARY);
    }

    @Test
    void tidiesFreeTextAndDefaults() {
        Profile profile = new Profile();
        profile.name = "  张建国 ";
        profile.ethnicity = " ";
        profile.phone = "  ";
        profile.flags = null;

        Member member = create(profile);

        assertThat(member.getName()).isEqualTo("张建国");
        assertThat(member.getEthnicity()).isEqualTo("汉族");
        assertThat(member.getPhone()).isNull();
        assertThat(member.flags()).isEqualTo(MemberFlags.none());
    }

    @Test
    void keepsTheFlags() {
        Profile profile = new Profile();
        profile.ethnicity = " 回族 ";
        profile.flags = new MemberFlags(true, true, Household.RURAL, true, true, DelegateLevel.CITY, true);

        Member member = create(profile);

        assertThat(member.getEthnicity()).isEqualTo("回族");
        assertThat(member.flags()).isEqualTo(profile.flags);
        assertThat(member.isLeadingCadre()).isTrue();
        assertThat(member.getHousehold()).isEqualTo(Household.RURAL);
        assertThat(member.getDelegateLevel()).isEqualTo(DelegateLevel.CITY);
        assertThat(member.flags().delegate()).isTrue();
    }

    @Test
    void givesBackTheProfileItWasCreatedFrom() {
        MemberProfile profile = new Profile().build();

        assertThat(Member.create(branch, profile, TODAY).profile()).isEqualTo(profile);
    }

    @Test
    void showsOnlyTheMaskedIdNumber() {
        // 37010219700310123: weighted sum 209, 209 mod 11 = 0, check value 1
        assertThat(create(new Profile()).getIdNumber().value()).isEqualTo("370102197003101231");
        assertThat(create(new Profile()).maskedIdNumber()).isEqualTo("370102********1231");
    }

    // ---- create refused

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void rejectsBlankName(String name) {
        Profile profile = new Profile();
        profile.name = name;

        assertRefused(profile, "name", "member.name.required");
    }

    @Test
    void rejectsMissingIdNumber() {
        Profile profile = new Profile();
        profile.idNumber = null;

        assertRefused(profile, "idNumber", "idcard.empty");
    }

    @Test
    void rejectsBirthDateNotMatchingIdNumber() {
        Profile profile = new Profile();
        profile.birthDate = BIRTH.plusDays(1);

        assertRefused(profile, "birthDate", "member.birth-date.id-mismatch");
    }

    @Test
    void rejectsGenderNotMatchingIdNumber() {
        Profile profile = new Profile();
        profile.gender = Gender.FEMALE;

        assertRefused(profile, "gender", "member.gender.id-mismatch");
    }

    @Test
    void rejectsMissingAdmittedDate() {
        Profile profile = new Profile();
        profile.admittedDate = null;

        assertRefused(profile, "admittedDate", "member.admitted-date.required");
    }

    @Test
    void rejectsAdmissionInFuture() {
        Profile profile = new Profile().probationary();
        profile.admittedDate = TODAY.plusDays(1);

        assertRefused(profile, "admittedDate", "date.not-in-future");
    }

    @Test
    void acceptsAdmissionToday() {
        Profile profile = new Profile().probationary();
        profile.admittedDate = TODAY;

        assertThat(create(profile).getAdmittedDate()).isEqualTo(TODAY);
    }

    @Test
    void rejectsAdmissionBeforeEighteenthBirthday() {
        Profile profile = new Profile().probationary();
        profile.admittedDate = BIRTH.plusYears(18).minusDays(1);

        assertThatThrownBy(() -> create(profile)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.getField()).isEqualTo("admittedDate");
            assertThat(e.getMessageKey()).isEqualTo("member.admitted-date.too-young");
            assertThat(e.getArguments()).containsExactly(Member.MINIMUM_ADMISSION_AGE);
        });
    }

    @Test
    void acceptsAdmissionOnEighteenthBirthday() {
        Profile profile = new Profile().probationary();
        profile.admittedDate = BIRTH.plusYears(18);

        assertThat(create(profile).getAdmittedDate()).isEqualTo(LocalDate.of(1988, 3, 10));
    }

    @Test
    void rejectsFullMemberWithoutFullMemberDate() {
        Profile profile = new Profile();
        profile.fullMemberDate = null;

        assertRefused(profile, "fullMemberDate", "member.full-member-date.required");
    }

    @Test
    void rejectsProbationaryMemberWithFullMemberDate() {
        Profile profile = new Profile();
        profile.category = MemberCategory.PROBATIONARY;

        assertRefused(profile, "fullMemberDate", "member.full-member-date.probationary");
    }

    @Test
    void rejectsFullMemberDateOnAdmittedDate() {
        Profile profile = new Profile();
        profile.fullMemberDate = ADMITTED;

        assertRefused(profile, "fullMemberDate", "member.full-member-date.before-admitted");
    }

    @Test
    void rejectsFullMemberDateBeforeAdmittedDate() {
        Profile profile = new Profile();
        profile.fullMemberDate = ADMITTED.minusYears(1);

        assertRefused(profile, "fullMemberDate", "member.full-member-date.before-admitted");
    }

    @Test
    void acceptsFullMemberDateTheDayAfterAdmission() {
        Profile profile = new Profile();
        profile.fullMemberDate = ADMITTED.plusDays(1);

        assertThat(create(profile).getFullMemberDate()).isEqualTo(ADMITTED.plusDays(1));
    }

    @Test
    void rejectsFullMemberDateInFuture() {
        Profile profile = new Profile();
        profile.fullMemberDate = TODAY.plusDays(1);

        assertRefused(profile, "fullMemberDate", "date.not-in-future");
    }

    @Test
    void rejectsOrganizationThatDoesNotHoldMembers() {
        assertRefused(() -> Member.create(street, new Profile().build(), TODAY),
                "organizationId", "member.organization.not-branch");
        assertRefused(() -> Member.create(district, new Profile().build(), TODAY),
                "organizationId", "member.organization.not-branch");
    }

    @Test
    void rejectsMissingOrganization() {
        assertRefused(() -> Member.create(null, new Profile().build(), TODAY),
                "organizationId", "member.organization.required");
    }

    // ---- update and move

    @Test
    void updatesFromAnotherProfile() {
        Member member = create(new Profile());
        Profile changed = new Profile();
        changed.name = "张建华";
        changed.phone = null;

        member.update(changed.build(), TODAY);

        assertThat(member.getName()).isEqualTo("张建华");
        assertThat(member.getPhone()).isNull();
    }

    @Test
    void leavesMemberUnchangedWhenUpdateIsRefused() {
        Member member = create(new Profile());
        MemberProfile before = member.profile();
        Profile changed = new Profile();
        changed.name = "张建华";
        changed.fullMemberDate = null; // refused only after the name has been checked

        assertRefused(() -> member.update(changed.build(), TODAY),
                "fullMemberDate", "member.full-member-date.required");
        assertThat(member.profile()).isEqualTo(before);
    }

    @Test
    void movesToAnotherBranch() {
        Member member = create(new Profile());
        Organization generalBranch = saved(Organization.under(street, "G1", "总支", OrgLevel.GENERAL_BRANCH, 0), 5);

        member.moveTo(generalBranch);

        assertThat(member.getOrganization()).isSameAs(generalBranch);
    }

    @Test
    void staysWhereItWasWhenMoveIsRefused() {
        Member member = create(new Profile());

        assertRefused(() -> member.moveTo(street), "organizationId", "member.organization.not-branch");
        assertRefused(() -> member.moveTo(null), "organizationId", "member.organization.required");
        assertThat(member.getOrganization()).isSameAs(branch);
    }

    // ---- record

    @Test
    void becomingFullMemberSetsCategoryAndDate() {
        Member member = create(new Profile().probationary());
        LocalDate date = LocalDate.of(1996, 7, 1);

        MemberEvent event = member.record(MemberEventKind.BECAME_FULL_MEMBER, date, " 按期转正 ", TODAY);

        assertThat(member.getCategory()).isEqualTo(MemberCategory.FULL);
        assertThat(member.getFullMemberDate()).isEqualTo(date);
        assertThat(member.partyAge(LocalDate.of(2025, 7, 1))).contains(new PartyAge(29));
        assertThat(member.getStatus()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(event.getMember()).isSameAs(member);
        assertThat(event.getKind()).isEqualTo(MemberEventKind.BECAME_FULL_MEMBER);
        assertThat(event.getEventDate()).isEqualTo(date);
        assertThat(event.getNote()).isEqualTo("按期转正");
    }

    @Test
    void refusesBecomingFullMemberWhenAlreadyFull() {
        Member member = create(new Profile());

        assertRefused(() -> member.record(MemberEventKind.BECAME_FULL_MEMBER, TODAY, null, TODAY),
                "kind", "event.already-full-member");
        assertThat(member.getFullMemberDate()).isEqualTo(FULL);
    }

    @Test
    void refusesBecomingFullMemberOnTheDayOfAdmission() {
        Member member = create(new Profile().probationary());

        assertRefused(() -> member.record(MemberEventKind.BECAME_FULL_MEMBER, ADMITTED, null, TODAY),
                "date", "member.full-member-date.before-admitted");
        assertThat(member.getCategory()).isEqualTo(MemberCategory.PROBATIONARY);
    }

    @Test
    void dyingMakesMemberDeceased() {
        Member member = create(new Profile());
        LocalDate died = TODAY.minusDays(3);

        MemberEvent event = member.record(MemberEventKind.DIED, died, null, TODAY);

        assertThat(member.getStatus()).isEqualTo(MemberStatus.DECEASED);
        assertThat(member.getStatusDate()).isEqualTo(died);
        assertThat(member.isActive()).isFalse();
        assertThat(event.getKind()).isEqualTo(MemberEventKind.DIED);
        assertThat(event.getNote()).isNull();
    }

    @ParameterizedTest
    @EnumSource(MemberEventKind.class)
    void refusesEveryEventAfterDeath(MemberEventKind kind) {
        Member member = create(new Profile());
        member.record(MemberEventKind.DIED, TODAY.minusDays(3), null, TODAY);

        assertRefused(() -> member.record(kind, TODAY, null, TODAY), "kind", "event.member.deceased");
        assertThat(member.getStatus()).isEqualTo(MemberStatus.DECEASED);
        assertThat(member.getStatusDate()).isEqualTo(TODAY.minusDays(3));
    }

    @Test
    void transferringOutTakesMemberOffTheActiveRoster() {
        Member member = create(new Profile());
        LocalDate out = TODAY.minusMonths(2);

        member.record(MemberEventKind.TRANSFERRED_OUT, out, "转往历城区", TODAY);

        assertThat(member.getStatus()).isEqualTo(MemberStatus.TRANSFERRED_OUT);
        assertThat(member.getStatusDate()).isEqualTo(out);
        assertThat(member.isActive()).isFalse();
    }

    @Test
    void transferringInPutsMemberBackOnTheActiveRoster() {
        Member member = create(new Profile());
        member.record(MemberEventKind.TRANSFERRED_OUT, TODAY.minusMonths(2), null, TODAY);

        member.record(MemberEventKind.TRANSFERRED_IN, TODAY.minusMonths(1), null, TODAY);

        assertThat(member.getStatus()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(member.getStatusDate()).isEqualTo(TODAY.minusMonths(1));
        assertThat(member.isActive()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = MemberEventKind.class, names = {"ADMITTED", "POST_CHANGED", "HONORED", "SANCTIONED",
        "TENDENCY_PROBLEM", "SERIOUSLY_ILL", "CRITICALLY_ILL", "FAMILY_DISASTER"})
    void leavesTheRosterAloneForOtherEvents(MemberEventKind kind) {
        Member member = create(new Profile());
        MemberProfile before = member.profile();

        MemberEvent event = member.record(kind, TODAY, "", TODAY);

        assertThat(event.getKind()).isEqualTo(kind);
        assertThat(event.getNote()).isNull();
        assertThat(member.getStatus()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(member.getStatusDate()).isNull();
        assertThat(member.profile()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(MemberEventKind.class)
    void refusesEventDatedInFuture(MemberEventKind kind) {
        Member member = create(new Profile().probationary());

        assertRefused(() -> member.record(kind, TODAY.plusDays(1), null, TODAY), "date", "date.not-in-future");
        assertThat(member.getStatus()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(member.getCategory()).isEqualTo(MemberCategory.PROBATIONARY);
    }

    @Test
    void refusesEventWithoutDate() {
        Member member = create(new Profile());

        assertRefused(() -> member.record(MemberEventKind.HONORED, null, null, TODAY), "date", "event.date.required");
    }

    @Test
    void refusesEventBeforeAdmission() {
        Member member = create(new Profile());

        assertRefused(() -> member.record(MemberEventKind.HONORED, ADMITTED.minusDays(1), null, TODAY),
                "date", "event.date.before-admitted");
        assertRefused(() -> member.record(MemberEventKind.DIED, ADMITTED.minusDays(1), null, TODAY),
                "date", "event.date.before-admitted");
        assertThat(member.isActive()).isTrue();
    }

    @Test
    void recordsWhoRecordedTheEvent() {
        // no resolver is installed in a unit test, so the system is the actor
        MemberEvent event = create(new Profile()).record(MemberEventKind.HONORED, TODAY, null, TODAY);

        assertThat(event.getRecordedBy()).isEqualTo(AuditActor.SYSTEM);
    }
}
