package io.github.blogmaven.maven;

import io.github.blogmaven.config.BlogSettings;
import io.github.blogmaven.config.ConfigLoader;
import io.github.blogmaven.engine.BuildResult;
import io.github.blogmaven.engine.SiteBuilder;
import io.github.blogmaven.problem.BlogException;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Publishes the blog: post pages, home page with pagination, category, tag, author and archive pages, RSS, Atom and
 * JSON feeds, sitemap and robots.txt, into {@code outputDirectory}.
 *
 * @since 0.1.0
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class BuildMojo extends AbstractBlogMojo {

    /** Skips the build of the blog. @since 0.1.0 */
    @Parameter(property = "blog.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the blog (blog.skip)");
            return;
        }
        BlogSettings settings = settings();
        MavenBuildLog log = new MavenBuildLog(getLog());
        try {
            BuildResult result = new SiteBuilder().build(ConfigLoader.load(settings, log), log);
            getLog().info(result.summary());
        } catch (BlogException e) {
            throw new MojoFailureException(e.getMessage() + "\nNothing was published: the previous output in "
                    + settings.outputDirectory + " was left as it was.", e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }
}
