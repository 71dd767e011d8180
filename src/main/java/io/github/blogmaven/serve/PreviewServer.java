package io.github.blogmaven.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import io.github.blogmaven.site.Urls;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves a published blog from its output folder with the JDK's own HTTP server: content types, {@code index.html}
 * for folders, the site's 404 page, HEAD and conditional GET. Refuses anything outside the folder and every
 * method but GET and HEAD. Optionally injects a live-reload script into HTML responses (never into files) and
 * shows a build error in place of pages.
 */
public final class PreviewServer implements AutoCloseable {

    /** Where the live-reload events are served. */
    public static final String EVENTS = "/__blog/events";

    private final Path root;
    private final String basePath;
    private final HttpServer server;
    private final ExecutorService pool;
    private final LiveReload reload;
    private volatile Supplier<String> error = () -> null;

    /**
     * @param basePath the path the blog lives under ({@code /blog}), or "" for the root
     * @param reload the live-reload hub, or null for a plain server
     */
    public PreviewServer(Path root, String host, int port, String basePath, LiveReload reload) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        this.reload = reload;
        this.server = HttpServer.create(new InetSocketAddress(host, port), 64);
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "blog-preview");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/", this::handle);
    }

    /** While the supplier returns a message, every HTML page shows that build error instead. */
    public void showErrors(Supplier<String> currentError) {
        this.error = currentError;
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The blog's home page URL on this server. */
    public String url() {
        String host = server.getAddress().getHostString();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + port() + basePath + "/";
    }

    @Override
    public void close() {
        if (reload != null) {
            reload.close();
        }
        server.stop(0);
        pool.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                text(ex, 405, "Method not allowed: only GET and HEAD", head);
                return;
            }
            String rawPath = ex.getRequestURI().getRawPath();
            if (reload != null && rawPath.equals(EVENTS)) {
                reload.subscribe(ex);
                return;
            }
            String path = decode(rawPath);
            if (path == null || path.contains("\0") || path.contains("\\")) {
                text(ex, 400, "Bad request", head);
                return;
            }
            if (!basePath.isEmpty()) {
                if (path.equals("/") || path.equals(basePath)) {
                    redirect(ex, basePath + "/");
                    return;
                }
                if (!path.startsWith(basePath + "/")) {
                    notFound(ex, head);
                    return;
                }
                path = path.substring(basePath.length());
            }
            Path file = root.resolve(path.substring(1)).normalize();
            if (!file.startsWith(root)) {
                text(ex, 403, "Forbidden: outside the blog", head);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!rawPath.endsWith("/")) {
                    redirect(ex, rawPath + "/");
                    return;
                }
                file = file.resolve("index.html");
            } else if (!Files.exists(file) && Files.isRegularFile(file.resolveSibling(file.getFileName() + ".html"))) {
                file = file.resolveSibling(file.getFileName() + ".html");
            }
            if (!Files.isRegularFile(file)) {
                notFound(ex, head);
                return;
            }
            serve(ex, file, 200, head);
        } catch (RuntimeException e) {
            text(ex, 500, "Internal error: " + e.getMessage(), false);
        }
    }

    private void serve(HttpExchange ex, Path file, int status, boolean head) throws IOException {
        String type = ContentTypes.of(file.getFileName().toString());
        boolean html = type.startsWith("text/html");
        String problem = html ? error.get() : null;
        if (problem != null) {
            send(ex, 500, type, inject(ErrorPage.render(problem)), head);
            return;
        }
        Instant modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
        String etag = "\"" + Long.toHexString(Files.size(file)) + "-" + Long.toHexString(modified.toEpochMilli()) + "\"";
        Headers req = ex.getRequestHeaders();
        if (status == 200 && notModified(req, etag, modified)) {
            ex.getResponseHeaders().set("ETag", etag);
            ex.sendResponseHeaders(304, -1);
            return;
        }
        Headers h = ex.getResponseHeaders();
        h.set("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atOffset(ZoneOffset.UTC)));
        h.set("ETag", etag);
        byte[] body = Files.readAllBytes(file);
        if (html && reload != null) {
            body = inject(new String(body, StandardCharsets.UTF_8));
        }
        send(ex, status, type, body, head);
    }

    private static boolean notModified(Headers req, String etag, Instant modified) {
        String inm = req.getFirst("If-None-Match");
        if (inm != null) {
            return inm.equals("*") || java.util.Arrays.stream(inm.split(",")).map(String::trim).anyMatch(etag::equals);
        }
        String ims = req.getFirst("If-Modified-Since");
        if (ims != null) {
            try {
                Instant since = DateTimeFormatter.RFC_1123_DATE_TIME.parse(ims, Instant::from);
                return !modified.isAfter(since);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    private byte[] inject(String html) {
        if (reload == null) {
            return html.getBytes(StandardCharsets.UTF_8);
        }
        String script = "<script>" + LiveReload.CLIENT + "</script>";
        int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String out = at < 0 ? html + script : html.substring(0, at) + script + html.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private void notFound(HttpExchange ex, boolean head) throws IOException {
        Path page = root.resolve("404.html");
        if (Files.isRegularFile(page)) {
            serve(ex, page, 404, head);
        } else {
            text(ex, 404, "Not found", head);
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(301, -1);
    }

    private static void text(HttpExchange ex, int status, String message, boolean head) throws IOException {
        send(ex, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8), head);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, boolean head)
            throws IOException {
        Headers h = ex.getResponseHeaders();
        h.set("Content-Type", type);
        h.set("Cache-Control", "no-cache");
        h.set("X-Content-Type-Options", "nosniff");
        if (head) {
            h.set("Content-Length", Integer.toString(body.length));
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Decodes a raw path once; null for malformed escapes, which no page of ours has. */
    static String decode(String raw) {
        if (raw == null || !raw.startsWith("/") || raw.matches(".*%(?![0-9A-Fa-f]{2}).*")) {
            return null;
        }
        return Urls.decode(raw);
    }
}
