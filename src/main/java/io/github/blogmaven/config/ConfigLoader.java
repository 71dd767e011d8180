package io.github.blogmaven.config;

import io.github.blogmaven.problem.BlogException;
import io.github.blogmaven.problem.BuildLog;
import io.github.blogmaven.problem.Problems;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges explicit settings, {@code _config.yml} and project defaults into a {@link BlogConfig}, in that order of
 * precedence, and checks the result.
 */
public final class ConfigLoader {

    public static final String CONFIG_FILE = "_config.yml";
    public static final String DEFAULT_PERMALINK = "/:year/:month/:day/:slug/";

    private ConfigLoader() {
    }

    public static BlogConfig load(BlogSettings s, BuildLog log) {
        Problems problems = new Problems();
        Map<String, Object> yml = readConfigYml(s.sourceDirectory, problems);
        problems.throwIfAny();

        String baseUrl = first(s.baseUrl, jekyllUrl(yml), s.projectUrl == null ? null : withBlogPath(s.projectUrl));
        baseUrl = normalizeBaseUrl(baseUrl, problems);
        if (baseUrl.isEmpty()) {
            log.warn("No baseUrl: set <baseUrl> (or <url> in the POM, or url: in _config.yml) so that feeds, the "
                    + "sitemap and social metadata carry absolute URLs; relative URLs are written for now.");
        }
        String title = first(s.title, str(yml.get("title")), s.projectName, "Blog");
        String description = java.util.Objects.requireNonNullElse(first(s.description, str(yml.get("description")), s.projectDescription), "");
        String lang = first(s.lang, str(yml.get("lang")), "en");

        ZoneId zone = ZoneOffset.UTC;
        String tz = first(s.timezone, str(yml.get("timezone")), null);
        if (tz != null) {
            try {
                zone = ZoneId.of(tz.trim());
            } catch (DateTimeException e) {
                problems.error(s.timezone != null ? "pom.xml" : CONFIG_FILE, 0, "unknown timezone '" + tz
                        + "': use an IANA name such as Europe/Berlin or America/New_York, or UTC");
            }
        }
        // a Jekyll site that sets no permalink keeps Jekyll's default URLs, so that links to it keep working
        boolean jekyllSite = Files.isRegularFile(s.sourceDirectory.resolve(CONFIG_FILE));
        // Jekyll's posts collection may carry its own permalink, which wins over the site's for posts
        String permalink = first(s.permalink, collectionPermalink(yml), str(yml.get("permalink")),
                jekyllSite ? "date" : DEFAULT_PERMALINK);
        String paginatePath = first(s.paginatePath, str(yml.get("paginate_path")), "/page/:num/");
        if (!paginatePath.contains(":num")) {
            problems.error(s.paginatePath != null ? "pom.xml" : CONFIG_FILE, 0, "paginate_path '" + paginatePath
                    + "' has no :num for the page number: write it like /page/:num/");
        }
        boolean future = s.future != null ? s.future : Boolean.TRUE.equals(yml.get("future"))
                || "true".equals(str(yml.get("future")));
        int paginate = positive(s.paginate, yml.get("paginate"), 10, "paginate", problems);
        int feedSize = positive(s.feedSize, null, 20, "feedSize", problems);
        String separator = first(s.excerptSeparator, str(yml.get("excerpt_separator")), "<!--more-->");

        List<Author> authors = new ArrayList<>(s.projectAuthors);
        Object ymlAuthors = yml.get("authors");
        if (ymlAuthors instanceof Map<?, ?> map) {
            map.forEach((k, v) -> authors.add(AuthorData.fromYaml(String.valueOf(k), v)));
        }
        List<FrontMatterDefault> defaults = defaults(yml, problems);
        int threads = threads(s.threads, problems);
        problems.throwIfAny();
        return new BlogConfig(s.sourceDirectory, s.outputDirectory, baseUrl, title, description, lang,
                s.encoding == null ? StandardCharsets.UTF_8 : s.encoding, zone, permalink, paginate, feedSize,
                s.drafts, future, separator, s.now, s.buildTimestamp, List.copyOf(authors), defaults, paginatePath,
                jekyllSite, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(yml)),
                s.cacheDirectory != null ? s.cacheDirectory
                        : s.outputDirectory.resolveSibling(s.outputDirectory.getFileName() + "-cache"),
                threads);
    }

    /** One thread per core unless told otherwise. */
    private static int threads(Integer asked, Problems problems) {
        if (asked == null || asked == 0) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (asked < 0) {
            problems.error("pom.xml", 0, "threads must be 1 or more (or 0 for one per core), not " + asked);
            return 1;
        }
        return asked;
    }

    /**
     * Jekyll's {@code defaults:}, and its site-wide {@code author:} as the default author of posts (the lowest
     * priority of all).
     */
    private static List<FrontMatterDefault> defaults(Map<String, Object> yml, Problems problems) {
        List<FrontMatterDefault> out = new ArrayList<>();
        Object author = yml.get("author");
        if (author instanceof String || author instanceof Map) {
            out.add(new FrontMatterDefault("", "posts", Map.of("author", author instanceof Map<?, ?> m
                    && m.get("name") != null ? m.get("name") : author)));
        }
        Object list = yml.get("defaults");
        if (list == null) {
            return List.copyOf(out);
        }
        if (!(list instanceof List<?> entries)) {
            problems.error(CONFIG_FILE, 0, "defaults must be a list of entries with scope: and values:");
            return List.of();
        }
        for (Object e : entries) {
            if (!(e instanceof Map<?, ?> entry) || !(entry.get("values") instanceof Map<?, ?> values)) {
                problems.error(CONFIG_FILE, 0, "each entry of defaults needs values: (a mapping), and may have "
                        + "scope: with path: and type:");
                continue;
            }
            Map<?, ?> scope = entry.get("scope") instanceof Map<?, ?> sc ? sc : Map.of();
            Map<String, Object> v = new LinkedHashMap<>();
            values.forEach((k, val) -> {
                if (val != null) {
                    v.put(String.valueOf(k), val);
                }
            });
            out.add(new FrontMatterDefault(str(scope.get("path")), str(scope.get("type")), v));
        }
        return List.copyOf(out);
    }

    private static Map<String, Object> readConfigYml(Path source, Problems problems) {
        Path file = source.resolve(CONFIG_FILE);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text = text.substring(1);
            }
            return YamlReader.readMap(text);
        } catch (YamlReader.YamlError e) {
            problems.error(e.at(CONFIG_FILE, 1));
        } catch (IOException e) {
            throw new BlogException(CONFIG_FILE, "cannot read: " + e.getMessage(), e);
        }
        return new LinkedHashMap<>();
    }

    /** {@code collections: posts: permalink:}, as Jekyll's own site sets it. */
    private static String collectionPermalink(Map<String, Object> yml) {
        if (yml.get("collections") instanceof Map<?, ?> collections
                && collections.get("posts") instanceof Map<?, ?> posts) {
            return str(posts.get("permalink"));
        }
        return null;
    }

    /** Jekyll splits the site's address into url and baseurl. */
    private static String jekyllUrl(Map<String, Object> yml) {
        String url = str(yml.get("url"));
        if (url == null || url.isBlank()) {
            return null;
        }
        String baseurl = str(yml.get("baseurl"));
        String joined = stripSlash(url.trim()) + (baseurl == null ? "" : "/" + trimSlashes(baseurl.trim()));
        return joined.endsWith("/") ? joined : joined + "/";
    }

    private static String withBlogPath(String projectUrl) {
        String u = projectUrl.trim();
        return u.isEmpty() ? null : (u.endsWith("/") ? u : u + "/") + "blog/";
    }

    static String normalizeBaseUrl(String url, Problems problems) {
        if (url == null || url.isBlank()) {
            return "";
        }
        String u = url.trim();
        try {
            URI uri = new URI(u);
            if (!uri.isAbsolute() || uri.getRawAuthority() == null
                    || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                problems.error("pom.xml", 0, "baseUrl '" + u + "' is not an absolute http(s) URL: write it like "
                        + "https://example.org/blog/");
                return "";
            }
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                problems.error("pom.xml", 0, "baseUrl '" + u + "' must not have a query or fragment");
                return "";
            }
        } catch (URISyntaxException e) {
            problems.error("pom.xml", 0, "baseUrl '" + u + "' is not a valid URL: " + e.getReason());
            return "";
        }
        return u.endsWith("/") ? u : u + "/";
    }

    private static int positive(Integer explicit, Object yml, int fallback, String name, Problems problems) {
        Object v = explicit != null ? explicit : yml;
        if (v == null) {
            return fallback;
        }
        try {
            int n = v instanceof Number num ? num.intValue() : Integer.parseInt(String.valueOf(v).trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.error(explicit != null ? "pom.xml" : CONFIG_FILE, 0, name + " must be a whole number of 1 or more, not '"
                + v + "'");
        return fallback;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null && !(v instanceof String str && str.isBlank())) {
                return v;
            }
        }
        return null;
    }

    static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static String trimSlashes(String s) {
        String r = s;
        while (r.startsWith("/")) {
            r = r.substring(1);
        }
        while (r.endsWith("/")) {
            r = r.substring(0, r.length() - 1);
        }
        return r;
    }
}
