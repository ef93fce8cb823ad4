package cn.jinan.care.web.security;

import java.util.Optional;

/**
 * What a password must be: at least 10 characters, with letters and digits, and not the user name. Returns the
 * message key of the first rule broken.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    public static Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (password.length() > 128) {
            return Optional.of("password.too-long");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            return Optional.of("password.letters-and-digits");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            return Optional.of("password.contains-username");
        }
        return Optional.empty();
    }
}
