package cn.jinan.care.web.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Links to other pages of a paged list, keeping every filter of the current request: {@code @pages.to(n)}. */
@Component("pages")
public class PageLinks {

    public String to(int page) {
        return current().replaceQueryParam("page", page).build().encode().toUriString();
    }

    public String sort(String property) {
        return current().replaceQueryParam("sort", property).replaceQueryParam("page").build().encode()
                .toUriString();
    }

    private static UriComponentsBuilder current() {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
    }
}
