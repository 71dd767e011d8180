package io.github.blogmaven.site;

import io.github.blogmaven.config.Author;
import io.github.blogmaven.config.BlogConfig;
import io.github.blogmaven.content.ContentReader.Content;
import io.github.blogmaven.content.Page;
import io.github.blogmaven.content.Permalink;
import io.github.blogmaven.content.Post;
import io.github.blogmaven.content.Slugs;
import io.github.blogmaven.problem.Problems;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The "assemble" stage: permalinks, sorting, taxonomies, authors, archive, neighbours. */
public final class SiteAssembler {

    static final int RELATED = 3;
    private static final int DESCRIPTION_MAX = 160;

    private final BlogConfig config;
    private final Problems problems;
    private final SiteAddress address;
    private final String base;
    private final Map<Locale, DateTimeFormatter> dateFormats = new java.util.concurrent.ConcurrentHashMap<>();

    public SiteAssembler(BlogConfig config, Problems problems) {
        this.config = config;
        this.problems = problems;
        this.address = SiteAddress.of(config);
        this.base = address.basePath();
    }

    public Site assemble(Content content) {
        // permalinks are claimed in file order, so that of two posts with one permalink the later file is at fault
        Map<String, String> owners = new LinkedHashMap<>();
        Map<Post, String> paths = new java.util.IdentityHashMap<>();
        // each permalink is expanded on every thread of the build (it is most of this loop's work), then claimed in
        // file order
        List<Post> all = content.posts();
        List<Expanded> expanded = java.util.stream.IntStream.range(0, all.size()).parallel()
                .mapToObj(i -> expand(all.get(i))).toList();
        for (int i = 0; i < all.size(); i++) {
            Post p = all.get(i);
            Optional<String> path = postPath(p, expanded.get(i));
            if (path.isPresent() && claim(owners, path.get(), p.source().relative(),
                    () -> p.frontMatter().lineOf("permalink"))) {
                paths.put(p, path.get());
            }
        }
        Map<Page, String> pagePaths = new java.util.IdentityHashMap<>();
        for (Page p : content.pages()) {
            Optional<String> path = Urls.clean(p.permalink());
            if (path.isEmpty()) {
                problems.error(p.source().relative(), p.frontMatter().lineOf("permalink"), "permalink '"
                        + p.permalink() + "' would leave the output folder: remove '.' and '..' segments");
                continue;
            }
            if (claim(owners, path.get(), p.source().relative(), () -> p.frontMatter().lineOf("permalink"))) {
                pagePaths.put(p, path.get());
            }
        }
        LiquidLinks links = new LiquidLinks(paths, pagePaths, this::href, problems);
        List<Post> kept = newestFirst(paths.keySet());
        // each post's view is its own work (links, dates, excerpt): on every thread of the build, in date order
        List<PostView> posts = java.util.stream.IntStream.range(0, kept.size()).parallel()
                .mapToObj(i -> view(kept.get(i), paths.get(kept.get(i)), links)).toList();
        List<PageView> pages = new ArrayList<>();
        for (Page p : content.pages()) {
            if (pagePaths.containsKey(p)) {
                pages.add(view(p, pagePaths.get(p), links));
            }
        }
        pages.sort(Comparator.comparing(PageView::path));

        Map<String, TermGroupBuilder> categories = new TreeMap<>();
        Map<String, TermGroupBuilder> tags = new TreeMap<>();
        Map<String, TermGroupBuilder> authors = new TreeMap<>();
        List<List<String>> tagKeys = new ArrayList<>();
        List<List<String>> categoryKeys = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Post p = kept.get(i);
            PostView v = posts.get(i);
            categoryKeys.add(file(categories, "category", "categories", p.categories(), v));
            tagKeys.add(file(tags, "tag", "tags", p.tags(), v));
            for (AuthorView a : v.authors()) {
                authors.computeIfAbsent(a.slug(), k -> new TermGroupBuilder("author", a.name(), k,
                        "/authors/" + k + "/")).posts.add(v);
            }
        }
        RelatedPosts related = RelatedPosts.index(tagKeys, categoryKeys, RELATED);
        List<Neighbours> neighbours = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            int at = i;
            neighbours.add(new Neighbours(i + 1 < posts.size() ? posts.get(i + 1) : null,
                    i > 0 ? posts.get(i - 1) : null,
                    io.github.blogmaven.markdown.Once.of(() -> related.of(at).stream().map(posts::get).toList())));
        }
        Map<Integer, List<PostView>> byYear = new TreeMap<>(Comparator.reverseOrder());
        posts.forEach(p -> byYear.computeIfAbsent(p.year(), y -> new ArrayList<>()).add(p));
        List<YearGroup> years = byYear.entrySet().stream().map(e -> new YearGroup(e.getKey(), List.copyOf(e.getValue())))
                .toList();
        Map<String, AuthorView> authorsByKey = new TreeMap<>();
        posts.forEach(p -> p.authors().forEach(a -> authorsByKey.putIfAbsent(a.key(), a)));

        return new Site(config, List.copyOf(posts), List.copyOf(neighbours), List.copyOf(pages), build(categories),
                build(tags), build(authors), authorsByKey, years, content.data());
    }

    /** A post and its date's instant, which decides almost every comparison without ZonedDateTime's slower one. */
    private record Dated(Post post, long second, int nano) {
    }

    private static final Comparator<Dated> NEWEST_FIRST = (a, b) -> {
        int c = Long.compare(b.second, a.second);
        if (c == 0) {
            c = Integer.compare(b.nano, a.nano);
        }
        if (c == 0) {
            c = b.post.date().compareTo(a.post.date()); // the same instant in other zones: ZonedDateTime's order
        }
        return c != 0 ? c : a.post.source().relative().compareTo(b.post.source().relative());
    };

    /** Posts by date, newest first (as ZonedDateTime orders them, reversed), then by file. */
    static List<Post> newestFirst(java.util.Collection<Post> posts) {
        List<Dated> dated = new ArrayList<>(posts.size());
        for (Post p : posts) {
            dated.add(new Dated(p, p.date().toEpochSecond(), p.date().getNano()));
        }
        dated.sort(NEWEST_FIRST);
        List<Post> out = new ArrayList<>(dated.size());
        for (Dated d : dated) {
            out.add(d.post);
        }
        return out;
    }

    /** A post's permalink pattern expanded, and cleaned; null for a slug that cannot be a path segment. */
    private record Expanded(String pattern, String expanded, Optional<String> clean) {
    }

    private Expanded expand(Post p) {
        if (p.slug().contains("/") || p.slug().isEmpty()) {
            return null;
        }
        String pattern = p.permalink().isEmpty() ? config.permalink() : p.permalink();
        String expanded = Permalink.expand(pattern, p);
        return new Expanded(pattern, expanded, Urls.clean(expanded));
    }

    /** The post's path, or empty with the error said. */
    private Optional<String> postPath(Post p, Expanded e) {
        String rel = p.source().relative();
        if (e == null) {
            problems.error(rel, p.frontMatter().lineOf("slug"), "slug '" + p.slug() + "' must be one non-empty "
                    + "path segment: remove '/'");
            return Optional.empty();
        }
        if (e.clean().isEmpty()) {
            boolean own = !p.permalink().isEmpty();
            problems.error(rel, p.frontMatter().lineOf(own ? "permalink" : "slug"), (own ? "permalink '"
                    + e.pattern() : "slug '" + p.slug()) + "' would leave the output folder (" + e.expanded()
                    + "): remove '.' and '..' segments");
        }
        return e.clean();
    }

    /** @param line where the permalink is written, looked up only for the error */
    private boolean claim(Map<String, String> owners, String path, String source,
                          java.util.function.IntSupplier line) {
        String file = Urls.file(path);
        String other = owners.putIfAbsent(file, source);
        if (other != null) {
            problems.error(source, line.getAsInt(), "permalink " + path + " is also the permalink of " + other
                    + ": give one of them another permalink (or slug)");
            return false;
        }
        return true;
    }

    private List<String> file(Map<String, TermGroupBuilder> groups, String kind, String folder, List<String> names,
                              PostView v) {
        List<String> keys = new ArrayList<>();
        for (String name : names) {
            String slug = termSlug(name);
            if (!keys.contains(slug)) {
                keys.add(slug);
                groups.computeIfAbsent(slug, k -> new TermGroupBuilder(kind, name, k, "/" + folder + "/" + k + "/"))
                        .posts.add(v);
            }
        }
        return keys;
    }

    /** Terms repeat across posts: each is slugged once. */
    private static final java.util.Map<String, String> TERM_SLUGS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A term's slug; terms with no letters or digits ("+++") get a stable code instead of an empty slug. */
    public static String termSlug(String name) {
        if (TERM_SLUGS.size() > 100_000) {
            TERM_SLUGS.clear();
        }
        return TERM_SLUGS.computeIfAbsent(name, SiteAssembler::slugOf);
    }

    private static String slugOf(String name) {
        String slug = Slugs.slugify(name);
        return slug.isEmpty() ? "t" + Integer.toHexString(name.hashCode()) : slug;
    }

    private List<TermGroup> build(Map<String, TermGroupBuilder> groups) {
        return groups.values().stream().map(b -> new TermGroup(b.kind, b.name, b.slug, b.path, href(b.path),
                b.path + "feed.xml", href(b.path + "feed.xml"), List.copyOf(b.posts))).toList();
    }

    private static final class TermGroupBuilder {
        final String kind;
        final String name;
        final String slug;
        final String path;
        final List<PostView> posts = new ArrayList<>();

        TermGroupBuilder(String kind, String name, String slug, String path) {
            this.kind = kind;
            this.name = name;
            this.slug = slug;
            this.path = path;
        }
    }

    private PostView view(Post p, String path, LiquidLinks links) {
        List<Link> cats = links(p.categories(), "categories");
        List<Link> tgs = links(p.tags(), "tags");
        List<AuthorView> authors = p.authors().stream().map(this::author).toList();
        String image = once(List.of("image", p.image()), k -> imageHref(p.image()));
        // the excerpt and headings are read (from the cache, in a rebuild) only for the posts a page shows
        java.util.function.Supplier<PostView.Shown> shown = io.github.blogmaven.markdown.Once.of(() -> {
            String text = p.body().excerptText();
            return new PostView.Shown(LinkRewriter.rootToBase(links.resolve(p.body().excerptHtml(),
                    p.source().relative()), base), text, p.description().isEmpty() ? shorten(text) : p.description(),
                    p.body().headings());
        });
        String lang = p.lang().isEmpty() ? config.lang() : p.lang();
        // formatting dates is slow, and only the posts a page shows need theirs
        java.util.function.Supplier<PostView.Dates> dates = io.github.blogmaven.markdown.Once.of(() ->
                new PostView.Dates(iso(p.date()), dateFormats.computeIfAbsent(Locale.forLanguageTag(lang),
                        l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l)).format(p.date()),
                        iso(p.lastModified())));
        Object alt = p.data().get("image_alt");
        String href = href(path);
        return new PostView(p.source().relative(), p.title(), href, path, Urls.file(path), absolute(href),
                p.date(), dates, p.lastModified(), p.date().getYear(), p.body().words(),
                Math.max(1, (p.body().words() + 219) / 220), cats, tgs, authors, image, image.isEmpty() ? ""
                : once(List.of("absolute", image), k -> absolute(image)), alt == null ? "" : String.valueOf(alt),
                shown,
                // the body is read, and its links resolved, only when a page shows it
                () -> LinkRewriter.rootToBase(links.resolve(p.body().html(), p.source().relative()), base),
                p.body().searchWordsSource(), p.featured(), p.hidden(), p.draft(), p.toc(),
                lang, p.layout(), p.data(), p.body().hasCode(), p.key(), p.frontMatter().digest());
    }

    private PageView view(Page p, String path, LiquidLinks links) {
        String image = imageHref(p.image());
        String description = p.description().isEmpty() ? shorten(p.body().excerptText()) : p.description();
        return new PageView(p.source().relative(), p.title(), href(path), path, Urls.file(path), absolute(href(path)),
                description, image, image.isEmpty() ? "" : absolute(image),
                LinkRewriter.rootToBase(links.resolve(p.body().html(), p.source().relative()), base), p.toc(),
                p.body().headings(), p.sitemap(),
                p.lang().isEmpty() ? config.lang() : p.lang(), p.layout(), p.data());
    }

    /**
     * What many posts share is made once per build: each author's view, each list of terms' links, each image's
     * addresses (10,000 posts by ten authors under fifty tags hold ten author views, not 10,000).
     */
    private final Map<Object, Object> shared = new java.util.concurrent.ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    private <K, V> V once(K key, java.util.function.Function<K, V> make) {
        return (V) shared.computeIfAbsent(key, k -> make.apply((K) k));
    }

    /** Each term's link, by folder and name. */
    private final Map<String, Link> termLinkCache = new java.util.concurrent.ConcurrentHashMap<>();

    private AuthorView author(Author a) {
        return once(a, x -> {
            String slug = termSlug(x.key());
            return AuthorView.of(x, slug, href("/authors/" + slug + "/"), imageHref(x.avatar()));
        });
    }

    private List<Link> links(List<String> names, String folder) {
        return once(List.of(folder, names), k -> termLinks(names, folder));
    }

    private List<Link> termLinks(List<String> names, String folder) {
        List<Link> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String n : names) {
            String slug = termSlug(n);
            if (!seen.contains(slug)) {
                seen.add(slug);
                // one link per term, shared by every list of terms it is in (not made inside once(): a map's
                // computeIfAbsent must not add to the same map)
                out.add(termLinkCache.computeIfAbsent(folder + '\u0000' + n,
                        k -> new Link(n, href("/" + folder + "/" + slug + "/"))));
            }
        }
        return List.copyOf(out);
    }

    /** An image as written in front matter: absolute stays, anything else is relative to the blog root. */
    private String imageHref(String image) {
        if (image == null || image.isBlank()) {
            return "";
        }
        String i = image.trim();
        if (!LinkRewriter.isInternal(i)) {
            return i;
        }
        String path = i.startsWith("/") ? i : "/" + i;
        return path.startsWith(base + "/") && !base.isEmpty() ? path : base + path;
    }

    private String href(String path) {
        return address.href(path);
    }

    private String absolute(String href) {
        return address.absolute(href);
    }

    static String iso(ZonedDateTime d) {
        return io.github.blogmaven.content.DateRules.ISO.format(d);
    }

    static String shorten(String text) {
        if (text.length() <= DESCRIPTION_MAX) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_MAX - 1);
        return text.substring(0, cut > 80 ? cut : DESCRIPTION_MAX - 1).strip() + "…";
    }
}
