package cn.jinan.care.web.exemption;

import cn.jinan.care.domain.exemption.ExemptionReason;
import cn.jinan.care.domain.policy.RuleCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Data;

@Data
public class ExemptionForm {

    @NotNull
    private Integer year;

    @NotNull
    private RuleCode rule;

    @NotNull
    private ExemptionReason reason;

    @Size(max = 500)
    private String reasonText;

    @NotBlank
    @Size(max = 100)
    private String approvedBy;

    private long version;

    static ExemptionForm of(cn.jinan.care.domain.exemption.Exemption e) {
        ExemptionForm f = new ExemptionForm();
        f.setYear(e.getYear());
        f.setRule(e.getRule());
        f.setReason(e.getReason());
        f.setReasonText(e.getReasonText());
        f.setApprovedBy(e.getApprovedBy());
        f.setVersion(e.getVersion());
        return f;
    }
}
