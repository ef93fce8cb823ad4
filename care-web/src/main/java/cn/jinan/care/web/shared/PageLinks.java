package cn.jinan.care.web.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page {@code pageBase}: the current URL with all its filters and an empty {@code page=} at the end, so
 * that the pager links to another page of the same list by appending the number.
 */
@ControllerAdvice
public class PageLinks {

    @ModelAttribute("pageBase")
    public String pageBase(HttpServletRequest request) {
        String url = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("page").build().toUriString();
        return url + (url.contains("?") ? "&" : "?") + "page=";
    }

    /** The current list's filters as a query string ({@code ?state=OPEN&year=2026}, or empty), for its export link. */
    @ModelAttribute("listQuery")
    public String listQuery(HttpServletRequest request) {
        String query = UriComponentsBuilder.newInstance().query(request.getQueryString()).replaceQueryParam("page")
                .build().toUriString();
        return query.isEmpty() || query.equals("?") ? "" : query;
    }
}
