package cn.jinan.care.web.sanction;

import cn.jinan.care.persistence.sanction.SanctionService;
import cn.jinan.care.web.security.CurrentScope;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * For the member page, as {@code @impactBadge}: until when the member is inside a sanction's impact period
 * (R20-IMPACT-PERIOD), within the signed-in user's scope. Says only the date, not the sanction: its grounds stay on
 * the sanction's page, whose reads are logged.
 */
@Component("impactBadge")
public class ImpactBadge {

    private final SanctionService sanctions;
    private final CurrentScope scope;
    private final Clock clock;

    public ImpactBadge(SanctionService sanctions, CurrentScope scope, Clock clock) {
        this.sanctions = sanctions;
        this.scope = scope;
        this.clock = clock;
    }

    /** The last day of the impact period the member is inside today, or null. */
    public LocalDate until(Long memberId) {
        if (memberId == null) {
            return null;
        }
        return sanctions.impactUntil(scope.get(), memberId, LocalDate.now(clock)).orElse(null);
    }
}
