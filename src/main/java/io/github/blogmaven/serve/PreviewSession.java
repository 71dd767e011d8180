package io.github.blogmaven.serve;

import io.github.blogmaven.config.BlogConfig;
import io.github.blogmaven.engine.BuildResult;
import io.github.blogmaven.engine.SiteBuilder;
import io.github.blogmaven.problem.BlogException;
import io.github.blogmaven.problem.BuildLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;

/**
 * The writer's loop: build, serve on a local address, rebuild on every change and reload open tabs. A failed
 * rebuild shows its error in the browser and the server keeps running until the next good save.
 */
public final class PreviewSession implements AutoCloseable {

    private final PreviewServer server;
    private final LiveReload reload = new LiveReload();
    private final Function<String, BlogConfig> configFor;
    private final BuildLog log;
    private final SiteBuilder builder = new SiteBuilder();
    private SourceWatcher watcher;
    private volatile String error;

    /**
     * @param configFor makes the build's configuration for a base URL (the server's own address); called before
     *        every build, so that changes to {@code _config.yml} count
     */
    public PreviewSession(String host, int port, Function<String, BlogConfig> configFor, BuildLog log)
            throws IOException {
        this.configFor = configFor;
        this.log = log;
        BlogConfig probe = configFor.apply("http://127.0.0.1/");
        this.server = new PreviewServer(probe.outputDirectory(), host, port, "", reload);
        server.showErrors(() -> error);
    }

    /** Builds once, starts serving and watching; returns the URL. */
    public String start() throws IOException {
        BlogConfig config = config();
        build(config);
        server.start();
        watcher = new SourceWatcher(config.sourceDirectory(), config.outputDirectory(), this::changed, log);
        watcher.start();
        return server.url();
    }

    private BlogConfig config() {
        return configFor.apply("http://" + hostForUrl() + ":" + server.port() + "/");
    }

    private String hostForUrl() {
        String url = server.url();
        String host = url.substring("http://".length(), url.lastIndexOf(':'));
        return host.equals("0.0.0.0") || host.equals("[::]") || host.equals("[0:0:0:0:0:0:0:0]") ? "localhost" : host;
    }

    private synchronized void changed(Set<Path> paths) {
        log.info("Changed: " + paths.size() + " file" + (paths.size() == 1 ? "" : "s") + "; rebuilding");
        try {
            build(config());
        } catch (BlogException e) {
            // config errors surface here; shown like any other
            error = e.getMessage();
            log.warn(e.getMessage());
        }
        reload.reload();
    }

    private void build(BlogConfig config) {
        try {
            BuildResult r = builder.build(config, log);
            if (error != null) {
                log.info("The blog builds again.");
            }
            error = null;
            log.info(r.summary());
        } catch (BlogException | UncheckedIOException e) {
            error = e.getMessage();
            log.warn("The blog does not build; the browser shows why until the next good save.\n" + e.getMessage());
        }
    }

    /** The error the browser shows now, or null. */
    public String error() {
        return error;
    }

    /** How many browser tabs are listening for reloads. */
    public int listeners() {
        return reload.clients();
    }

    public String url() {
        return server.url();
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        server.close();
    }
}
