package cn.jinan.care.web.delegate;

import cn.jinan.care.domain.delegate.DelegateSession;
import cn.jinan.care.domain.delegate.SessionKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of a session: the holding organization (its subtree's delegates are the ones called), and who was present.
 */
@Data
public class SessionForm {

    private Long organizationId;

    @NotNull
    private SessionKind kind;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @NotBlank
    @Size(max = 200)
    private String title;

    @Size(max = 1000)
    private String notes;

    private Set<Long> presentIds = new HashSet<>();

    private long version;

    private UUID token = UUID.randomUUID();

    static SessionForm of(DelegateSession s) {
        SessionForm f = new SessionForm();
        f.setOrganizationId(s.getOrganization().getId());
        f.setKind(s.getKind());
        f.setHeldOn(s.getHeldOn());
        f.setTitle(s.getTitle());
        f.setNotes(s.getNotes());
        s.getAttendance().stream().filter(a -> a.isPresent()).forEach(a -> f.getPresentIds().add(a.getMember().getId()));
        f.setVersion(s.getVersion());
        return f;
    }
}
