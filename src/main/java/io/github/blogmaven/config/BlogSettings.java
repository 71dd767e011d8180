package io.github.blogmaven.config;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the caller knows before {@code _config.yml} is read: values set explicitly (null when not set), which win
 * over {@code _config.yml}, and the project's defaults, which lose to it.
 */
public final class BlogSettings {

    public Path sourceDirectory;
    public Path outputDirectory;
    /** Where the incremental build's cache goes; beside the output folder when not set. */
    public Path cacheDirectory;
    /** Threads that parse and render; null or 0 means one per core. */
    public Integer threads;

    // explicit: null means "not set"
    public String baseUrl;
    public String title;
    public String description;
    public String lang;
    public String timezone;
    public String permalink;
    public Integer paginate;
    public Integer feedSize;
    public String excerptSeparator;

    // the project's defaults
    public String projectName;
    public String projectDescription;
    public String projectUrl;
    public final List<Author> projectAuthors = new ArrayList<>();

    public Charset encoding;
    public boolean drafts;
    /** Null when not set explicitly, so that {@code future:} in {@code _config.yml} can decide. */
    public Boolean future;
    public String paginatePath;
    public Instant now = Instant.EPOCH;
    public Optional<Instant> buildTimestamp = Optional.empty();
}
