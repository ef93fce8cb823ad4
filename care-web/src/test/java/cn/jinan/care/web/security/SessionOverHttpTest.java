package cn.jinan.care.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.web.demo.DemoAccounts;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The session as a browser sees it, over real HTTP against the running server: a new session id at sign-in (no
 * session fixation), forms refused without the CSRF token, and a session that is gone after signing out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionOverHttpTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    private int port;

    private CookieManager cookies;
    private HttpClient http;

    @BeforeEach
    void browser() {
        cookies = new CookieManager();
        http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }

    private String signIn() throws IOException, InterruptedException {
        String token = csrf(get("/login").body());
        String before = sessionId();
        HttpResponse<String> response = post("/login", "username=secretary1&password=" + DemoAccounts.PASSWORD
                + "&_csrf=" + token);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/");
        return before;
    }

    @Test
    void signingInIssuesANewSessionId() throws Exception {
        String before = signIn();
        assertThat(before).isNotNull();
        assertThat(sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(get("/members").statusCode()).isEqualTo(200);
    }

    @Test
    void aFormWithoutTheCsrfTokenIsForbidden() throws Exception {
        signIn();
        assertThat(post("/members", "name=x").statusCode()).isEqualTo(403);
        get("/members/new");
        assertThat(post("/members", "name=x").statusCode()).isEqualTo(403);
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        signIn();
        String token = csrf(get("/members").body());
        HttpResponse<String> out = post("/logout", "_csrf=" + token);
        assertThat(out.headers().firstValue("Location").orElseThrow()).contains("/login?logout");
        HttpResponse<String> after = get("/members");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).contains("/login");
    }
}
