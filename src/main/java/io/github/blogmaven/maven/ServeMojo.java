package io.github.blogmaven.maven;

import io.github.blogmaven.config.BlogSettings;
import io.github.blogmaven.config.ConfigLoader;
import io.github.blogmaven.problem.BlogException;
import io.github.blogmaven.serve.PreviewSession;
import java.io.File;
import java.io.IOException;
import java.net.BindException;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the blog, serves it on a local address, rebuilds on every change to the sources and reloads open browser
 * tabs. Runs until Ctrl-C. Never reads standard input.
 *
 * @since 0.1.0
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends AbstractBlogMojo {

    /** The port to serve on. @since 0.1.0 */
    @Parameter(property = "blog.port", defaultValue = "4000")
    private int port;

    /** The address to bind to; the loopback address unless told otherwise. @since 0.1.0 */
    @Parameter(property = "blog.host", defaultValue = "127.0.0.1")
    private String host;

    /**
     * Where the preview is published: apart from {@code outputDirectory}, because the preview's links point at the
     * local server. @since 0.1.0
     */
    @Parameter(property = "blog.previewDirectory", defaultValue = "${project.build.directory}/blog-preview",
            required = true)
    private File previewDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        BlogSettings settings = settings();
        settings.outputDirectory = previewDirectory.toPath();
        // the preview is built for another address: it keeps a cache of its own
        settings.cacheDirectory = previewDirectory.toPath().resolveSibling(previewDirectory.getName() + "-cache");
        MavenBuildLog log = new MavenBuildLog(getLog());
        CountDownLatch stopped = new CountDownLatch(1);
        try (PreviewSession session = new PreviewSession(host, port, baseUrl -> {
            settings.baseUrl = baseUrl;
            return ConfigLoader.load(settings, log);
        }, log)) {
            String url = session.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                session.close();
                stopped.countDown();
            }, "blog-serve-stop"));
            getLog().info("Serving the blog at " + url + " (drafts: " + settings.drafts + ", future posts: "
                    + settings.future + "). Press Ctrl-C to stop.");
            stopped.await();
        } catch (BindException e) {
            throw new MojoFailureException("Port " + port + " on " + host + " is in use: stop what uses it or pick "
                    + "another with -Dblog.port=4001");
        } catch (BlogException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot serve the blog: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
