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
    private static final ThreadLocal<String> OVERRIDE = new ThreadLocal<>();

    private AuditActor() {
    }

    /** Installs where the current user's name comes from. */
    public static void install(Supplier<String> currentUsername) {
        resolver = Objects.requireNonNull(currentUsername);
    }

    /** Runs {@code work} on this thread as {@code actor}, e.g. start-up code as {@value #SYSTEM}. */
    public static void runAs(String actor, Runnable work) {
        String previous = OVERRIDE.get();
        OVERRIDE.set(actor);
        try {
            work.run();
        } finally {
            if (previous == null) {
                OVERRIDE.remove();
            } else {
                OVERRIDE.set(previous);
            }
        }
    }

    /** The current user's name, or {@value #SYSTEM} when no user is signed in. */
    public static String current() {
        String name = OVERRIDE.get() != null ? OVERRIDE.get() : resolver.get();
        return name == null || name.isBlank() ? SYSTEM : name;
    }
}
