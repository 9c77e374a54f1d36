package be.miresem.rebond.testing;

import org.openqa.selenium.Keys;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Selenium through Debian's chromedriver (nothing downloaded
 * at run time). Finds fields by their label as a person would, and checks every page it visits with
 * axe-core against WCAG 2.1 A and AA.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String LAYOUT_PROBLEMS = resource("layout-problems.js");
    private static final String AXE = axeScript();

    private final PortalServer server;
    private final ChromeDriver driver;

    public Browser(PortalServer server) {
        this.server = server;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=fr-BE");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** The portal's address, to which paths are appended. */
    public String baseUrl() {
        return server.baseUrl();
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Signs in on /connexion as a person does: e-mail, password, Enter; returns once the next page is there. */
    public Browser signIn(String email, String password) {
        open("/connexion");
        type("Adresse e-mail", email).type("Mot de passe", password);
        field("Mot de passe").sendKeys(Keys.ENTER);
        // The next page is the space: wait for it, so the next step does not race the sign-in's answer.
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> !d.getCurrentUrl().contains("/connexion"));
        return this;
    }

    /** Opens a page of the portal and checks it with axe-core. */
    public Browser open(String path) {
        driver.get(server.baseUrl() + path);
        checkAccessibility();
        return this;
    }

    /** Fails on any WCAG 2.1 A/AA violation axe-core finds on the current page. */
    public void checkAccessibility() {
        String violations = accessibilityViolations();
        assertThat(violations).as("axe-core WCAG 2.1 A/AA violations on %s:%n%s", driver.getCurrentUrl(), violations)
                .isEmpty();
    }

    /** The WCAG 2.1 A/AA violations axe-core finds on the current page, one per line (empty when none). */
    public String accessibilityViolations() {
        // The portal has no frames: axe-core need not look for them. Its script is read from the jar once.
        Results results = new AxeBuilder().setAxeScriptProvider(new com.deque.html.axecore.providers.StringAxeScriptProvider(AXE))
                .disableIframeTesting().withTags(WCAG_TAGS).analyze(driver);
        return describe(results.getViolations());
    }

    /**
     * What does not fit on the current page, as sentences (empty when it fits): horizontal scrolling, a word broken
     * over two lines (its element is narrower than the word), chart labels overlapping or under 10 px, and on a
     * phone a header taller than a fifth of the screen. The checks are in {@code layout-problems.js}.
     */
    @SuppressWarnings("unchecked")
    public List<String> layoutProblems(boolean phone) {
        return (List<String>) driver.executeScript(LAYOUT_PROBLEMS, phone);
    }

    /** Emulates a screen of this CSS size (a phone when narrower than 600 px). */
    public void emulate(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /**
     * Keeps a screenshot of the whole page (not only what the screen shows) under target/screenshots; the screen's
     * size is given back to the emulated width and height afterwards.
     */
    public Path pageScreenshot(String name, int width, int height) {
        long pageHeight = ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).longValue();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", (int) Math.min(Math.max(pageHeight, height), 12000), "deviceScaleFactor", 1,
                "mobile", width < 600));
        try {
            return screenshot(name);
        } finally {
            emulate(width, height);
        }
    }

    /** The input, select or textarea whose label reads exactly this text (the required mark aside). */
    public WebElement field(String label) {
        for (WebElement candidate : driver.findElements(By.tagName("label"))) {
            String text = candidate.getText().replace("*", "").strip();
            if (text.equals(label)) {
                return driver.findElement(By.id(candidate.getDomAttribute("for")));
            }
        }
        throw new NoSuchElementException("No field labelled '" + label + "' on " + driver.getCurrentUrl());
    }

    public Browser type(String label, String text) {
        WebElement field = field(label);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * Picks a date in a native date field, as the browser's date picker would (typed digits depend on the
     * browser's locale, so the value is set and the input and change events fired).
     */
    public Browser pickDate(String label, java.time.LocalDate date) {
        driver.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field(label), date.toString());
        return this;
    }

    /**
     * Clicks the button (or else the link) showing this text, or named so by its aria-label ("Présent : CPAS de
     * Couvin" in a list of rows), then checks the page it leads to.
     */
    public Browser press(String text) {
        // Buttons first: a form's "Se connecter" button wins over the navigation link of the same name.
        WebElement target = java.util.stream.Stream.concat(
                        driver.findElements(By.cssSelector("button, input[type=submit]")).stream(),
                        driver.findElements(By.tagName("a")).stream())
                .filter(WebElement::isDisplayed)
                .filter(e -> text.equals(e.getText().strip()) || text.equals(e.getDomAttribute("value"))
                        || text.equals(e.getDomAttribute("aria-label")))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No button or link '" + text + "'"));
        target.click();
        checkAccessibility();
        return this;
    }

    /** Emulates a screen of this CSS width (a phone at 360), or back to the window's own with 0. */
    public void emulateWidth(int width) {
        if (width == 0) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        } else {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                    "width", width, "height", 780, "deviceScaleFactor", 2, "mobile", true));
        }
    }

    /**
     * The heading levels of the page in document order; a page is well structured when it has one h1,
     * first, and no level is skipped going down.
     */
    @SuppressWarnings("unchecked")
    public List<Long> headingLevels() {
        return (List<Long>) driver.executeScript("return Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6'))"
                + ".map(h => Number(h.tagName.substring(1)));");
    }

    /** How many pixels the page is wider than the screen (0 when nothing scrolls horizontally). */
    public long horizontalOverflow() {
        Object overflow = driver.executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);");
        return ((Number) overflow).longValue();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Keeps a screenshot as a test artefact under target/screenshots. */
    public Path screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return target;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String axeScript() {
        try {
            return new com.deque.html.axecore.providers.EmbeddedResourceAxeProvider().getScript();
        } catch (java.io.IOException | javax.naming.OperationNotSupportedException e) {
            throw new IllegalStateException("axe-core's script", e);
        }
    }

    private static String resource(String name) {
        try (var in = Browser.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> "- " + v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
