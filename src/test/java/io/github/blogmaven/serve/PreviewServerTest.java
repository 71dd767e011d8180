package io.github.blogmaven.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreviewServerTest {

    @TempDir
    Path dir;
    PreviewServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("2024/post"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><body>Home</body></html>");
        Files.writeString(site.resolve("2024/post/index.html"), "<html><body>Post é</body></html>");
        Files.writeString(site.resolve("404.html"), "<html><body>Our 404</body></html>");
        Files.writeString(site.resolve("theme.css"), "body{}");
        Files.writeString(site.resolve("feed.xml"), "<rss/>");
        Files.writeString(site.resolve("about.html"), "<html><body>About</body></html>");
        Files.writeString(dir.resolve("secret.txt"), "do not serve");
        server = new PreviewServer(site, "127.0.0.1", 0, "", null);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url().replaceAll("/$", "") + path));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesFilesWithContentTypesAndIndexPages() throws Exception {
        assertThat(get("/").body()).contains("Home");
        HttpResponse<String> post = get("/2024/post/");
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.body()).contains("Post é");
        assertThat(post.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(get("/theme.css").headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
        assertThat(get("/feed.xml").headers().firstValue("Content-Type")).contains("application/xml; charset=utf-8");
        assertThat(get("/about").body()).contains("About");
        HttpResponse<String> folder = http.send(HttpRequest.newBuilder(URI.create(server.url() + "2024/post")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(folder.statusCode()).as("redirected to the folder").isEqualTo(301);
        assertThat(folder.headers().firstValue("Location")).contains("/2024/post/");
    }

    @Test
    void missingPagesGetTheSites404Page() throws Exception {
        HttpResponse<String> r = get("/nowhere/");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("Our 404");
    }

    @Test
    void headAndConditionalGet() throws Exception {
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create(server.url() + "theme.css"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("Content-Length")).contains("6");
        HttpResponse<String> first = get("/theme.css");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/theme.css", "If-None-Match", etag).statusCode()).isEqualTo(304);
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(get("/theme.css", "If-Modified-Since", modified).statusCode()).isEqualTo(304);
        assertThat(get("/theme.css", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "OPTIONS", "PATCH"})
    void refusesEveryMethodButGetAndHead(String method) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url()))
                .method(method, HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).contains("GET, HEAD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/..%2fsecret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
        "/2024/../../secret.txt", "/..\\secret.txt", "/%00", "/%zz"})
    void refusesPathsOutsideTheFolder(String path) throws Exception {
        String response = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(response).doesNotContain("do not serve");
        assertThat(response).matches("(?s)HTTP/1.1 (400|403|404) .*");
    }

    private String raw(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
