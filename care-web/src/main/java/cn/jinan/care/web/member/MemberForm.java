package cn.jinan.care.web.member;

import cn.jinan.care.domain.member.DelegateLevel;
import cn.jinan.care.domain.member.Household;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberCategory;
import cn.jinan.care.domain.member.MemberFlags;
import cn.jinan.care.domain.member.MemberProfile;
import cn.jinan.care.domain.shared.Gender;
import cn.jinan.care.domain.shared.IdCardNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The roster form. Text stays text until {@link #toProfile()}, so a rejected form shows exactly what was typed. */
@Data
public class MemberForm {

    @NotNull
    private Long organizationId;

    @NotBlank
    @Size(max = 50)
    private String name;

    private Gender gender;

    @Size(max = 20)
    private String ethnicity = "汉族";

    @NotBlank
    @Size(max = 18)
    private String idNumber;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PastOrPresent
    private LocalDate birthDate;

    @Size(max = 20)
    @Pattern(regexp = "^$|^1[3-9][0-9]{9}$|^0[0-9]{2,3}-?[0-9]{7,8}$", message = "{member.phone.pattern}")
    private String phone;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate admittedDate;

    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate fullMemberDate;

    @NotNull
    private MemberCategory category = MemberCategory.FULL;

    private boolean leadingCadre;
    private boolean grassroots;
    @NotNull
    private Household household = Household.URBAN;
    private boolean retired;
    private boolean withoutPension;
    @NotNull
    private DelegateLevel delegateLevel = DelegateLevel.NONE;
    private boolean streetStaff;

    private long version;

    /**
     * The profile the domain checks.
     *
     * @throws cn.jinan.care.domain.shared.DomainException on the {@code idNumber} field when it is not a valid number
     */
    MemberProfile toProfile() {
        return new MemberProfile(name, gender, ethnicity, IdCardNumber.of(idNumber), birthDate, phone, admittedDate,
                fullMemberDate, category,
                new MemberFlags(leadingCadre, grassroots, household, retired, withoutPension, delegateLevel,
                        streetStaff));
    }

    /** On an edit, a number left as shown (masked) means "unchanged". */
    void keepIdNumberIfUnchanged(Member existing) {
        if (idNumber != null && idNumber.strip().equals(existing.maskedIdNumber())) {
            idNumber = existing.getIdNumber().value();
        }
    }

    static MemberForm of(Member m) {
        MemberForm f = new MemberForm();
        f.setOrganizationId(m.getOrganization().getId());
        f.setName(m.getName());
        f.setGender(m.getGender());
        f.setEthnicity(m.getEthnicity());
        // the edit form shows the number masked: reading it in full is a logged, deliberate act
        f.setIdNumber(m.maskedIdNumber());
        f.setBirthDate(m.getBirthDate());
        f.setPhone(m.getPhone());
        f.setAdmittedDate(m.getAdmittedDate());
        f.setFullMemberDate(m.getFullMemberDate());
        f.setCategory(m.getCategory());
        f.setLeadingCadre(m.isLeadingCadre());
        f.setGrassroots(m.isGrassroots());
        f.setHousehold(m.getHousehold());
        f.setRetired(m.isRetired());
        f.setWithoutPension(m.isWithoutPension());
        f.setDelegateLevel(m.getDelegateLevel());
        f.setStreetStaff(m.isStreetStaff());
        f.setVersion(m.getVersion());
        return f;
    }
}
