package cn.jinan.care.domain.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Builds identity numbers for tests. The check character is computed here from the definition of ISO 7064 MOD 11-2
 * (weights 2^(i-1) mod 11; the check value makes the weighted sum congruent to 1 mod 11; 10 is written X), not from
 * the tables in {@link IdCardNumber}, so the tests do not just repeat the production code.
 */
public final class IdCards {

    /** 历下区, Jinan. */
    public static final String JINAN_LIXIA = "370102";

    private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd");

    private IdCards() {
    }

    /** The check character for 17 digits. */
    public static char checkChar(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 digits expected: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int position = 18 - i; // the standard numbers positions from the right, the check character being 1
            int weight = 1;
            for (int k = 1; k < position; k++) {
                weight = weight * 2 % 11;
            }
            sum += Character.digit(first17.charAt(i), 10) * weight;
        }
        int check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /** 17 digits followed by their correct check character. */
    public static String withCheck(String first17) {
        return first17 + checkChar(first17);
    }

    /** The text of a number with a correct check character; the birth part is taken as given, valid or not. */
    public static String text(String region, String yyyymmdd, int sequence) {
        return withCheck(region + yyyymmdd + String.format("%03d", sequence));
    }

    public static String text(String region, LocalDate birth, int sequence) {
        return text(region, birth.format(BASIC), sequence);
    }

    /** A valid number of a man (odd sequence) born on {@code birth}, registered in Jinan. */
    public static IdCardNumber male(LocalDate birth) {
        return IdCardNumber.of(text(JINAN_LIXIA, birth, 123));
    }

    /** A valid number of a woman (even sequence) born on {@code birth}, registered in Jinan. */
    public static IdCardNumber female(LocalDate birth) {
        return IdCardNumber.of(text(JINAN_LIXIA, birth, 124));
    }
}
