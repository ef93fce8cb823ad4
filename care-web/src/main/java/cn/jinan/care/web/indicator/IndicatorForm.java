package cn.jinan.care.web.indicator;

import cn.jinan.care.domain.indicator.FiveSmalls;
import cn.jinan.care.domain.indicator.Indicator;
import cn.jinan.care.domain.indicator.IndicatorEntry;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import lombok.Data;

/** An organization's indicator for a year: a count or percent, or for R25 the five smalls; always the evidence. */
@Data
public class IndicatorForm {

    @NotNull
    private Indicator indicator;

    private Long organizationId;

    @NotNull
    @Min(IndicatorEntry.FIRST_YEAR)
    @Max(IndicatorEntry.LAST_YEAR)
    private Integer year;

    @Digits(integer = 5, fraction = 1)
    private BigDecimal value;

    private boolean canteen;
    private boolean dormitory;
    private boolean bathroom;
    private boolean library;
    private boolean activityRoom;

    @NotBlank
    @Size(max = 2000)
    private String evidence;

    private long version;

    private UUID token = UUID.randomUUID();

    FiveSmalls smalls() {
        return indicator == Indicator.R25 ? new FiveSmalls(canteen, dormitory, bathroom, library, activityRoom)
                : null;
    }

    static IndicatorForm of(IndicatorEntry e) {
        IndicatorForm f = new IndicatorForm();
        f.setIndicator(e.getIndicator());
        f.setOrganizationId(e.getOrganization().getId());
        f.setYear(e.getYear());
        f.setValue(e.getIndicator() == Indicator.R25 ? null : e.displayValue());
        FiveSmalls s = e.fiveSmalls();
        if (s != null) {
            f.setCanteen(s.canteen());
            f.setDormitory(s.dormitory());
            f.setBathroom(s.bathroom());
            f.setLibrary(s.library());
            f.setActivityRoom(s.activityRoom());
        }
        f.setEvidence(e.getEvidence());
        f.setVersion(e.getVersion());
        return f;
    }
}
