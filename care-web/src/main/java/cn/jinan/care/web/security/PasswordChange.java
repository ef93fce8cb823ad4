package cn.jinan.care.web.security;

import jakarta.servlet.http.HttpSession;

/** Lets the account page lift the forced password change once the user has chosen a new password. */
public final class PasswordChange {

    private PasswordChange() {
    }

    public static void done(HttpSession session) {
        PasswordChangeRequiredFilter.clear(session);
    }
}
