package cn.jinan.care.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser's session with the app: the session cookie, the CSRF token of the forms, form login. Requests are sent
 * as a browser sends them (HTTP/1.1, keep-alive, no redirects followed: a redirect is the answer to a form post).
 */
final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("^(SESSION|JSESSIONID)=([^;]+)");

    /** An answer: status, body (when asked for), the Location header, and how long it took. */
    record Answer(int status, String body, String location, long micros, long bytes) {
    }

    private final HttpClient client;
    private final String base;
    private String cookie;
    private String cookieName = "SESSION";
    private String csrf;

    WebSession(HttpClient client, String base) {
        this.client = client;
        this.base = base;
    }

    static HttpClient client(java.util.concurrent.Executor executor) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(
                HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).executor(executor).build();
    }

    /** Signs in through the login form; throws unless the app lets the user in. */
    WebSession login(String username, String password) throws IOException, InterruptedException {
        get("/login");
        Answer a = post("/login", Map.of("username", username, "password", password));
        if (a.status() != 302 || a.location() == null || a.location().contains("/login")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + a.status() + " " + a.location());
        }
        get("/account/password"); // the forms' CSRF token of the signed-in session (a light page)
        return this;
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build(), true);
    }

    /** A GET of a JSON endpoint (the pages' polls): {@code Accept: application/json}. */
    Answer getJson(String path) throws IOException, InterruptedException {
        return send(request(path).setHeader("Accept", "application/json").GET().build(), true);
    }

    /** A GET whose body is read and thrown away as it arrives (a download). */
    Answer download(String path) throws IOException, InterruptedException {
        HttpRequest req = request(path).GET().timeout(Duration.ofMinutes(30)).build();
        long t0 = System.nanoTime();
        HttpResponse<InputStream> r = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = r.body()) {
            for (int n; (n = in.read(buf)) > 0;) {
                bytes += n;
            }
        }
        remember(r);
        return new Answer(r.statusCode(), null, r.headers().firstValue("Location").orElse(null),
                (System.nanoTime() - t0) / 1000, bytes);
    }

    Answer post(String path, Map<String, String> form) throws IOException, InterruptedException {
        StringJoiner body = new StringJoiner("&");
        for (Map.Entry<String, String> e : form.entrySet()) {
            body.add(enc(e.getKey()) + "=" + enc(e.getValue()));
        }
        if (csrf != null) {
            body.add("_csrf=" + enc(csrf));
        }
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), true);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Accept", "text/html,application/xhtml+xml").header("Accept-Language", "zh-CN,zh;q=0.9");
        if (cookie != null) {
            b.header("Cookie", cookieName + "=" + cookie);
        }
        return b;
    }

    private Answer send(HttpRequest req, boolean keepBody) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> r = client.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long micros = (System.nanoTime() - t0) / 1000;
        remember(r);
        String body = r.body();
        Matcher m = CSRF.matcher(body);
        if (m.find()) {
            csrf = m.group(1);
        }
        return new Answer(r.statusCode(), keepBody ? body : null, r.headers().firstValue("Location").orElse(null),
                micros, body.length());
    }

    private void remember(HttpResponse<?> r) {
        List<String> cookies = r.headers().allValues("Set-Cookie");
        for (String c : cookies) {
            Matcher m = SESSION.matcher(c);
            if (m.find()) {
                cookieName = m.group(1);
                cookie = m.group(2);
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
