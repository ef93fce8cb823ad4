package cn.jinan.care.web.shared;

import cn.jinan.care.domain.user.Role;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.security.CareUser;
import cn.jinan.care.web.security.CurrentScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The count of open to-do items on the navigation bar of those who work with members. It is counted only when a page
 * shows it (never for a download or a JSON poll). A secretary's count is always current; an organization department's
 * covers a district or the whole city (a count over hundreds of thousands of obligations), so it is kept for
 * {@link #KEPT_FOR} per organization — the to-do list itself is always current.
 */
@ControllerAdvice
@RequiredArgsConstructor
public class NavigationCounts {

    static final Duration KEPT_FOR = Duration.ofMinutes(1);
    private static final int MOST_KEPT = 1_000;

    private final ObligationService obligations;
    private final CurrentScope currentScope;
    private final Clock clock;
    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    /** A count worked out the first time a template reads it. */
    public static final class OpenCount {

        private final LongSupplier count;
        private Long value;

        OpenCount(LongSupplier count) {
            this.count = count;
        }

        public long getValue() {
            if (value == null) {
                value = count.getAsLong();
            }
            return value;
        }
    }

    private record Kept(long count, Instant until) {
    }

    @ModelAttribute("openObligations")
    public OpenCount openObligations() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof CareUser user) || !user.role().worksWithMembers()) {
            return null;
        }
        // an account disabled while signed in has no scope: its pages (the error page too) show no count
        DataScope scope = currentScope.find().orElse(null);
        if (scope == null) {
            return null;
        }
        if (user.role() != Role.ORG_DEPT) {
            return new OpenCount(() -> obligations.countOpen(scope));
        }
        return new OpenCount(() -> {
            Instant now = clock.instant();
            Kept k = kept.get(scope.organizationId());
            if (k == null || now.isAfter(k.until())) {
                if (kept.size() >= MOST_KEPT) {
                    kept.clear();
                }
                k = new Kept(obligations.countOpen(scope), now.plus(KEPT_FOR));
                kept.put(scope.organizationId(), k);
            }
            return k.count();
        });
    }
}
