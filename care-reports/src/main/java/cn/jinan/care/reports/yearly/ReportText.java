package cn.jinan.care.reports.yearly;

import cn.jinan.care.domain.policy.RuleCode;
import java.time.LocalDate;

/**
 * The words of a report in the reader's language: the web layer gives one backed by its message bundles (keys
 * {@code report.*}, {@code rule.<code>}, {@code enum.<Type>.<VALUE>}), tests a map. Writers never hold text.
 */
public interface ReportText {

    /** The message for a key, with its arguments. */
    String text(String key, Object... args);

    /** A day as the reader writes it (2026年7月1日 / 1 Jul 2026). */
    String date(LocalDate day);

    default String rule(RuleCode rule) {
        return text("rule." + rule.code());
    }

    default String label(Enum<?> value) {
        return text("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
