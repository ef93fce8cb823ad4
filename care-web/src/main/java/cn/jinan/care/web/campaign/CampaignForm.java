package cn.jinan.care.web.campaign;

import cn.jinan.care.domain.campaign.CampaignDetails;
import cn.jinan.care.domain.campaign.TargetGroup;
import cn.jinan.care.domain.campaign.VisitCampaign;
import cn.jinan.care.domain.shared.FundingSource;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The campaign form. {@code token} makes a double submit create one campaign. */
@Data
public class CampaignForm {

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate windowStart;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate windowEnd;

    @NotEmpty
    private Set<TargetGroup> targets = EnumSet.noneOf(TargetGroup.class);

    @Min(1)
    @Max(150)
    private Integer minAge;

    private Set<Long> customMembers = new LinkedHashSet<>();

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 6, fraction = 2)
    private BigDecimal standardAmount;

    private FundingSource fundingSource;

    @Size(max = 1000)
    private String notes;

    private long version;

    private UUID token = UUID.randomUUID();

    CampaignDetails details() {
        return new CampaignDetails(name, windowStart, windowEnd, targets, minAge,
                customMembers == null ? Set.of() : customMembers, standardAmount, fundingSource, notes);
    }

    static CampaignForm of(VisitCampaign c) {
        CampaignForm f = new CampaignForm();
        f.setName(c.getName());
        f.setWindowStart(c.getWindowStart());
        f.setWindowEnd(c.getWindowEnd());
        f.setTargets(c.getTargets().isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(c.getTargets()));
        f.setMinAge(c.getMinAge());
        f.setCustomMembers(new LinkedHashSet<>(c.getCustomMembers()));
        f.setStandardAmount(c.getStandardAmount());
        f.setFundingSource(c.getFundingSource());
        f.setNotes(c.getNotes());
        f.setVersion(c.getVersion());
        return f;
    }
}
