package cn.jinan.care.web.honor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Awarding the medal of a year: the members ticked on the candidate list (a batch), or the one whose row button was
 * pressed ({@code single}); when, by whom, under which document.
 */
@Data
public class MedalAwardForm {

    @NotNull
    private Integer year;

    private List<Long> memberIds = new ArrayList<>();

    private Long single;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate awardedOn;

    @NotBlank
    @Size(max = 100)
    private String awardingBody;

    @Size(max = 100)
    private String documentNumber;

    private UUID token = UUID.randomUUID();

    /** The members to award: the row's member when a row button was pressed, else those ticked. */
    List<Long> chosen() {
        return single != null ? List.of(single) : memberIds;
    }
}
