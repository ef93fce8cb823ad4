package cn.jinan.care.web.security;

import cn.jinan.care.persistence.user.UserAccountRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session whose account has changed under it: the role it signed in with is not the account's role
 * now, or the account was disabled. The next request goes to the sign-in page, so an administrator's change of role
 * (or disabling) takes effect at once, not at the user's next sign-in. (The organization, and so the data scope, is
 * read on every request anyway: {@link CurrentScope}.)
 */
class AccountChangedFilter extends OncePerRequestFilter {

    static final String LOGIN_PAGE = "/login?changed";

    private final UserAccountRepository users;

    AccountChangedFilter(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CareUser user
                && !users.findCurrentRole(user.id()).map(user.role()::equals).orElse(false)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
