package cn.jinan.care.web.shared;

import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.web.security.CareUser;
import cn.jinan.care.web.security.CurrentScope;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The count of open to-do items on the navigation bar of those who work with members. */
@ControllerAdvice
@RequiredArgsConstructor
public class NavigationCounts {

    private final ObligationService obligations;
    private final CurrentScope currentScope;

    @ModelAttribute("openObligations")
    public Long openObligations() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof CareUser user) || !user.role().worksWithMembers()) {
            return null;
        }
        // an account disabled while signed in has no scope: its pages (the error page too) show no count
        return currentScope.find().map(obligations::countOpen).orElse(null);
    }
}
