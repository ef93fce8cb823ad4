package cn.jinan.care.web.honor;

import cn.jinan.care.domain.honor.AwardLevel;
import cn.jinan.care.domain.honor.Honor;
import cn.jinan.care.domain.honor.HonorDetails;
import cn.jinan.care.domain.honor.HonorKind;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.persistence.honor.HonorFilter;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The honor form, for a member's honor or an organization's ({@code holder}); {@code token} makes a double submit
 * record one honor.
 */
@Data
public class HonorForm {

    private HonorFilter.Holder holder = HonorFilter.Holder.MEMBER;

    private Long memberId;

    private Long organizationId;

    @NotNull
    private HonorKind kind;

    @NotNull
    @Min(Honor.FIRST_YEAR)
    @Max(2200)
    private Integer year;

    @Size(max = 200)
    private String title;

    @NotNull
    private AwardLevel level;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate awardedOn;

    @NotBlank
    @Size(max = 100)
    private String awardingBody;

    @Size(max = 100)
    private String documentNumber;

    @DecimalMin("0")
    @Digits(integer = 10, fraction = 2)
    private BigDecimal rewardAmount;

    private FundingSource fundingSource;

    @Size(max = 1000)
    private String notes;

    private long version;

    private UUID token = UUID.randomUUID();

    boolean forOrganization() {
        return holder == HonorFilter.Holder.ORGANIZATION;
    }

    HonorDetails details() {
        return new HonorDetails(kind, year, title, level, awardedOn, awardingBody, documentNumber, rewardAmount,
                fundingSource, notes);
    }

    static HonorForm of(Honor h) {
        HonorForm f = new HonorForm();
        f.setHolder(h.getMember() != null ? HonorFilter.Holder.MEMBER : HonorFilter.Holder.ORGANIZATION);
        f.setMemberId(h.getMember() == null ? null : h.getMember().getId());
        f.setOrganizationId(h.getOrganization() == null ? null : h.getOrganization().getId());
        f.setKind(h.getKind());
        f.setYear(h.getYear());
        f.setTitle(h.getTitle());
        f.setLevel(h.getLevel());
        f.setAwardedOn(h.getAwardedOn());
        f.setAwardingBody(h.getAwardingBody());
        f.setDocumentNumber(h.getDocumentNumber());
        f.setRewardAmount(h.getRewardAmount());
        f.setFundingSource(h.getFundingSource());
        f.setNotes(h.getNotes());
        f.setVersion(h.getVersion());
        return f;
    }
}
