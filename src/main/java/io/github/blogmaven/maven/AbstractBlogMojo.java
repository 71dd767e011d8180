package io.github.blogmaven.maven;

import io.github.blogmaven.config.Author;
import io.github.blogmaven.config.BlogSettings;
import io.github.blogmaven.content.Slugs;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.maven.model.Developer;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/** The parameters every goal that builds the blog shares, and their translation into engine settings. */
abstract class AbstractBlogMojo extends AbstractMojo {

    /** The blog's sources: {@code _posts/}, {@code _drafts/}, {@code _data/}, pages and assets. @since 0.1.0 */
    @Parameter(property = "blog.sourceDirectory", defaultValue = "${project.basedir}/src/blog", required = true)
    protected File sourceDirectory;

    /** Where the blog is published; files the blog did not write are never deleted. @since 0.1.0 */
    @Parameter(property = "blog.outputDirectory", defaultValue = "${project.reporting.outputDirectory}/blog",
            required = true)
    protected File outputDirectory;

    /**
     * The blog's absolute URL, such as {@code https://example.org/blog/}. Feeds, the sitemap and social metadata
     * need it. Defaults to {@code url:} and {@code baseurl:} of {@code _config.yml}, else the project's URL plus
     * {@code blog/}. @since 0.1.0
     */
    @Parameter(property = "blog.baseUrl")
    protected String baseUrl;

    /** The blog's title; defaults to {@code title:} of {@code _config.yml}, else the project's name. @since 0.1.0 */
    @Parameter(property = "blog.title")
    protected String title;

    /** The blog's description; defaults to {@code _config.yml}, else the project's description. @since 0.1.0 */
    @Parameter(property = "blog.description")
    protected String description;

    /** The language of the blog, as a BCP 47 tag ({@code en}, {@code de-CH}); default {@code en}. @since 0.1.0 */
    @Parameter(property = "blog.lang")
    protected String lang;

    /** Time zone for dates without an offset (IANA name); default {@code _config.yml}, else UTC. @since 0.1.0 */
    @Parameter(property = "blog.timezone")
    protected String timezone;

    /**
     * Permalink pattern of posts, with Jekyll's placeholders ({@code :year :month :day :title :slug :categories}
     * and more) or a style name ({@code date}, {@code pretty}, {@code ordinal}, {@code none}); default
     * {@code /:year/:month/:day/:slug/}. @since 0.1.0
     */
    @Parameter(property = "blog.permalink")
    protected String permalink;

    /** Posts per listing page (home, categories, tags, authors); default 10. @since 0.1.0 */
    @Parameter(property = "blog.paginate")
    protected Integer paginate;

    /** How many of the latest posts the feeds carry; default 20. @since 0.1.0 */
    @Parameter(property = "blog.feedSize")
    protected Integer feedSize;

    /** Marks the end of a post's excerpt; default {@code <!--more-->}. @since 0.1.0 */
    @Parameter(property = "blog.excerptSeparator")
    protected String excerptSeparator;

    /** Encoding of the sources. @since 0.1.0 */
    @Parameter(property = "blog.encoding", defaultValue = "${project.build.sourceEncoding}")
    protected String encoding;

    /** Also publishes drafts: {@code _drafts/} and posts with {@code draft: true}. @since 0.1.0 */
    @Parameter(property = "blog.drafts", defaultValue = "false")
    protected boolean drafts;

    /** Also publishes posts dated in the future; unset means {@code future:} of {@code _config.yml}, else false. @since 0.1.0 */
    @Parameter(property = "blog.future")
    protected Boolean future;

    /**
     * Where the home page's further pages go, with {@code :num} for the number ({@code /page:num/} as
     * jekyll-paginate writes it); defaults to {@code paginate_path} of {@code _config.yml}, else {@code /page/:num/}.
     * @since 0.1.0
     */
    @Parameter(property = "blog.paginatePath")
    protected String paginatePath;

    /**
     * Where the incremental build keeps what it parsed and rendered, so that a rebuild redoes only what changed.
     * Never published; deleting it only costs one full build. @since 0.1.0
     */
    @Parameter(property = "blog.cacheDirectory", defaultValue = "${project.build.directory}/blog-cache")
    protected File cacheDirectory;

    /**
     * How many threads parse and render posts; {@code 0} means one per core. The output is the same byte for byte
     * whatever the number. @since 0.1.0
     */
    @Parameter(property = "blog.threads", defaultValue = "0")
    protected int threads;

    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    protected String outputTimestamp;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The engine's settings: explicit parameters, then the project's own facts as defaults. */
    protected BlogSettings settings() throws MojoFailureException {
        BlogSettings s = new BlogSettings();
        s.sourceDirectory = sourceDirectory.toPath();
        s.outputDirectory = outputDirectory.toPath();
        s.cacheDirectory = cacheDirectory.toPath();
        s.threads = threads;
        s.baseUrl = baseUrl;
        s.title = title;
        s.description = description;
        s.lang = lang;
        s.timezone = timezone;
        s.permalink = permalink;
        s.paginate = paginate;
        s.feedSize = feedSize;
        s.excerptSeparator = excerptSeparator;
        s.projectName = project.getName();
        s.projectDescription = project.getDescription();
        s.projectUrl = project.getUrl();
        for (Developer d : project.getDevelopers()) {
            String name = d.getName() != null ? d.getName() : d.getId();
            if (name != null) {
                String key = d.getId() != null ? d.getId() : Slugs.slugify(name);
                s.projectAuthors.add(new Author(key, name, "", "", d.getUrl(), d.getEmail(), ""));
            }
        }
        s.encoding = charset();
        s.drafts = drafts;
        s.future = future;
        s.paginatePath = paginatePath;
        // the one clock read: it decides which posts are due, and is never written into the output
        s.now = Instant.now();
        s.buildTimestamp = timestamp();
        return s;
    }

    private Charset charset() throws MojoFailureException {
        if (encoding == null || encoding.isBlank()) {
            getLog().warn("No encoding set (project.build.sourceEncoding): reading the blog as UTF-8");
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoFailureException("pom.xml: <encoding> '" + encoding + "' is not a known character set: "
                    + "use UTF-8");
        }
    }

    private Optional<Instant> timestamp() {
        if (outputTimestamp == null || outputTimestamp.isBlank() || outputTimestamp.length() < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(outputTimestamp.trim())));
        } catch (NumberFormatException e) {
            try {
                return Optional.of(OffsetDateTime.parse(outputTimestamp.trim()).toInstant());
            } catch (DateTimeParseException e2) {
                return Optional.empty();
            }
        }
    }
}
