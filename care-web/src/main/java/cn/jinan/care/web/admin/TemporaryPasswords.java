package cn.jinan.care.web.admin;

import java.security.SecureRandom;

/** Temporary passwords an administrator hands over; the user must replace one at the first sign-in. */
final class TemporaryPasswords {

    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    /** Twelve characters without look-alikes (0/O, 1/l/I), with letters and digits. */
    static String generate() {
        StringBuilder sb = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            String pool = i % 3 == 2 ? DIGITS : LETTERS;
            sb.append(pool.charAt(RANDOM.nextInt(pool.length())));
        }
        return sb.toString();
    }
}
