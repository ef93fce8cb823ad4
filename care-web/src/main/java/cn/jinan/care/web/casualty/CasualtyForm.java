package cn.jinan.care.web.casualty;

import cn.jinan.care.domain.casualty.CasualtyCase;
import cn.jinan.care.domain.casualty.CasualtyDetails;
import cn.jinan.care.domain.casualty.CasualtyKind;
import cn.jinan.care.domain.casualty.DeathCause;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The case form. {@code token} makes a double submit open one case. */
@Data
public class CasualtyForm {

    @NotNull
    private Long memberId;

    @NotNull
    private CasualtyKind kind;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate eventDate;

    private DeathCause cause;

    private Integer disabilityGrade;

    @Size(max = 1000)
    private String disabilityDescription;

    private boolean martyr;

    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate martyrRecognisedOn;

    @Size(max = 200)
    private String martyrDocument;

    @NotBlank
    @Size(max = 100)
    private String responsiblePerson;

    @Size(max = 20)
    private String responsiblePhone;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate openedOn;

    @Size(max = 2000)
    private String notes;

    private long version;

    private UUID token = UUID.randomUUID();

    CasualtyDetails details() {
        return new CasualtyDetails(kind, eventDate, cause, disabilityGrade, disabilityDescription, martyr,
                martyrRecognisedOn, martyrDocument, responsiblePerson, responsiblePhone, openedOn, notes);
    }

    static CasualtyForm of(CasualtyCase c) {
        CasualtyForm f = new CasualtyForm();
        f.setMemberId(c.getMember().getId());
        f.setKind(c.getKind());
        f.setEventDate(c.getEventDate());
        f.setCause(c.getCause());
        f.setDisabilityGrade(c.getDisabilityGrade());
        f.setDisabilityDescription(c.getDisabilityDescription());
        f.setMartyr(c.isMartyr());
        f.setMartyrRecognisedOn(c.getMartyrRecognisedOn());
        f.setMartyrDocument(c.getMartyrDocument());
        f.setResponsiblePerson(c.getResponsiblePerson());
        f.setResponsiblePhone(c.getResponsiblePhone());
        f.setOpenedOn(c.getOpenedOn());
        f.setNotes(c.getNotes());
        f.setVersion(c.getVersion());
        return f;
    }
}
