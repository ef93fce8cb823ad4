package cn.jinan.care.web.secondment;

import cn.jinan.care.domain.secondment.Secondment;
import cn.jinan.care.domain.secondment.SecondmentDetails;
import cn.jinan.care.domain.secondment.SecondmentDirection;
import cn.jinan.care.domain.secondment.SecondmentKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The secondment form. Each unit is an organization picked from the tree or a unit outside it written out; when both
 * are given the text is what the register shows. {@code token} makes a double submit record one secondment.
 */
@Data
public class SecondmentForm {

    private Long memberId;

    @NotNull
    private SecondmentKind kind;

    @NotNull
    private SecondmentDirection direction;

    private Long fromOrganizationId;

    @Size(max = 100)
    private String fromUnit;

    private Long toOrganizationId;

    @Size(max = 100)
    private String toUnit;

    @Size(max = 100)
    private String post;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    @Size(max = 100)
    private String documentNumber;

    @Size(max = 1000)
    private String notes;

    private long version;

    private UUID token = UUID.randomUUID();

    SecondmentDetails details() {
        return new SecondmentDetails(kind, direction, fromUnit, toUnit, post, startDate, endDate, documentNumber,
                notes);
    }

    static SecondmentForm of(Secondment s) {
        SecondmentForm f = new SecondmentForm();
        f.setMemberId(s.getMember().getId());
        f.setKind(s.getKind());
        f.setDirection(s.getDirection());
        f.setFromOrganizationId(s.getFromOrganization() == null ? null : s.getFromOrganization().getId());
        // a picked organization's name is not repeated as text: changing the pick changes the unit
        f.setFromUnit(s.getFromOrganization() != null && s.getFromOrganization().getName().equals(s.getFromUnit())
                ? null : s.getFromUnit());
        f.setToOrganizationId(s.getToOrganization() == null ? null : s.getToOrganization().getId());
        f.setToUnit(s.getToOrganization() != null && s.getToOrganization().getName().equals(s.getToUnit())
                ? null : s.getToUnit());
        f.setPost(s.getPost());
        f.setStartDate(s.getStartDate());
        f.setEndDate(s.getEndDate());
        f.setDocumentNumber(s.getDocumentNumber());
        f.setNotes(s.getNotes());
        f.setVersion(s.getVersion());
        return f;
    }
}
