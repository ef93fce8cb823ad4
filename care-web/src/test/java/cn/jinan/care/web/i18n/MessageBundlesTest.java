package cn.jinan.care.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every visible word comes from the message bundles: both languages have the same keys, every key a template uses
 * exists, and no template holds text that is not replaced by a message (a placeholder inside an element with
 * {@code th:text} is fine: it is what the file shows when opened without the server).
 */
class MessageBundlesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)");
    private static final Pattern DYNAMIC_PREFIX = Pattern.compile("#\\{'([a-zA-Z0-9_.-]+\\.)' \\+");

    private static final Path RESOURCES = Path.of("src/main/resources");

    /** Every bundle of a language merged: messages_xx plus i18n/*_xx (one file per feature). */
    private static Properties load(String name) throws IOException {
        String suffix = name.substring(name.indexOf('_'));
        Properties merged = new Properties();
        List<Path> files = new ArrayList<>();
        files.add(RESOURCES.resolve(name));
        Path i18n = RESOURCES.resolve("i18n");
        if (Files.isDirectory(i18n)) {
            try (Stream<Path> s = Files.list(i18n)) {
                s.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().forEach(files::add);
            }
        }
        for (Path file : files) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : p.stringPropertyNames()) {
                assertThat(merged.containsKey(key)).as(key + " defined twice (again in " + file + ")").isFalse();
            }
            merged.putAll(p);
        }
        return merged;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> zh = new TreeSet<>(load("messages_zh_CN.properties").stringPropertyNames());
        Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        assertThat(en).as("keys missing in English").containsAll(zh);
        assertThat(zh).as("keys missing in Chinese").containsAll(en);
    }

    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        Properties zh = load("messages_zh_CN.properties");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            Matcher m = MESSAGE_KEY.matcher(html);
            while (m.find()) {
                String key = m.group(1);
                if (!zh.containsKey(key)) {
                    missing.add(TEMPLATES.relativize(template) + ": " + key);
                }
            }
            Matcher prefix = DYNAMIC_PREFIX.matcher(html);
            while (prefix.find()) {
                String p = prefix.group(1);
                if (zh.stringPropertyNames().stream().noneMatch(k -> k.startsWith(p))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + p + "*");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        // text between tags, on an element that does not replace its body with a message
        Pattern textElement = Pattern.compile("<([a-zA-Z0-9]+)([^<>]*)>([^<>]*[\\p{IsHan}A-Za-z][^<>]*)</\\1>");
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template).replaceAll("<!--.*?-->", "");
            Matcher m = textElement.matcher(html);
            while (m.find()) {
                String attributes = m.group(2);
                String tag = m.group(1);
                if (tag.equals("title") || tag.equals("script") || tag.equals("style") || tag.equals("code")
                        || attributes.contains("th:text") || attributes.contains("th:utext")
                        || attributes.contains("th:errors") || attributes.contains("th:replace")
                        || attributes.contains("lang=")) {
                    continue;
                }
                hardCoded.add(TEMPLATES.relativize(template) + ": " + m.group().strip());
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
