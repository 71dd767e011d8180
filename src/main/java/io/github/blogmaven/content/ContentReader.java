package io.github.blogmaven.content;

import io.github.blogmaven.config.Author;
import io.github.blogmaven.config.BlogConfig;
import io.github.blogmaven.config.YamlReader;
import io.github.blogmaven.markdown.MarkdownRenderer;
import io.github.blogmaven.markdown.RenderedMarkdown;
import io.github.blogmaven.problem.BuildLog;
import io.github.blogmaven.problem.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads posts, drafts, pages and data files: the "parse" stage. Problems are collected, not thrown, so that one
 * build reports all of them.
 */
public final class ContentReader {

    private static final Pattern POST_NAME = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})-(.+)\\.([A-Za-z]+)");

    private final BlogConfig config;
    /** Asked for only when a file is parsed: a build served from the cache does not wait for flexmark to load. */
    private final java.util.function.Supplier<MarkdownRenderer> markdown;
    private final Problems problems;
    private final BuildLog log;

    private final ParseCache cache;
    private io.github.blogmaven.liquid.LiquidRenderer liquid;
    private Map<String, Object> liquidSite;
    private final FileHashes fileHashes;
    private String settings = "";
    private String pageSettings = "";

    /** The {@code site} variable Liquid sees in bodies, as Jekyll names it. */
    static Map<String, Object> liquidSite(BlogConfig config, Map<String, Object> data) {
        // every _config.yml key, as Jekyll exposes them ({{ site.repository }}), then what we resolved
        Map<String, Object> site = new LinkedHashMap<>(config.siteConfig());
        site.put("title", config.title());
        site.put("description", config.description());
        site.put("url", config.origin());
        site.put("baseurl", config.basePath());
        site.put("lang", config.lang());
        site.put("data", data);
        // Liqp's absolute_url reads the site's URL from here
        site.put("config", ordered("url", config.origin(), "baseurl", config.basePath()));
        return site;
    }

    /**
     * A map in the order written: {@code Map.of} iterates in an order that changes from one JVM to the next, which
     * would change what the cache keys and the output are made of.
     */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /**
     * @param cache parsed files from earlier builds of this session
     * @param fileHashes each source file's content hash, known or taken from the bytes read
     */
    public ContentReader(BlogConfig config, MarkdownRenderer markdown, Problems problems, BuildLog log,
                         ParseCache cache, FileHashes fileHashes) {
        this(config, () -> markdown, problems, log, cache, fileHashes);
    }

    /**
     * @param markdown the renderer, asked for when the first file is parsed (it may be still loading when the read
     *     starts)
     */
    public ContentReader(BlogConfig config, java.util.function.Supplier<MarkdownRenderer> markdown, Problems problems,
                         BuildLog log, ParseCache cache, FileHashes fileHashes) {
        this.config = config;
        this.markdown = markdown;
        this.problems = problems;
        this.log = log;
        this.cache = cache;
        this.fileHashes = fileHashes;
    }

    /**
     * Everything read from the source tree.
     *
     * @param assets the files to copy as they are: the tree's assets and Markdown files without front matter
     */
    public record Content(List<Post> posts, List<Page> pages, Map<String, Object> data, AuthorRegistry authors,
                          List<SourceFile> assets, java.time.Instant nextDue) {
    }

    /** The earliest date of a post held back as future: when it comes, the output is out of date. */
    private final java.util.concurrent.atomic.AtomicReference<java.time.Instant> nextDue =
            new java.util.concurrent.atomic.AtomicReference<>();

    private final java.util.Queue<SourceFile> plainDocuments = new java.util.concurrent.ConcurrentLinkedQueue<>();

    public Content read(SourceTree tree) {
        Map<String, Object> data = readData(tree.data());
        AuthorRegistry authors = new AuthorRegistry(config.authors(), data.get("authors"));
        Map<String, Object> site = liquidSite(config, data);
        synchronized (this) {
            liquidSite = site;
            liquid = null; // made again, from this site, if a file needs it
        }
        // everything besides a file's own bytes that shapes what it parses into
        String shared = String.join("\u0000", config.timezone().getId(), config.excerptSeparator(),
                String.valueOf(config.drafts()), String.valueOf(config.future()), config.encoding().name(),
                String.valueOf(site), String.valueOf(config.defaults()));
        pageSettings = ParseCache.digest(shared);
        settings = ParseCache.digest(shared + "\u0000" + authors.all());
        List<SourceFile> postFiles = new ArrayList<>(tree.posts());
        if (config.drafts()) {
            postFiles.addAll(tree.drafts());
        }
        List<Post> posts = postFiles.parallelStream()
                .map(f -> cached(f, Post.class, (key, bytes) -> readPost(f, authors, key, bytes)))
                .filter(Optional::isPresent).map(Optional::get)
                .toList();
        List<Page> pages = tree.documents().parallelStream()
                .map(f -> cached(f, Page.class, (key, bytes) -> readPage(f, bytes)))
                .filter(Optional::isPresent).map(Optional::get)
                .toList();
        java.util.Set<String> seen = new java.util.HashSet<>();
        postFiles.forEach(f -> seen.add(f.relative()));
        tree.documents().forEach(f -> seen.add(f.relative()));
        cache.commit(!problems.hasErrors(), seen);
        List<SourceFile> assets = new ArrayList<>(tree.assets());
        assets.addAll(plainDocuments);
        java.util.Collections.sort(assets);
        return new Content(posts, pages, data, authors, List.copyOf(assets), nextDue.get());
    }

    /**
     * A file's parsed result from the cache when neither its bytes nor the settings changed, with the warnings its
     * parsing gave said again. Only published results are cached: a file that was skipped, held back as future or
     * had an error is read again. A file whose hash is not known yet is read once: its hash is taken from the
     * bytes that are then parsed.
     */
    private <T> Optional<T> cached(SourceFile f, Class<T> type,
                                   java.util.function.BiFunction<String, byte[], Optional<T>> read) {
        String fileHash = fileHashes.known(f.relative());
        byte[] bytes = null;
        if (fileHash == null) {
            try {
                bytes = Files.readAllBytes(f.path());
            } catch (IOException e) {
                return read.apply("", null); // read again, to report why it cannot be
            }
            fileHash = fileHashes.of(f.relative(), bytes);
        }
        String key = fileHash + ":" + (type == Page.class ? pageSettings : settings);
        List<io.github.blogmaven.problem.Problem> said = new ArrayList<>();
        Object hit = cache.get(f, key, said);
        if (type.isInstance(hit)) {
            said.forEach(problems::warn);
            return Optional.of(type.cast(hit));
        }
        Optional<T> result = read.apply(key, bytes);
        if (result.isPresent() && !problems.hasErrorsFor(f.relative())) {
            return Optional.of(cache.offer(f.relative(), key, result.get(), problems.warningsFor(f.relative())));
        }
        return result;
    }

    /** @param bytes the file's bytes when they were read already, else null */
    Optional<Post> readPost(SourceFile file, AuthorRegistry authors, String key, byte[] bytes) {
        boolean isDraft = file.relative().startsWith("_drafts/");
        String name = file.name();
        String ext = SourceTree.extension(name);
        boolean html = ext.equals("html") || ext.equals("htm");
        if (!SourceTree.MARKDOWN.contains(ext) && !html) {
            problems.warn(file.relative(), 0, "skipped: not a post (posts end in .md, .markdown, .mkdown, .mkdn, "
                    + ".mkd or .html); move other files out of " + (isDraft ? "_drafts" : "_posts"));
            return Optional.empty();
        }
        Matcher m = POST_NAME.matcher(name);
        String stem = name.substring(0, name.length() - ext.length() - 1);
        if (!isDraft && !m.matches()) {
            problems.warn(file.relative(), 0, "skipped: a post's file name must be YYYY-MM-DD-title." + ext
                    + ", e.g. 2024-03-18-" + Slugs.slugify(stem) + "." + ext);
            return Optional.empty();
        }
        Optional<String> text = readText(file, bytes);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!FrontMatter.opensWithFrontMatter(text.get())) {
            problems.warn(file.relative(), 1, "skipped: no front matter; a post starts with a line '---', its YAML "
                    + "keys (title: ...), and another '---'");
            return Optional.empty();
        }
        Optional<FrontMatter> parsed = published(file, text.get(), isDraft ? "drafts" : "posts");
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = parsed.get();
        Map<String, Object> d = fm.data();
        boolean draft = isDraft || flag(fm, file, "draft", false);
        if (draft && !config.drafts()) {
            log.debug("Draft left out (use -Dblog.drafts to include it): " + file.relative());
            return Optional.empty();
        }

        ZonedDateTime date = null;
        if (m.matches()) {
            Optional<ZonedDateTime> fromName = DateRules.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3),
                    config.timezone());
            if (fromName.isEmpty()) {
                problems.error(file.relative(), 0, "the file name's date " + m.group(1) + "-" + m.group(2) + "-"
                        + m.group(3) + " does not exist: rename the file with a real date");
                return Optional.empty();
            }
            date = fromName.get();
        }
        if (d.get("date") != null) {
            Optional<ZonedDateTime> fromFm = DateRules.parse(String.valueOf(d.get("date")), config.timezone());
            Optional<DateRules.Lenient> lenient = fromFm.isPresent() ? Optional.empty()
                    : DateRules.parseLenient(String.valueOf(d.get("date")), config.timezone());
            if (lenient.isPresent()) {
                fromFm = Optional.of(lenient.get().date());
                problems.warn(file.relative(), fm.lineOf("date"), "date '" + d.get("date") + "' has text after its "
                        + "time that Jekyll ignores ('" + lenient.get().ignored() + "'), so it is read as "
                        + DateRules.ISO.format(lenient.get().date()) + ": remove that text, or write the offset "
                        + "right after the time");
            }
            if (fromFm.isEmpty()) {
                problems.error(file.relative(), fm.lineOf("date"), "date '" + d.get("date") + "' is not a date: "
                        + "write it as YYYY-MM-DD, optionally with a time and offset (2024-03-18 09:30:00 +0100)");
                return Optional.empty();
            }
            date = fromFm.get();
        }
        if (date == null) {
            date = java.time.Instant.ofEpochMilli(lastModified(file)).atZone(config.timezone());
        }
        if (!config.future() && date.toInstant().isAfter(config.now())) {
            java.time.Instant due = date.toInstant();
            nextDue.accumulateAndGet(due, (a, b) -> a == null || b.isBefore(a) ? b : a);
            log.info("Future post left out until " + date.toLocalDate() + " (use -Dblog.future to include it): "
                    + file.relative());
            return Optional.empty();
        }
        ZonedDateTime modified = date;
        Object lm = d.containsKey("last_modified_at") ? d.get("last_modified_at") : d.get("modified");
        if (lm != null) {
            Optional<ZonedDateTime> lastModified = DateRules.parse(String.valueOf(lm), config.timezone());
            if (lastModified.isEmpty()) {
                problems.error(file.relative(), fm.lineOf(d.containsKey("last_modified_at") ? "last_modified_at"
                        : "modified"), "last_modified_at '" + lm + "' is not a date: write it as YYYY-MM-DD");
                return Optional.empty();
            }
            modified = lastModified.get().isBefore(date) ? date : lastModified.get();
        }

        String fileSlug = m.matches() ? m.group(4) : stem;
        String slug = d.get("slug") != null ? String.valueOf(d.get("slug")).trim() : Slugs.fileSlug(fileSlug);
        String title = FrontMatterValues.text(d.get("title"));
        if (title.isEmpty()) {
            title = FrontMatterValues.titleFromSlug(fileSlug);
        }
        List<String> categories = FrontMatterValues.terms(d.get("categories"), d.get("category"));
        List<String> tags = FrontMatterValues.terms(d.get("tags"), d.get("tag"));
        List<Author> postAuthors = new ArrayList<>();
        for (Object a : FrontMatterValues.list(d.containsKey("authors") ? d.get("authors") : d.get("author"))) {
            Author author = authors.resolve(a);
            if (!author.name().isBlank() && postAuthors.stream().noneMatch(x -> x.key().equals(author.key()))) {
                postAuthors.add(author);
            }
        }
        // Jekyll's page.url and page.id, for bodies that print them
        String ownPermalink = FrontMatterValues.text(d.get("permalink"));
        String url = Permalink.expand(ownPermalink.isEmpty() ? config.permalink() : ownPermalink, date, slug,
                categories);
        String folder = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        String id = folder.substring(0, Math.max(0, folder.lastIndexOf('/'))) + "/" + slug;
        String rendered = liquid(fm, file, ordered("title", title, "date", date, "url", url, "id", id));
        String excerpt = d.get("excerpt") == null ? null : String.valueOf(d.get("excerpt"));
        // an .html post is HTML already, as in Jekyll: only its Liquid is rendered
        MarkdownRenderer md = markdown.get();
        RenderedMarkdown body = html ? md.renderHtml(rendered, excerpt) : md.render(rendered, excerpt);
        return Optional.of(new Post(file, fm.withoutBody(), title, date, modified, slug, categories, tags,
                List.copyOf(postAuthors), FrontMatterValues.image(d.get("image")),
                FrontMatterValues.text(d.get("description")), FrontMatterValues.text(d.getOrDefault("layout", "post")),
                ownPermalink, flag(fm, file, "featured", false), flag(fm, file, "hidden", false), draft,
                flag(fm, file, "toc", false), FrontMatterValues.text(d.get("lang")), d, body, key));
    }

    Optional<Page> readPage(SourceFile file, byte[] bytes) {
        Optional<String> text = readText(file, bytes);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!FrontMatter.opensWithFrontMatter(text.get())) {
            plainDocuments.add(file); // Markdown without front matter is copied as it is, as in Jekyll
            return Optional.empty();
        }
        Optional<FrontMatter> parsed = published(file, text.get(), "pages");
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        FrontMatter fm = parsed.get();
        Map<String, Object> d = fm.data();
        String rel = file.relative();
        String stem = rel.substring(0, rel.lastIndexOf('.'));
        String permalink = FrontMatterValues.text(d.get("permalink"));
        if (permalink.isEmpty()) {
            permalink = stem.equals("index") ? "/" : stem.endsWith("/index")
                    ? "/" + stem.substring(0, stem.length() - "index".length()) : "/" + stem + "/";
        }
        String title = FrontMatterValues.text(d.get("title"));
        if (title.isEmpty()) {
            String base = file.name().substring(0, file.name().lastIndexOf('.'));
            title = FrontMatterValues.titleFromSlug(base);
        }
        RenderedMarkdown body = markdown.get().render(liquid(fm, file, ordered("title", title, "url", permalink)),
                d.get("excerpt") == null ? null : String.valueOf(d.get("excerpt")));
        return Optional.of(new Page(file, fm.withoutBody(), title, FrontMatterValues.text(d.get("description")), FrontMatterValues.image(d.get("image")),
                FrontMatterValues.text(d.getOrDefault("layout", "page")), permalink, flag(fm, file, "toc", false),
                !FrontMatterValues.isFalse(d.get("sitemap")), FrontMatterValues.text(d.get("lang")), d, body));
    }

    /** The body with its Liquid rendered; {@code page} is the front matter with what Jekyll adds (title, url...). */
    private String liquid(FrontMatter fm, SourceFile file, Map<String, Object> derived) {
        if (!io.github.blogmaven.liquid.LiquidRenderer.hasLiquid(fm.body())) {
            return fm.body();
        }
        Map<String, Object> page = new LinkedHashMap<>(fm.data());
        page.putAll(derived);
        return liquid().render(fm.body(), page, file.relative(), fm.bodyLine(), problems);
    }

    /** Made when a file first needs it: a rebuild that parses nothing, or no Liquid, never loads the engine. */
    private synchronized io.github.blogmaven.liquid.LiquidRenderer liquid() {
        if (liquid == null) {
            liquid = new io.github.blogmaven.liquid.LiquidRenderer(liquidSite);
        }
        return liquid;
    }

    /** The file's front matter, or empty when it cannot be read (a problem is recorded) or says published: false. */
    private Optional<FrontMatter> published(SourceFile file, String text, String kind) {
        try {
            FrontMatter fm = FrontMatter.parse(file.relative(), text).withDefaults(config.defaults(),
                    file.relative(), kind);
            if (FrontMatterValues.isFalse(fm.data().get("published"))) {
                log.debug("Not published (published: false): " + file.relative());
                return Optional.empty();
            }
            return Optional.of(fm);
        } catch (FrontMatter.Invalid e) {
            problems.error(e.problem());
            return Optional.empty();
        }
    }

    private Map<String, Object> readData(List<SourceFile> files) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (SourceFile f : files) {
            String ext = SourceTree.extension(f.name());
            if (!ext.equals("yml") && !ext.equals("yaml") && !ext.equals("json")) {
                continue;
            }
            Optional<String> text = readText(f, null);
            if (text.isEmpty()) {
                continue;
            }
            try {
                Object value = YamlReader.read(text.get());
                String[] parts = f.relative().substring("_data/".length()).split("/");
                Map<String, Object> at = data;
                for (int i = 0; i < parts.length - 1; i++) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> next = (Map<String, Object>) at.computeIfAbsent(parts[i],
                            k -> new LinkedHashMap<String, Object>());
                    at = next;
                }
                String last = parts[parts.length - 1];
                at.put(last.substring(0, last.lastIndexOf('.')), value);
            } catch (YamlReader.YamlError e) {
                problems.error(e.at(f.relative(), 1));
            }
        }
        return data;
    }

    /** @param read the file's bytes when they were read already, else null */
    private Optional<String> readText(SourceFile file, byte[] read) {
        try {
            byte[] bytes = read != null ? read : Files.readAllBytes(file.path());
            return Optional.of(FrontMatter.normalize(decode(bytes, config.encoding())));
        } catch (CharacterCodingException e) {
            problems.error(file.relative(), 0, "not valid " + config.encoding().name() + " text: save it as "
                    + config.encoding().name() + " or set the encoding parameter");
        } catch (IOException e) {
            problems.error(file.relative(), 0, "cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * The text of a file's bytes, refusing malformed input. For UTF-8, the JDK's quick lenient decoding is tried first:
     * it marks malformed input with U+FFFD, so a text without that character is exactly what the strict decoder
     * gives, and only one with it (malformed, or a U+FFFD written in the file) is decoded again strictly.
     */
    static String decode(byte[] bytes, java.nio.charset.Charset encoding) throws CharacterCodingException {
        if (encoding.equals(java.nio.charset.StandardCharsets.UTF_8)) {
            String text = new String(bytes, encoding);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        return encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private long lastModified(SourceFile file) {
        try {
            return Files.getLastModifiedTime(file.path()).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private boolean flag(FrontMatter fm, SourceFile file, String key, boolean fallback) {
        Object v = fm.data().get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        String s = String.valueOf(v).trim().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("yes")) {
            return true;
        }
        if (s.equals("false") || s.equals("no") || s.isEmpty()) {
            return false;
        }
        problems.error(file.relative(), fm.lineOf(key), key + " must be true or false, not '" + v + "'");
        return fallback;
    }

}
