package cn.jinan.care.persistence.testdata;

import cn.jinan.care.domain.member.MemberCategory;
import cn.jinan.care.domain.member.MemberFlags;
import cn.jinan.care.domain.member.MemberProfile;
import cn.jinan.care.domain.shared.IdCardNumber;
import java.time.LocalDate;

/**
 * Builds a valid {@link MemberProfile}: by default a full member with a fresh identity number, admitted at 30 and a
 * full member a year later. Vary one field at a time.
 */
public final class MemberProfiles {

    private String name = "测试党员";
    private IdCardNumber idNumber = IdNumbers.next();
    private String phone;
    private LocalDate admittedDate;
    private LocalDate fullMemberDate;
    private MemberCategory category = MemberCategory.FULL;
    private MemberFlags flags = MemberFlags.none();

    private MemberProfiles() {
    }

    public static MemberProfiles aMember() {
        return new MemberProfiles();
    }

    /** The profile as it stands, to change a few fields of it (as the roster form does). */
    public static MemberProfiles from(MemberProfile profile) {
        MemberProfiles p = new MemberProfiles();
        p.name = profile.name();
        p.idNumber = profile.idNumber();
        p.phone = profile.phone();
        p.admittedDate = profile.admittedDate();
        p.fullMemberDate = profile.fullMemberDate();
        p.category = profile.category();
        p.flags = profile.flags();
        return p;
    }

    public MemberProfiles name(String name) {
        this.name = name;
        return this;
    }

    public MemberProfiles idNumber(IdCardNumber idNumber) {
        this.idNumber = idNumber;
        return this;
    }

    public MemberProfiles phone(String phone) {
        this.phone = phone;
        return this;
    }

    /** Admitted on {@code admitted} (the political birthday); a full member a year later unless probationary. */
    public MemberProfiles admitted(LocalDate admitted) {
        this.admittedDate = admitted;
        return this;
    }

    /** Born on {@code birth}: a fresh identity number of that birth date. */
    public MemberProfiles born(LocalDate birth) {
        this.idNumber = IdNumbers.bornOn(birth);
        return this;
    }

    public MemberProfiles probationary() {
        this.category = MemberCategory.PROBATIONARY;
        this.fullMemberDate = null;
        return this;
    }

    public MemberProfiles flags(MemberFlags flags) {
        this.flags = flags;
        return this;
    }

    public MemberProfile build() {
        LocalDate birth = idNumber.birthDate();
        LocalDate admitted = admittedDate != null ? admittedDate : birth.plusYears(30);
        LocalDate full = category == MemberCategory.FULL
                ? (fullMemberDate != null ? fullMemberDate : admitted.plusYears(1))
                : null;
        return new MemberProfile(name, idNumber.gender(), "汉族", idNumber, birth, phone, admitted, full, category,
                flags);
    }
}
