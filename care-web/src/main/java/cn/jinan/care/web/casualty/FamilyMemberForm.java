package cn.jinan.care.web.casualty;

import cn.jinan.care.domain.casualty.CasualtyFamilyMember;
import cn.jinan.care.domain.casualty.FamilyMemberDetails;
import cn.jinan.care.domain.casualty.FamilyRelation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import lombok.Data;

/** A family member of a case: relation, name, birth year and the situation 第28条 asks the branch to know. */
@Data
public class FamilyMemberForm {

    @NotNull
    private FamilyRelation relation;

    @NotBlank
    @Size(max = 50)
    private String name;

    private Integer birthYear;

    @Size(max = 500)
    private String incomeSource;

    @Size(max = 500)
    private String pension;

    @Size(max = 500)
    private String medical;

    @Size(max = 500)
    private String schoolingOrEmployment;

    private long version;

    private UUID token = UUID.randomUUID();

    FamilyMemberDetails details() {
        return new FamilyMemberDetails(relation, name, birthYear, incomeSource, pension, medical,
                schoolingOrEmployment);
    }

    static FamilyMemberForm of(CasualtyFamilyMember f) {
        FamilyMemberForm form = new FamilyMemberForm();
        form.setRelation(f.getRelation());
        form.setName(f.getName());
        form.setBirthYear(f.getBirthYear());
        form.setIncomeSource(f.getIncomeSource());
        form.setPension(f.getPension());
        form.setMedical(f.getMedical());
        form.setSchoolingOrEmployment(f.getSchoolingOrEmployment());
        form.setVersion(f.getVersion());
        return form;
    }
}
