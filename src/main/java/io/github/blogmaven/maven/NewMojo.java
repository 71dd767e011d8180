package io.github.blogmaven.maven;

import io.github.blogmaven.problem.BlogException;
import io.github.blogmaven.scaffold.PostScaffold;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.apache.maven.model.Developer;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Starts a post: {@code mvn blog:new -Dtitle="My title"} writes {@code _posts/<today>-my-title.md} (or a draft in
 * {@code _drafts/} with {@code -Dblog.draft}) from a template and prints its path. Never overwrites a file.
 *
 * @since 0.1.0
 */
@Mojo(name = "new", threadSafe = true)
public class NewMojo extends AbstractMojo {

    /** The post's title. @since 0.1.0 */
    @Parameter(property = "title")
    private String title;

    /** Writes a draft into {@code _drafts/} instead of a post. @since 0.1.0 */
    @Parameter(property = "blog.draft", defaultValue = "false")
    private boolean draft;

    /** The author for the front matter; defaults to the first of the project's developers. @since 0.1.0 */
    @Parameter(property = "blog.author")
    private String author;

    /** The blog's sources. @since 0.1.0 */
    @Parameter(property = "blog.sourceDirectory", defaultValue = "${project.basedir}/src/blog", required = true)
    private File sourceDirectory;

    /** Time zone of the new post's date (IANA name); default UTC. @since 0.1.0 */
    @Parameter(property = "blog.timezone", defaultValue = "UTC")
    private String timezone;

    /** Encoding of the new file. @since 0.1.0 */
    @Parameter(property = "blog.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoFailureException {
        try {
            ZonedDateTime now = ZonedDateTime.now(ZoneId.of(timezone)).withNano(0);
            Charset charset = encoding == null || encoding.isBlank() ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            Path file = new PostScaffold().create(new PostScaffold.Request(sourceDirectory.toPath(), title, draft,
                    author != null ? author : firstDeveloper(), now, charset));
            getLog().info("Wrote " + (draft ? "draft " : "post ") + file);
        } catch (BlogException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            throw new MojoFailureException("pom.xml: " + e.getMessage());
        }
    }

    private String firstDeveloper() {
        for (Developer d : project.getDevelopers()) {
            if (d.getId() != null && !d.getId().isBlank()) {
                return d.getId();
            }
            if (d.getName() != null && !d.getName().isBlank()) {
                return d.getName();
            }
        }
        return "";
    }
}
