package cn.jinan.care.web.sanction;

import cn.jinan.care.domain.sanction.Sanction;
import cn.jinan.care.domain.sanction.SanctionDetails;
import cn.jinan.care.domain.sanction.SanctionType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The sanction form; {@code probationMonths} only for 留党察看. {@code token} makes a double submit record one. */
@Data
public class SanctionForm {

    // required when recording; an edit keeps the record's member
    private Long memberId;

    @NotNull
    private SanctionType type;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;

    @NotBlank
    @Size(max = 100)
    private String decidingBody;

    @Size(max = 100)
    private String documentNumber;

    private Integer probationMonths;

    @NotBlank
    @Size(max = 2000)
    private String grounds;

    private long version;

    private UUID token = UUID.randomUUID();

    SanctionDetails details() {
        return new SanctionDetails(type, decidedOn, decidingBody, documentNumber,
                type == SanctionType.PROBATION ? probationMonths : null, grounds);
    }

    static SanctionForm of(Sanction s) {
        SanctionForm f = new SanctionForm();
        f.setMemberId(s.getMember().getId());
        f.setType(s.getType());
        f.setDecidedOn(s.getDecidedOn());
        f.setDecidingBody(s.getDecidingBody());
        f.setDocumentNumber(s.getDocumentNumber());
        f.setProbationMonths(s.getProbationMonths());
        f.setGrounds(s.getGrounds());
        f.setVersion(s.getVersion());
        return f;
    }
}
