package cn.jinan.care.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's {@code chromium} and {@code chromidriver}, which {@code .ci/run} installs) sized like
 * a phone, in Chinese, with a few verbs for forms. Screenshots go to {@code target/browser/} for people to look at.
 */
final class Browser implements AutoCloseable {

    static final Dimension PHONE = new Dimension(390, 844);

    private final ChromeDriver driver;
    private final String base;
    private final WebDriverWait wait;

    Browser(int port, Dimension size) {
        this(port, size, null);
    }

    /** As above; files the pages download are saved in {@code downloads} without asking (null: the default). */
    Browser(int port, Dimension size, Path downloads) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary("CHROME_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--lang=zh-CN", "--window-size=" + size.width + "," + size.height);
        Map<String, Object> prefs = new java.util.HashMap<>(Map.of("intl.accept_languages", "zh-CN,zh"));
        if (downloads != null) {
            prefs.putAll(Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false, "download.directory_upgrade", true,
                    "safebrowsing.enabled", true));
        }
        options.setExperimentalOption("prefs", prefs);
        // the console's errors (a script that fails, a CSP violation) can be read back by consoleErrors()
        options.setCapability("goog:loggingPrefs", Map.of("browser", "SEVERE"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(binary("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.base = "http://localhost:" + port;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        if (downloads != null) {
            // headless Chromium ignores the download preferences unless downloads are allowed through DevTools too
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                    "downloadPath", downloads.toAbsolutePath().toString()));
        }
    }

    /**
     * Whether browser tests can run here. Where Chromium is missing they are skipped on a developer's machine (the
     * README's test command needs only Java) but fail under CI ({@code CI=true}), whose {@code .ci/run} installs it.
     */
    static void assumeAvailable() {
        boolean present = Files.isExecutable(Path.of(binary("CHROME_BIN", "/usr/bin/chromium")))
                && Files.isExecutable(Path.of(binary("CHROMEDRIVER", "/usr/bin/chromedriver")));
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI must run the browser tests: install chromium and chromium-driver");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(present,
                "Chromium and ChromeDriver not installed (apt install chromium chromium-driver): browser tests skipped");
    }

    private static String binary(String env, String fallback) {
        String configured = System.getenv(env);
        return configured == null || configured.isBlank() ? fallback : configured;
    }

    void open(String path) {
        driver.get(base + path);
    }

    void login(String username, String password) {
        open("/login");
        type("username", username);
        type("password", password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Types into the field with this name (clearing it first). */
    void type(String name, String text) {
        WebElement field = driver.findElement(By.name(name));
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a date (or any) input's value the way the date picker would, ISO yyyy-mm-dd. */
    void set(String name, String value) {
        WebElement field = driver.findElement(By.name(name));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", field, value);
    }

    /** Chooses a file in the file input with this name. */
    void attach(String name, Path file) {
        driver.findElement(By.name(name)).sendKeys(file.toAbsolutePath().toString());
    }

    /** The browser's own validation message of a field (empty when the field is valid). */
    String validationMessage(String name) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return arguments[0].validationMessage;",
                driver.findElement(By.name(name))));
    }

    void select(String name, String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.name(name))).selectByValue(value);
    }

    void check(String name, String value) {
        WebElement box = driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        if (!box.isSelected()) {
            click(box);
        }
    }

    /** Clicks the element, scrolled into view first (phones scroll). */
    void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Clicks the element and waits until the browser has left the page it was on (a form posted, a link followed). */
    void clickToNewPage(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(element);
        wait.until(ExpectedConditions.stalenessOf(page));
    }

    void submit() {
        click(driver.findElement(By.cssSelector("main form[method=post] button[type=submit]")));
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** The element once it is shown, waiting up to {@code timeout} (a page's script may show it later). */
    WebElement visible(String css, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(css)));
    }

    /** The {@code lang} attribute of the page's {@code html} element. */
    String lang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String value(String name) {
        return driver.findElement(By.name(name)).getAttribute("value");
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** The page is wider than the screen: something forces sideways scrolling on a phone. */
    boolean scrollsSideways() {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > window.innerWidth + 1;");
        return Boolean.TRUE.equals(overflow);
    }

    /**
     * The errors the page's console logged since the last call (scripts that failed, CSP violations), except the
     * missing favicon.
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(e -> e.getMessage()).filter(m -> !m.contains("/favicon.ico")).toList();
    }

    void screenshot(String name) {
        try {
            Path dir = Path.of("target", "browser");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot of the whole page: the window grows to the page's height for it, then is put back. */
    void screenshotWholePage(String name) {
        Dimension size = driver.manage().window().getSize();
        Object height = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollHeight;");
        int pageHeight = (int) Math.min(((Number) height).longValue() + 200, 10000);
        driver.manage().window().setSize(new Dimension(size.width, Math.max(pageHeight, size.height)));
        screenshot(name);
        driver.manage().window().setSize(size);
    }

    /** Lays the page out as for printing (the print style sheet), or back as for the screen. */
    void emulatePrint(boolean print) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
