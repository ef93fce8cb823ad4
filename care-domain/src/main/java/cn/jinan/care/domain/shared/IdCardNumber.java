package cn.jinan.care.domain.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A citizen identity number (公民身份号码) as GB 11643-1999 defines it: six digits of the address code, eight of the
 * birth date, three of the sequence (odd for men, even for women) and a check character computed with ISO 7064
 * MOD 11-2. An instance always holds a valid number; use {@link #check(String)} to learn why a text is not one.
 */
public final class IdCardNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1890, 1, 1);

    /** Why a text is not a valid number; each has a message key {@code idcard.<name>}. */
    public enum Problem {
        EMPTY, LENGTH, CHARACTERS, REGION, BIRTH_DATE, CHECK_DIGIT;

        public String messageKey() {
            return "idcard." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final String value;

    private IdCardNumber(String value) {
        this.value = value;
    }

    /**
     * Parses a number, accepting a lower-case x and surrounding blanks.
     *
     * @throws DomainException with the problem's message key if the text is not a valid number
     */
    public static IdCardNumber of(String text) {
        String normalized = normalize(text);
        Problem problem = check(normalized);
        if (problem != null) {
            throw DomainException.onField("idNumber", problem.messageKey());
        }
        return new IdCardNumber(normalized);
    }

    /** The problem with a text, or {@code null} when it is a valid number. */
    public static Problem check(String text) {
        String s = normalize(text);
        if (s == null || s.isEmpty()) {
            return Problem.EMPTY;
        }
        if (s.length() != 18) {
            return Problem.LENGTH;
        }
        for (int i = 0; i < 17; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return Problem.CHARACTERS;
            }
        }
        char last = s.charAt(17);
        if (!isAsciiDigit(last) && last != 'X') {
            return Problem.CHARACTERS;
        }
        if (s.charAt(0) == '0' || s.startsWith("000000", 0)) {
            return Problem.REGION;
        }
        LocalDate birth = parseBirth(s);
        if (birth == null || birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(LocalDate.now())) {
            return Problem.BIRTH_DATE;
        }
        if (checkCharacter(s.substring(0, 17)) != last) {
            return Problem.CHECK_DIGIT;
        }
        return null;
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    private static String normalize(String text) {
        return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static LocalDate parseBirth(String s) {
        try {
            return LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
                    Integer.parseInt(s.substring(12, 14)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return parseBirth(value);
    }

    /** The gender the sequence code says: odd for men, even for women. */
    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** The number as shown to people who do not need all of it: the address code and the last four kept. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdCardNumber other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
