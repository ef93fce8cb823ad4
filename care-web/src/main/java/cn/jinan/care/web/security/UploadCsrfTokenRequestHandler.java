package cn.jinan.care.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * The default CSRF handling (a masked token per request), except that a multipart upload whose URL carries the token
 * is checked by the URL's token without reading the body. The servlet container (Tomcat 11) refuses to give the form
 * fields of an upload over the size limit — asking for them throws — so reading the token from the body would turn
 * "file too large" into an error page; read from the URL, the request reaches the application, which says the limit
 * in words. The upload forms put the token in both places.
 */
final class UploadCsrfTokenRequestHandler implements CsrfTokenRequestHandler {

    private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        delegate.handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        String fromUrl = isMultipart(request) ? queryParameter(request.getQueryString(),
                csrfToken.getParameterName()) : null;
        if (fromUrl == null) {
            return delegate.resolveCsrfTokenValue(request, csrfToken);
        }
        // the delegate unmasks the token; it sees the URL's token and never touches the body
        return delegate.resolveCsrfTokenValue(new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return name.equals(csrfToken.getParameterName()) ? fromUrl : null;
            }
        }, csrfToken);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    static String queryParameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
