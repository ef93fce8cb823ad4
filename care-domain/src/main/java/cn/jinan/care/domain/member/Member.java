package cn.jinan.care.domain.member;

import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.BaseEntity;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.Gender;
import cn.jinan.care.domain.shared.IdCardNumber;
import cn.jinan.care.domain.shared.PartyAge;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A party member on the roster. The fields the rules depend on change only through methods that keep them
 * consistent: the birth date agrees with the identity number, dates are in order and not in the future, a full
 * member has a full-membership date and a probationary one has none.
 */
@Entity
@Table(name = "member")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Member extends BaseEntity {

    /** The youngest age at which one may join the party (党章第一条). */
    public static final int MINIMUM_ADMISSION_AGE = 18;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Organization organization;

    @Column(nullable = false, length = 50)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Gender gender;

    @Column(nullable = false, length = 20)
    private String ethnicity;

    @Convert(converter = IdCardNumberConverter.class)
    @Column(name = "id_number", nullable = false, unique = true, length = 18)
    private IdCardNumber idNumber;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(length = 20)
    private String phone;

    @Column(name = "admitted_date", nullable = false)
    private LocalDate admittedDate;

    @Column(name = "full_member_date")
    private LocalDate fullMemberDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MemberCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MemberStatus status = MemberStatus.ACTIVE;

    @Column(name = "status_date")
    private LocalDate statusDate;

    @Column(name = "leading_cadre", nullable = false)
    private boolean leadingCadre;

    @Column(nullable = false)
    private boolean grassroots;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Household household = Household.URBAN;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "without_pension", nullable = false)
    private boolean withoutPension;

    @Enumerated(EnumType.STRING)
    @Column(name = "delegate_level", nullable = false, length = 10)
    private DelegateLevel delegateLevel = DelegateLevel.NONE;

    @Column(name = "street_staff", nullable = false)
    private boolean streetStaff;

    /**
     * A new member of {@code organization}, checked against {@code today}.
     *
     * @throws DomainException naming the field at fault
     */
    public static Member create(Organization organization, MemberProfile profile, LocalDate today) {
        Member member = new Member();
        member.moveTo(organization);
        member.apply(profile, today);
        return member;
    }

    /**
     * Checks a profile as {@link #create} and {@link #update} would, without an organization, and returns it as a
     * member would hold it (birth date and gender from the identity number when blank, the default ethnicity, the
     * category from the full-membership date, text stripped). Imports check every row this way before writing any.
     *
     * @throws DomainException naming the field at fault
     */
    public static MemberProfile checkProfile(MemberProfile profile, LocalDate today) {
        Member probe = new Member();
        probe.apply(profile, today);
        return probe.profile();
    }

    /** Replaces what the roster form edits. */
    public void update(MemberProfile profile, LocalDate today) {
        apply(profile, today);
    }

    /** Moves the member to another organization that keeps members (a branch). */
    public void moveTo(Organization target) {
        if (target == null) {
            throw DomainException.onField("organizationId", "member.organization.required");
        }
        if (!target.getLevel().holdsMembers()) {
            throw DomainException.onField("organizationId", "member.organization.not-branch");
        }
        this.organization = target;
    }

    private void apply(MemberProfile p, LocalDate today) {
        if (p.name() == null || p.name().isBlank()) {
            throw DomainException.onField("name", "member.name.required");
        }
        if (p.idNumber() == null) {
            throw DomainException.onField("idNumber", "idcard.empty");
        }
        LocalDate birth = p.birthDate() == null ? p.idNumber().birthDate() : p.birthDate();
        if (!birth.equals(p.idNumber().birthDate())) {
            throw DomainException.onField("birthDate", "member.birth-date.id-mismatch");
        }
        Gender gender = p.gender() == null ? p.idNumber().gender() : p.gender();
        if (gender != p.idNumber().gender()) {
            throw DomainException.onField("gender", "member.gender.id-mismatch");
        }
        if (p.admittedDate() == null) {
            throw DomainException.onField("admittedDate", "member.admitted-date.required");
        }
        if (p.admittedDate().isAfter(today)) {
            throw DomainException.onField("admittedDate", "date.not-in-future");
        }
        if (p.admittedDate().isBefore(birth.plusYears(MINIMUM_ADMISSION_AGE))) {
            throw DomainException.onField("admittedDate", "member.admitted-date.too-young", MINIMUM_ADMISSION_AGE);
        }
        MemberCategory category = p.category() == null
                ? (p.fullMemberDate() == null ? MemberCategory.PROBATIONARY : MemberCategory.FULL)
                : p.category();
        if (category == MemberCategory.FULL && p.fullMemberDate() == null) {
            throw DomainException.onField("fullMemberDate", "member.full-member-date.required");
        }
        if (category == MemberCategory.PROBATIONARY && p.fullMemberDate() != null) {
            throw DomainException.onField("fullMemberDate", "member.full-member-date.probationary");
        }
        if (p.fullMemberDate() != null) {
            if (p.fullMemberDate().isAfter(today)) {
                throw DomainException.onField("fullMemberDate", "date.not-in-future");
            }
            if (!p.fullMemberDate().isAfter(p.admittedDate())) {
                throw DomainException.onField("fullMemberDate", "member.full-member-date.before-admitted");
            }
        }
        this.name = p.name().strip();
        this.gender = gender;
        this.ethnicity = p.ethnicity() == null || p.ethnicity().isBlank() ? "汉族" : p.ethnicity().strip();
        this.idNumber = p.idNumber();
        this.birthDate = birth;
        this.phone = p.phone() == null || p.phone().isBlank() ? null : p.phone().strip();
        this.admittedDate = p.admittedDate();
        this.fullMemberDate = p.fullMemberDate();
        this.category = category;
        MemberFlags f = p.flags() == null ? MemberFlags.none() : p.flags();
        this.leadingCadre = f.leadingCadre();
        this.grassroots = f.grassroots();
        this.household = f.household();
        this.retired = f.retired();
        this.withoutPension = f.withoutPension();
        this.delegateLevel = f.delegateLevel();
        this.streetStaff = f.streetStaff();
    }

    /**
     * Applies what an event means for the roster and returns the event to store. Becoming a full member sets the
     * category and the date; transferring out and dying take the member off the active roster; transferring in puts
     * them back.
     */
    public MemberEvent record(MemberEventKind kind, LocalDate date, String note, LocalDate today) {
        if (date == null) {
            throw DomainException.onField("date", "event.date.required");
        }
        if (date.isAfter(today)) {
            throw DomainException.onField("date", "date.not-in-future");
        }
        if (date.isBefore(admittedDate) && kind != MemberEventKind.TRANSFERRED_IN) {
            throw DomainException.onField("date", "event.date.before-admitted");
        }
        if (status == MemberStatus.DECEASED) {
            throw DomainException.onField("kind", "event.member.deceased");
        }
        switch (kind) {
            case BECAME_FULL_MEMBER -> {
                if (category == MemberCategory.FULL) {
                    throw DomainException.onField("kind", "event.already-full-member");
                }
                if (!date.isAfter(admittedDate)) {
                    throw DomainException.onField("date", "member.full-member-date.before-admitted");
                }
                category = MemberCategory.FULL;
                fullMemberDate = date;
            }
            case TRANSFERRED_OUT -> changeStatus(MemberStatus.TRANSFERRED_OUT, date);
            case TRANSFERRED_IN -> changeStatus(MemberStatus.ACTIVE, date);
            case DIED -> changeStatus(MemberStatus.DECEASED, date);
            default -> {
                // the other events are recorded for the policy engine; the roster does not change
            }
        }
        return new MemberEvent(this, kind, date, note);
    }

    /**
     * 开除党籍 ends membership: the member leaves the roster on the day of the decision (a sanction record says why).
     */
    public void expel(LocalDate date) {
        if (status == MemberStatus.DECEASED) {
            throw DomainException.onField("memberId", "event.member.deceased");
        }
        changeStatus(MemberStatus.LEFT, date);
    }

    private void changeStatus(MemberStatus newStatus, LocalDate date) {
        this.status = newStatus;
        this.statusDate = date;
    }

    public MemberFlags flags() {
        return new MemberFlags(leadingCadre, grassroots, household, retired, withoutPension, delegateLevel,
                streetStaff);
    }

    public MemberProfile profile() {
        return new MemberProfile(name, gender, ethnicity, idNumber, birthDate, phone, admittedDate, fullMemberDate,
                category, flags());
    }

    /** Party age on a day; empty while probationary. */
    public Optional<PartyAge> partyAge(LocalDate asOf) {
        return PartyAge.of(fullMemberDate, asOf);
    }

    public String maskedIdNumber() {
        return idNumber.masked();
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }
}
