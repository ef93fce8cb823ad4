package cn.jinan.care.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** Where sign-in leads: the reason for a failure on the login page; the password page when a change is due. */
final class SignInHandlers {

    private SignInHandlers() {
    }

    static AuthenticationFailureHandler failure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            String reason = exception instanceof LockedException ? "locked"
                    : exception instanceof DisabledException ? "disabled" : "bad";
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
    }

    static SavedRequestAwareAuthenticationSuccessHandler success() {
        return new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) throws IOException, jakarta.servlet.ServletException {
                if (authentication.getPrincipal() instanceof CareUser user && user.mustChangePassword()) {
                    request.getSession().setAttribute(PasswordChangeRequiredFilter.SESSION_FLAG, Boolean.TRUE);
                    response.sendRedirect(request.getContextPath() + PasswordChangeRequiredFilter.PASSWORD_PAGE);
                    return;
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }
}
