package cn.jinan.care.web.recuperation;

import cn.jinan.care.domain.recuperation.Recuperation;
import cn.jinan.care.domain.recuperation.RecuperationDetails;
import cn.jinan.care.domain.shared.FundingSource;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The recuperation form. {@code token} makes a double submit create one stay. */
@Data
public class RecuperationForm {

    @NotNull
    private Long memberId;

    @NotBlank
    @Size(max = 100)
    private String place;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    @Size(max = 100)
    private String escort;

    private BigDecimal cost;

    private FundingSource fundingSource;

    @Size(max = 1000)
    private String notes;

    private long version;

    private UUID token = UUID.randomUUID();

    RecuperationDetails details() {
        return new RecuperationDetails(place, startDate, endDate, escort, cost, fundingSource, notes);
    }

    static RecuperationForm of(Recuperation r) {
        RecuperationForm f = new RecuperationForm();
        f.setMemberId(r.getMember().getId());
        f.setPlace(r.getPlace());
        f.setStartDate(r.getStartDate());
        f.setEndDate(r.getEndDate());
        f.setEscort(r.getEscort());
        f.setCost(r.getCost());
        f.setFundingSource(r.getFundingSource());
        f.setNotes(r.getNotes());
        f.setVersion(r.getVersion());
        return f;
    }
}
