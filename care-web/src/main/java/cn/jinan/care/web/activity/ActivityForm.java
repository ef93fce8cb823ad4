package cn.jinan.care.web.activity;

import cn.jinan.care.domain.activity.Activity;
import cn.jinan.care.domain.activity.ActivityDetails;
import cn.jinan.care.domain.activity.ActivityKind;
import cn.jinan.care.domain.activity.ActivityParticipant;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/** The activity form: organizer (fixed once recorded), what and when, and the participants ticked from the roster. */
@Data
public class ActivityForm {

    private Long organizationId;

    @NotNull
    private ActivityKind kind;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    @Size(max = 200)
    private String site;

    private boolean freeShuttle;

    @DecimalMin("0.5")
    @DecimalMax("12")
    private BigDecimal hoursPerDay;

    @Size(max = 1000)
    private String notes;

    private List<Long> memberIds = new ArrayList<>();

    private long version;

    private UUID token = UUID.randomUUID();

    ActivityDetails details() {
        return new ActivityDetails(kind, title, startDate, endDate, site, freeShuttle, hoursPerDay, notes);
    }

    static ActivityForm of(Activity a, List<ActivityParticipant> participants) {
        ActivityForm f = new ActivityForm();
        f.setOrganizationId(a.getOrganization().getId());
        f.setKind(a.getKind());
        f.setTitle(a.getTitle());
        f.setStartDate(a.getStartDate());
        f.setEndDate(a.getEndDate());
        f.setSite(a.getSite());
        f.setFreeShuttle(a.isFreeShuttle());
        f.setHoursPerDay(a.getHoursPerDay());
        f.setNotes(a.getNotes());
        f.setMemberIds(new ArrayList<>(participants.stream().map(p -> p.getMember().getId()).toList()));
        f.setVersion(a.getVersion());
        return f;
    }
}
