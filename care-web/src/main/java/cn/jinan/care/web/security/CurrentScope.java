package cn.jinan.care.web.security;

import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.user.UserAccountRepository;
import lombok.RequiredArgsConstructor;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the signed-in user's {@link DataScope} as a method parameter, read from the database on each
 * request: the subtree under the organization the account is assigned to now (not the one it signed in with), as the
 * tree is now. A disabled account's open session has no scope.
 */
@Component
@RequiredArgsConstructor
public class CurrentScope implements HandlerMethodArgumentResolver {

    private final UserAccountRepository users;

    public DataScope get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof CareUser)) {
            throw new AccessDeniedException("not signed in");
        }
        return find().orElseThrow(() -> new AccessDeniedException("the account is disabled or gone"));
    }

    /** The signed-in user's scope; empty when no one is signed in or the account is disabled or gone. */
    public java.util.Optional<DataScope> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof CareUser user)) {
            return java.util.Optional.empty();
        }
        return users.findCurrentOrganization(user.id()).map(DataScope::of);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return DataScope.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return get();
    }
}
