package cn.jinan.care.web.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting for templates, as {@code @fmt}: dates as 2025年7月1日 in Chinese and 1 Jul 2025 in English, times in
 * China Standard Time, and enum values through the message bundle ({@code enum.<Type>.<VALUE>}).
 */
@Component("fmt")
public class Fmt {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ZH_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private final MessageSource messages;

    public Fmt(MessageSource messages) {
        this.messages = messages;
    }

    public String date(LocalDate date) {
        return date == null ? "" : (chinese() ? ZH_DATE : EN_DATE).format(date);
    }

    public String time(Instant instant) {
        return instant == null ? "" : (chinese() ? ZH_TIME : EN_TIME).format(instant.atZone(CHINA));
    }

    /** The label of an enum value, e.g. {@code enum.MemberStatus.ACTIVE}. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return messages.getMessage("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(), null,
                value.name(), LocaleContextHolder.getLocale());
    }

    /** The label of an enum value given as type name and value name (for native query rows). */
    public String label(String type, String value) {
        return value == null ? "" : messages.getMessage("enum." + type + "." + value, null, value,
                LocaleContextHolder.getLocale());
    }

    /** A value of the change history: dates, booleans and enums in words. */
    public String value(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof LocalDate d) {
            return date(d);
        }
        if (value instanceof Boolean b) {
            return messages.getMessage(b ? "common.yes" : "common.no", null, LocaleContextHolder.getLocale());
        }
        if (value instanceof Enum<?> e) {
            return label(e);
        }
        if (value instanceof TemporalAccessor t && value instanceof Instant i) {
            return time(i);
        }
        return value.toString();
    }

    private static boolean chinese() {
        return !"en".equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
