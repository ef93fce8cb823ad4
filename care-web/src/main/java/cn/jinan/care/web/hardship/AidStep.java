package cn.jinan.care.web.hardship;

import cn.jinan.care.domain.hardship.AidStatus;
import cn.jinan.care.persistence.shared.NotFoundException;
import java.util.Arrays;
import java.util.Locale;

/** An aid step as it appears in URLs ({@code /aid/{id}/approve}) and the status it leads to. */
public enum AidStep {
    APPROVE(AidStatus.APPROVED), PUBLICIZE(AidStatus.PUBLICIZED), PAY(AidStatus.PAID), REJECT(AidStatus.REJECTED);

    private final AidStatus leadsTo;

    AidStep(AidStatus leadsTo) {
        this.leadsTo = leadsTo;
    }

    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AidStep ofPath(String path) {
        return Arrays.stream(values()).filter(s -> s.path().equals(path)).findFirst()
                .orElseThrow(() -> new NotFoundException("aid step", path));
    }

    /** The step that takes an aid in this status on, if any (rejection is offered beside it, not as it). */
    public static AidStep nextFor(AidStatus status) {
        return status.next().flatMap(n -> Arrays.stream(values()).filter(s -> s.leadsTo == n).findFirst())
                .orElse(null);
    }
}
