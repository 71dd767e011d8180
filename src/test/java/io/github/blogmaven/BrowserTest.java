package io.github.blogmaven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blogmaven.serve.PreviewServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The default theme in a real browser (Debian's headless Chromium): the example blog's pages at phone and desktop
 * widths, search, code highlighting, and axe-core over every page of the example and the seed post's blogs.
 */
class BrowserTest {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @TempDir
    static Path dir;
    static InlineSite example;
    static InlineSite seed;
    static PreviewServer exampleServer;
    static PreviewServer seedServer;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assertThat(Path.of("/usr/bin/chromium")).as("Debian's chromium (.ci/run installs it)").isExecutable();
        assertThat(Path.of("/usr/bin/chromedriver")).as("Debian's chromium-driver (.ci/run installs it)").isExecutable();
        example = new InlineSite(dir.resolve("example"));
        SiteBuildTest.copyTree(Path.of("example/src/blog"), example.source);
        example.with(s -> {
            s.baseUrl = "https://lighthouse.example.org/blog/";
            s.title = "Lighthouse Engineering";
            s.description = "Notes from the team that builds the Lighthouse clinical data platform.";
        }).build();
        seed = new InlineSite(dir.resolve("seed"))
                .bytes(SeedPostTest.NAME, Files.readAllBytes(SeedPostTest.sharedDir().resolve("seed-post.md")));
        seed.build();
        exampleServer = new PreviewServer(example.output, "127.0.0.1", 0, "/blog", null);
        exampleServer.start();
        seedServer = new PreviewServer(seed.output, "127.0.0.1", 0, "/blog", null);
        seedServer.start();

        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--no-first-run", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--user-data-dir=" + dir.resolve("chrome-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (exampleServer != null) {
            exampleServer.close();
        }
        if (seedServer != null) {
            seedServer.close();
        }
    }

    @Test
    void keyPagesLoadCleanlyAtPhoneAndDesktopWidths() throws Exception {
        Map<String, String> pages = Map.of(
                "home", "",
                "post", "2024/02/02/fhir-bundles-at-scale/",
                "tag", "tags/explainers/",
                "search", "search/");
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {320, 375, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (Map.Entry<String, String> page : pages.entrySet()) {
                String where = page.getKey() + " at " + width + " px";
                open(exampleServer.url() + page.getValue());
                for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
                    if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                        problems.add(where + ": console: " + e.getMessage());
                    }
                }
                long overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth;");
                if (overflow > 0) {
                    problems.add(where + ": scrolls sideways by " + overflow + " px");
                }
                @SuppressWarnings("unchecked")
                List<String> foreign = (List<String>) js("return performance.getEntriesByType('resource')"
                        + ".map(function(r){return r.name;}).filter(function(n){return n.indexOf(location.origin)!==0;});");
                foreign.forEach(f -> problems.add(where + ": request leaves the site: " + f));
                @SuppressWarnings("unchecked")
                List<String> broken = (List<String>) js("return Array.from(document.images).filter(function(i){"
                        + "return i.complete ? i.naturalWidth === 0 : i.loading !== 'lazy';}).map(function(i){return i.src;});");
                broken.forEach(b -> problems.add(where + ": image did not load: " + b));
                Files.write(SCREENSHOTS.resolve(page.getKey() + "-" + width + ".png"),
                        browser.getScreenshotAs(OutputType.BYTES));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void searchFindsAPostByAWordOfItsBody() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        open(exampleServer.url() + "search/");
        browser.findElement(By.id("search-input")).sendKeys("profiler");
        waitFor("return document.querySelectorAll('#search-results li').length > 0;");
        assertThat(browser.findElement(By.id("search-results")).getText())
                .contains("Validating FHIR bundles at scale").doesNotContain("Accessible");
        assertThat(browser.findElement(By.id("search-status")).getText()).isEqualTo("1 post matches “profiler”.");
        open(exampleServer.url() + "search/?q=zzzznothing");
        waitFor("return document.getElementById('search-status').textContent.length > 0;");
        assertThat(browser.findElement(By.id("search-status")).getText()).contains("No posts match");
    }

    @Test
    void codeIsHighlightedAndPagesWithoutCodeOrSearchLoadNoScript() {
        open(exampleServer.url() + "2024/02/02/fhir-bundles-at-scale/");
        waitFor("return document.querySelector('pre code.hljs .hljs-keyword') !== null;");
        open(exampleServer.url());
        assertThat((Long) js("return document.querySelectorAll('script[src]').length;")).isZero();
        open(exampleServer.url() + "2024/03/18/relevance-of-attention/");
        assertThat((Long) js("return document.querySelectorAll('script[src]').length;")).isZero();
    }

    @Test
    void everyPageOfBothBlogsHasNoAxeViolations() throws Exception {
        String axe = Files.readString(Path.of(System.getProperty("axe.js",
                "src/test/js/node_modules/axe-core/axe.min.js")), StandardCharsets.UTF_8);
        List<String> violations = new ArrayList<>();
        browser.manage().window().setSize(new Dimension(1280, 900));
        for (String scheme : new String[] {"light", "dark"}) {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (InlineSite site : List.of(example, seed)) {
                PreviewServer server = site == example ? exampleServer : seedServer;
                for (String page : htmlPages(site.output)) {
                    open(server.url() + page);
                    js(axe);
                    @SuppressWarnings("unchecked")
                    List<Map<String, Object>> found = (List<Map<String, Object>>) browser.executeAsyncScript(
                            "var done = arguments[arguments.length - 1];"
                                    + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                                    + ".then(function(r){done(r.violations.map(function(v){return {id: v.id, "
                                    + "nodes: v.nodes.map(function(n){return n.target.join(' ');}).join(', ')};}));})"
                                    + ".catch(function(e){done([{id: 'axe-error', nodes: String(e)}]);});", WCAG);
                    found.forEach(v -> violations.add(scheme + " " + page + ": " + v.get("id") + " at " + v.get("nodes")));
                }
            }
        }
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        assertThat(violations).isEmpty();
    }

    static List<String> htmlPages(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".html")).map(p -> root.relativize(p).toString())
                    .map(p -> p.endsWith("index.html") ? p.substring(0, p.length() - "index.html".length()) : p)
                    .sorted().toList();
        }
    }

    private static void open(String url) {
        browser.get(url);
        waitFor("return document.readyState === 'complete';");
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static void waitFor(String condition) {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Boolean.TRUE.equals(js(condition))) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for: " + condition + " on " + browser.getCurrentUrl());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
