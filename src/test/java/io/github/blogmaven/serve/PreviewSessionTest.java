package io.github.blogmaven.serve;

import static io.github.blogmaven.InlineSite.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.blogmaven.InlineSite;
import io.github.blogmaven.config.ConfigLoader;
import io.github.blogmaven.problem.BuildLog;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer's loop for real: serve, edit, see the change and a reload event; break, see the error; fix. */
class PreviewSessionTest {

    @TempDir
    Path dir;
    PreviewSession session;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void editsShowUpWithAReloadEventAndErrorsShowInTheBrowserUntilFixed() throws Exception {
        InlineSite site = new InlineSite(dir)
                .file("_posts/2024-01-01-hello.md", post("title: Hello", "First version."))
                .file("_drafts/idea.md", post("title: Idea\ndate: 2024-02-01", "Draft text."))
                .with(s -> s.drafts = true);
        session = new PreviewSession("127.0.0.1", 0, baseUrl -> {
            var s = site.settings();
            s.baseUrl = baseUrl;
            return ConfigLoader.load(s, BuildLog.silent());
        }, BuildLog.silent());
        String url = session.start();
        assertThat(url).startsWith("http://127.0.0.1:");
        String page = url + "2024/01/01/hello/";
        assertThat(fetch(page).body()).contains("First version.").contains("EventSource");
        assertThat(fetch(url + "2024/02/01/idea/").statusCode()).as("drafts when asked").isEqualTo(200);
        assertThat(fetch(url + "feed.xml").body()).as("base URL is the local address").contains("<link>" + url);
        listen(url);

        site.file("_posts/2024-01-01-hello.md", post("title: Hello", "Second version."));
        long start = System.nanoTime();
        await(() -> !events.isEmpty() && body(page).contains("Second version."));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

        site.file("_posts/2024-01-01-hello.md", "---\ntitle: Hello\ntags: [broken\n---\nBody");
        await(() -> fetchQuietly(page).statusCode() == 500);
        HttpResponse<String> error = fetch(page);
        assertThat(error.body()).contains("The blog does not build").contains("_posts/2024-01-01-hello.md:3: invalid YAML");
        assertThat(events.size()).isGreaterThanOrEqualTo(2);

        site.file("_posts/2024-01-01-hello.md", post("title: Hello", "Third version."));
        await(() -> fetchQuietly(page).statusCode() == 200 && body(page).contains("Third version."));
        assertThat(session.error()).isNull();
    }

    private void listen(String url) throws Exception {
        Thread t = new Thread(() -> {
            try {
                HttpResponse<java.io.InputStream> r = http.send(HttpRequest.newBuilder(URI.create(url.replaceAll("/$", "")
                        + PreviewServer.EVENTS)).build(), HttpResponse.BodyHandlers.ofInputStream());
                try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        if (line.startsWith("event: reload")) {
                            events.add(line);
                        }
                    }
                }
            } catch (Exception e) {
                // the server went away at the end of the test
            }
        });
        t.setDaemon(true);
        t.start();
        await(() -> session.listeners() > 0);
    }

    private HttpResponse<String> fetch(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> fetchQuietly(String url) {
        try {
            return fetch(url);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String body(String url) {
        return fetchQuietly(url).body();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(25);
        }
    }
}
