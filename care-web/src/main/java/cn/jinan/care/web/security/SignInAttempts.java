package cn.jinan.care.web.security;

import cn.jinan.care.persistence.user.UserAccountService;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins: the fifth wrong password in a row locks the account for 15 minutes
 * ({@link UserAccountService#MAX_FAILED_SIGN_INS}). A successful sign-in clears the count.
 */
@Component
@RequiredArgsConstructor
class SignInAttempts {

    private final UserAccountService users;

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.signInFailed(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        users.signedIn(event.getAuthentication().getName());
    }
}
