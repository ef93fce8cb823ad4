package cn.jinan.care.web.demo;

import cn.jinan.care.persistence.embedded.EmbeddedDatabase;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether demo data and demo accounts are loaded: {@code care.demo.mode} is {@code on}, {@code off}, or {@code auto}
 * (the default), which means on with the embedded database (a newcomer's first run) and off with an external one.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    public DemoMode(Environment environment, ObjectProvider<EmbeddedDatabase> embedded) {
        String mode = environment.getProperty("care.demo.mode", "auto").strip().toLowerCase(Locale.ROOT);
        this.enabled = switch (mode) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> embedded.getIfAvailable() != null;
        };
    }

    public boolean enabled() {
        return enabled;
    }
}
