package cn.jinan.care.web.hardship;

import cn.jinan.care.domain.hardship.HardshipCategory;
import cn.jinan.care.domain.hardship.HardshipDetails;
import cn.jinan.care.domain.hardship.HardshipRecord;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The hardship register form. {@code token} makes a double submit create one record. */
@Data
public class HardshipForm {

    @NotNull
    private Long memberId;

    @NotEmpty
    private Set<HardshipCategory> categories = EnumSet.noneOf(HardshipCategory.class);

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate since;

    @NotBlank
    @Size(max = 2000)
    private String situation;

    @Size(max = 1000)
    private String needs;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nextReviewDate;

    private long version;

    private UUID token = UUID.randomUUID();

    HardshipDetails details() {
        return new HardshipDetails(categories, since, situation, needs, nextReviewDate);
    }

    static HardshipForm of(HardshipRecord r) {
        HardshipForm f = new HardshipForm();
        f.setMemberId(r.getMember().getId());
        f.setCategories(r.getCategories().isEmpty() ? EnumSet.noneOf(HardshipCategory.class)
                : EnumSet.copyOf(r.getCategories()));
        f.setSince(r.getSince());
        f.setSituation(r.getSituation());
        f.setNeeds(r.getNeeds());
        f.setNextReviewDate(r.getNextReviewDate());
        f.setVersion(r.getVersion());
        return f;
    }
}
