package cn.jinan.care.domain.shared;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Who is acting, as the audit trail records it. The web layer installs a resolver that reads the signed-in user;
 * batch jobs and start-up code act as {@value #SYSTEM}.
 */
public final class AuditActor {

    public static final String SYSTEM = "system";

    private static volatile Supplier<String> resolver = () -> null;

    private AuditActor() {
    }

    /** Installs where the current user's name comes from. */
    public static void install(Supplier<String> currentUsername) {
        resolver = Objects.requireNonNull(currentUsername);
    }

    /** The current user's name, or {@value #SYSTEM} when no user is signed in. */
    public static String current() {
        String name = resolver.get();
        return name == null || name.isBlank() ? SYSTEM : name;
    }
}
