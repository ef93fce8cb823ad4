package cn.jinan.care.web.imports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jinan.care.web.demo.DemoAccounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The upload limits as the servlet container enforces them, over real HTTP: a 50 MB file is cut off by the
 * container's multipart limit before any controller sees it, and the user gets the upload page saying the limit —
 * not a white error page, not a CSRF refusal (the form carries its token in the URL too).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UploadLimitOverHttpTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String BOUNDARY = "----care-upload-boundary";

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
    }

    private void signIn() throws IOException, InterruptedException {
        String token = csrf(send(HttpRequest.newBuilder(uri("/login"))).body());
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=secretary1&password=" + DemoAccounts.PASSWORD
                        + "&_csrf=" + token)));
        assertThat(response.statusCode()).isEqualTo(302);
    }

    private static List<byte[]> multipart(String fileName, byte[] content, String token) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        String fields = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + java.net.URLDecoder.decode(token, StandardCharsets.UTF_8) + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        head.writeBytes(fields.getBytes(StandardCharsets.UTF_8));
        return List.of(head.toByteArray(), content,
                ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFiftyMegabyteFileIsRefusedWithTheLimitInWords() throws Exception {
        signIn();
        String token = csrf(send(HttpRequest.newBuilder(uri("/imports/roster"))).body());

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/imports/roster?_csrf=" + token))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(multipart("大文件.xlsx", new byte[50 * 1024 * 1024],
                        token))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("文件超过20MB的上限，未导入任何数据").contains("导入党员名册");
    }

    @Test
    void aSmallFileGoesThroughTheSameWay() throws Exception {
        signIn();
        String token = csrf(send(HttpRequest.newBuilder(uri("/imports/study"))).body());

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/imports/study?_csrf=" + token))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(multipart("a.pdf", new byte[] {1, 2, 3}, token))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("只能上传Excel工作簿（.xlsx）或CSV文件");
    }
}
