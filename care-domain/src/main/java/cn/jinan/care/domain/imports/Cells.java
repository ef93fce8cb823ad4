package cn.jinan.care.domain.imports;

import cn.jinan.care.domain.shared.DomainException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads typed values from cell text, as people and platforms write them. Each failure names its message key. */
public final class Cells {

    /** 2020-07-01, 2020/7/1, 2020.7.1, 2020年7月1日, optionally followed by a time (platforms export timestamps). */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,6}(?:\\.\\d{1,6})?");
    private static final Pattern HOURS_UNIT = Pattern.compile("(?i)\\s*(学时|小时|课时|h|hours?)$");
    /** A mobile (11 digits from 13…19) or a landline with its area code, as the roster form accepts. */
    private static final Pattern PHONE = Pattern.compile("1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}");
    /** Letters of any script with the middle dot of transliterated names, and blanks between words. */
    private static final Pattern PERSON_NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}·•.\\s]*");

    private Cells() {
    }

    /**
     * A date as written in a cell (a spreadsheet's date cells are read as ISO text).
     *
     * @throws DomainException {@code imports.value.date}
     */
    public static LocalDate date(String text) {
        String s = fold(text);
        Matcher m = DATE.matcher(s);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(s);
            if (!m.matches()) {
                throw DomainException.onField(null, "imports.value.date");
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw DomainException.onField(null, "imports.value.date");
        }
    }

    /**
     * Study hours as a number, with or without a unit (2, 1.5, 1.5学时, 2小时).
     *
     * @throws DomainException {@code imports.value.number}
     */
    public static BigDecimal hours(String text) {
        String s = HOURS_UNIT.matcher(fold(text)).replaceFirst("");
        if (!NUMBER.matcher(s).matches()) {
            throw DomainException.onField(null, "imports.value.number");
        }
        return new BigDecimal(s);
    }

    /**
     * A person's name: letters (any script), the middle dot of transliterated names and blanks. Text that a
     * spreadsheet would take for a formula (=, +, -, @ first) never passes.
     *
     * @throws DomainException {@code imports.value.name}
     */
    public static String personName(String text) {
        String s = text == null ? "" : text.strip();
        if (!PERSON_NAME.matcher(s).matches()) {
            throw DomainException.onField(null, "imports.value.name");
        }
        return s;
    }

    /** @throws DomainException {@code member.phone.pattern} */
    public static String phone(String text) {
        String s = fold(text);
        if (!s.isEmpty() && !PHONE.matcher(s).matches()) {
            throw DomainException.onField(null, "member.phone.pattern");
        }
        return s;
    }

    /** @throws DomainException {@code common.too-long} */
    public static String limited(String text, int max) {
        String s = text == null ? "" : text.strip();
        if (s.length() > max) {
            throw DomainException.onField(null, "common.too-long", max);
        }
        return s;
    }

    /** Full-width digits and punctuation folded to ASCII, blanks around removed. */
    static String fold(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }
}
