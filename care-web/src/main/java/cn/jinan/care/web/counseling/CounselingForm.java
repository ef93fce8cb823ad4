package cn.jinan.care.web.counseling;

import cn.jinan.care.domain.counseling.CounselingCase;
import cn.jinan.care.domain.counseling.CounselingDetails;
import cn.jinan.care.domain.counseling.ReferralSource;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** Opening or editing a counseling case. */
@Data
public class CounselingForm {

    @NotNull
    private Long memberId;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate referralDate;

    @NotNull
    private ReferralSource referralSource;

    @Size(max = 2000)
    private String assessment;

    @Size(max = 2000)
    private String intervention;

    @Size(max = 2000)
    private String followUp;

    private long version;

    private UUID token = UUID.randomUUID();

    CounselingDetails details() {
        return new CounselingDetails(referralDate, referralSource, assessment, intervention, followUp);
    }

    static CounselingForm of(CounselingCase c) {
        CounselingForm f = new CounselingForm();
        f.setMemberId(c.getMember().getId());
        f.setReferralDate(c.getReferralDate());
        f.setReferralSource(c.getReferralSource());
        f.setAssessment(c.getAssessment());
        f.setIntervention(c.getIntervention());
        f.setFollowUp(c.getFollowUp());
        f.setVersion(c.getVersion());
        return f;
    }
}
