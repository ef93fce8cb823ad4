package cn.jinan.care.web.security;

import cn.jinan.care.persistence.organization.OrganizationRepository;
import cn.jinan.care.persistence.scope.DataScope;
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
 * request: the subtree under the user's organization as the tree is now.
 */
@Component
@RequiredArgsConstructor
public class CurrentScope implements HandlerMethodArgumentResolver {

    private final OrganizationRepository organizations;

    public DataScope get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof CareUser user)) {
            throw new AccessDeniedException("not signed in");
        }
        return organizations.findById(user.organizationId()).map(DataScope::of)
                .orElseThrow(() -> new AccessDeniedException("the user's organization is gone"));
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
