package io.github.blogmaven.render;

import io.github.blogmaven.config.BlogConfig;
import io.github.blogmaven.content.Layouts;
import io.github.blogmaven.content.SourceFile;
import io.github.blogmaven.problem.BlogException;
import io.github.blogmaven.problem.Problem;
import io.github.blogmaven.problem.Problems;
import io.github.blogmaven.site.Neighbours;
import io.github.blogmaven.site.PageView;
import io.github.blogmaven.site.PostView;
import io.github.blogmaven.site.Site;
import io.github.blogmaven.site.SiteAddress;
import io.github.blogmaven.site.TermGroup;
import io.github.blogmaven.site.Urls;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/** The "render" stage: every page, feed and sitemap of the site, in memory. */
public final class SiteRenderer {

    /** Theme files published beside the pages, under {@code assets/blog/}. */
    static final List<String> THEME_ASSETS = List.of("theme.css", "code.js", "search.js", "favicon.svg");
    private static final String HIGHLIGHT = "META-INF/resources/webjars/highlightjs/";
    private static final List<String> HIGHLIGHT_FILES = List.of("highlight.min.js", "styles/github.min.css",
            "styles/github-dark.min.css");
    /** Generated files that a user's own file of the same name replaces. */
    private static final Set<String> REPLACEABLE = Set.of("404.html", "robots.txt");

    private final BlogConfig config;
    private final ThemeEngine theme;
    private final Problems problems;
    private final FeedWriter feeds;
    private final UnaryOperator<String> href;
    private final UnaryOperator<String> absolute;

    private final RenderMemo memo;
    private final String environment;

    public SiteRenderer(BlogConfig config, ThemeEngine theme, Problems problems) {
        this(config, theme, problems, RenderMemo.none(), "");
    }

    /**
     * @param memo what the last build rendered from what, so that unchanged pages are not rendered again
     * @param environment a digest of everything but the posts that the pages come from (configuration, templates,
     *     data, pages, assets, the plugin itself); "" when unknown, which re-renders everything
     */
    public SiteRenderer(BlogConfig config, ThemeEngine theme, Problems problems, RenderMemo memo,
                        String environment) {
        this.memo = memo;
        this.environment = environment;
        this.config = config;
        this.theme = theme;
        this.problems = problems;
        this.feeds = new FeedWriter(config);
        SiteAddress address = SiteAddress.of(config);
        this.href = address::href;
        this.absolute = address::absolute;
    }

    /**
     * Renders every file of the site into {@code sink} as it goes. Problems found in earlier stages stop it before
     * anything is rendered.
     */
    public Rendered render(Site site, List<SourceFile> assets, PageSink sink) {
        problems.throwIfAny();

        SortedMap<String, java.nio.file.Path> copies = new TreeMap<>();
        for (SourceFile a : assets) {
            copies.put(a.relative(), a.path());
        }
        Out files = new Out(sink, copies, 2 * site.posts().size() + site.pages().size() + 64);
        LinkCheck links = new LinkCheck(problems, config.basePath());
        boolean customCss = copies.containsKey("assets/custom.css");
        SiteModel siteModel = siteModel(site, customCss);
        Map<String, RenderMemo.Dep> bodyKeys = new HashMap<>();
        site.posts().forEach(p -> bodyKeys.put(p.source(), new RenderMemo.Dep(p.source(), p.bodyKey())));
        memo.begin(environment.isEmpty() ? "" : SiteShape.digest(environment, site, copies.keySet()), bodyKeys);

        for (int i = 0; i < site.posts().size(); i++) {
            PostView p = site.posts().get(i);
            Neighbours n = site.neighbours().get(i);
            files.own(p.file(), p.source(), () -> p.withContentOnce(html -> {
                // the content is at hand: its links are checked now rather than worked out again later
                links.checkPost(p, html, files.owners.keySet(), copies.keySet(), memo);
                Map<String, Object> model = base(siteModel, postMeta(p));
                model.put("post", p);
                model.put("doc", p);
                model.put("previous", n.previous());
                model.put("next", n.next());
                model.put("related", n.related());
                return theme.page("layouts/" + Layouts.resolve(p.layout(), "post", theme.layouts()) + ".ftlh",
                        model);
            }));
        }
        site.pages().forEach(p -> files.own(p.file(), p.source(), () -> {
            Map<String, Object> model = base(siteModel, new PageMeta("page", p.title(), p.description(), p.url(),
                    p.absoluteUrl(), p.imageAbsolute(), "website", p.lang(), p.file().equals("404.html"), "", "", "",
                    PageMeta.hasCode(p.content())));
            model.put("doc", p);
            model.put("pageContent", p);
            return theme.page("layouts/" + Layouts.resolve(p.layout(), "page", theme.layouts()) + ".ftlh", model);
        }));

        listing(files, siteModel, "home", "/", config.title(), config.description(), site.listed(), site,
                null);
        site.categories().forEach(g -> listing(files, siteModel, "category", g.path(),
                g.name(), "Posts in the category " + g.name(), g.posts(), site, g));
        site.tags().forEach(g -> listing(files, siteModel, "tag", g.path(), "#" + g.name(),
                "Posts tagged " + g.name(), g.posts(), site, g));
        site.authors().forEach(g -> listing(files, siteModel, "author", g.path(), g.name(),
                "Posts by " + g.name(), g.posts(), site, g));
        terms(files, siteModel, "/categories/", "Categories", site.categories());
        terms(files, siteModel, "/tags/", "Tags", site.tags());
        terms(files, siteModel, "/authors/", "Authors", site.authors());

        files.generated("archive/index.html", () -> {
            Map<String, Object> archive = base(siteModel, meta("archive", "Archive", "Every post, by year",
                    "/archive/"));
            archive.put("years", site.years());
            return theme.page("archive.ftlh", archive);
        });
        files.generated("404.html", () -> theme.page("404.ftlh", base(siteModel, new PageMeta("404",
                "Page not found", "", href.apply("/404.html"), absolute.apply(href.apply("/404.html")), "", "website",
                config.lang(), true, "", "", "", false))));

        redirects(files, siteModel, site);
        int feedCount = writeFeeds(files, site);
        generated(files, "sitemap.xml", () -> new SitemapWriter(config).write(site, absolute, href));
        generated(files, "robots.txt", () -> "User-agent: *\nAllow: /\n"
                + (config.baseUrl().isEmpty() ? "" : "Sitemap: " + config.baseUrl() + "sitemap.xml\n"));
        for (String asset : THEME_ASSETS) {
            files.generated("assets/blog/" + asset, () -> themeAsset(asset));
        }
        boolean code = site.posts().stream().anyMatch(PostView::hasCode)
                || site.pages().stream().anyMatch(p -> PageMeta.hasCode(p.content()));
        if (code) {
            for (String f : HIGHLIGHT_FILES) {
                files.generated("assets/blog/highlight/" + f.substring(f.lastIndexOf('/') + 1),
                        () -> resource(HIGHLIGHT + highlightVersion() + "/" + f));
            }
        }
        files.generated("search/index.html", () -> theme.page("search.ftlh", base(siteModel, meta("search",
                "Search", "Search the posts of " + config.title(), "/search/"))));
        files.generatedInPieces("search.json", () -> new SearchIndex(memo, "search.json").write(site.posts()));
        files.renderAll();
        problems.throwIfAny();
        java.util.SortedSet<String> written = new java.util.TreeSet<>(files.owners.keySet());
        links.check(site, written, copies.keySet(), memo);
        return new Rendered(written, copies, site.posts().size(), site.pages().size(), feedCount);
    }

    /**
     * Hands rendered files to the sink and keeps who owns each path: a post or page, or "(generated)". A source
     * file copied as it is must not share a path with anything rendered, except the files a user may replace.
     */
    private final class Out {
        final Map<String, String> owners;
        final PageSink sink;
        final SortedMap<String, java.nio.file.Path> copies;

        /** @param expected about how many files the site has (a post's page and listing pages for each post) */
        Out(PageSink sink, SortedMap<String, java.nio.file.Path> copies, int expected) {
            this.sink = sink;
            this.copies = copies;
            this.owners = new ConcurrentHashMap<>(expected);
        }

        void own(String file, String owner, java.util.function.Supplier<byte[]> bytes) {
            owners.put(file, owner);
            if (copies.containsKey(file)) {
                problems.error(file, 0, "this file has the same output path as " + owner + ": rename or move it");
                return;
            }
            put(file, bytes);
        }

        /**
         * Files to render, queued as their paths are claimed: rendering waits until every path has its owner, so
         * that which one wins a clash does not depend on timing, and then runs as one balanced parallel job.
         */
        private final java.util.Queue<Runnable> jobs = new java.util.concurrent.ConcurrentLinkedQueue<>();

        /** Renders a file, noting which posts' bodies it read, unless the last build's copy is still right. */
        private void put(String file, java.util.function.Supplier<byte[]> bytes) {
            render(file, bytes, sink::put);
        }

        private <T> void render(String file, java.util.function.Supplier<T> content,
                                java.util.function.BiConsumer<String, T> into) {
            jobs.add(() -> {
                if (memo.reusable(file)) {
                    return;
                }
                java.util.Set<PostView> read = io.github.blogmaven.site.Reads.newSet();
                T made = io.github.blogmaven.site.Reads.tracking(read, content);
                memo.rendered(file, read);
                into.accept(file, made);
            });
        }

        /**
         * Renders everything queued on every thread of the build. The site-wide files, queued last, are the largest
         * single jobs (the search index, the sitemap), so they start first and do not finish alone at the end.
         */
        void renderAll() {
            List<Runnable> all = new ArrayList<>(jobs);
            jobs.clear();
            java.util.Collections.reverse(all);
            IntStream.range(0, all.size()).parallel().forEach(i -> all.get(i).run());
        }

        /** A generated file; a post, page or file of the user's at that path wins for replaceable files. */
        void generated(String file, java.util.function.Supplier<byte[]> bytes) {
            if (claim(file)) {
                put(file, bytes);
            }
        }

        /** A generated file made of pieces (some of them, perhaps, copied from the last build's file). */
        void generatedInPieces(String file, java.util.function.Supplier<Pieces> pieces) {
            if (claim(file)) {
                render(file, pieces, sink::put);
            }
        }

        /** Whether a generated file is to be written at {@code file}: its path is free, or it may replace. */
        private boolean claim(String file) {
            if (REPLACEABLE.contains(file) && copies.containsKey(file)) {
                return false;
            }
            String other = owners.putIfAbsent(file, "(generated)");
            if (other != null) {
                if (!REPLACEABLE.contains(file)) {
                    problems.error(other, 0, "its permalink /" + file + " is where the blog writes its own " + file
                            + ": choose another permalink");
                }
                return false;
            }
            if (copies.containsKey(file)) {
                problems.error(file, 0, "this file has the same output path as a file the blog generates: rename or "
                        + "move it");
                return false;
            }
            return true;
        }
    }

    private void listing(Out files, SiteModel siteModel, String kind,
                         String path, String title, String description, List<PostView> posts, Site site,
                         TermGroup group) {
        int size = config.paginate();
        int total = Math.max(1, (posts.size() + size - 1) / size);
        String pattern = kind.equals("home") ? config.paginatePath() : Paginator.below(path);
        for (int n = 1; n <= total; n++) {
            String pagePath = Paginator.pathOf(path, pattern, n);
            String pageTitle = n == 1 ? title : title + " (page " + n + ")";
            PageMeta m = new PageMeta(kind, pageTitle, description, href.apply(pagePath),
                    absolute.apply(href.apply(pagePath)), "", "website", config.lang(), false,
                    group != null && kind.equals("category") ? config.title() + ": " + group.name() : "",
                    group != null && kind.equals("category") ? group.feedUrl() : "", "", false);
            int number = n;
            files.generated(Urls.file(pagePath), () -> {
                Map<String, Object> model = base(siteModel, m);
                model.put("posts", posts.subList((number - 1) * size, Math.min(posts.size(), number * size)));
                model.put("featured", kind.equals("home") && number == 1 ? site.featured() : List.of());
                model.put("paginator", Paginator.of(number, total, posts.size(), path, pattern, href));
                model.put("group", group);
                return theme.page(kind.equals("home") ? "home.ftlh" : "list.ftlh", model);
            });
        }
    }

    private void terms(Out files, SiteModel siteModel, String path,
                       String title, List<TermGroup> groups) {
        files.generated(Urls.file(path), () -> {
            Map<String, Object> model = base(siteModel, meta("terms", title, title + " of " + config.title(), path));
            model.put("groups", groups);
            return theme.page("terms.ftlh", model);
        });
    }

    /** A post or page with the old paths it moved away from. */
    private record Moved(String source, String title, String target, String lang, Object from) {
    }

    /** Jekyll's {@code redirect_from}: a small page at each old path that sends readers to the new one. */
    private void redirects(Out files, SiteModel siteModel, Site site) {
        List<Moved> moved = new ArrayList<>();
        site.posts().forEach(p -> moved.add(new Moved(p.source(), p.title(), p.absoluteUrl(), p.lang(),
                p.data().get("redirect_from"))));
        site.pages().forEach(p -> moved.add(new Moved(p.source(), p.title(), p.absoluteUrl(), p.lang(),
                p.data().get("redirect_from"))));
        for (Moved d : moved) {
            List<Object> paths = d.from() instanceof java.util.Collection<?> c ? new ArrayList<>(c)
                    : d.from() == null ? List.of() : List.of(d.from());
            for (Object old : paths) {
                java.util.Optional<String> path = Urls.clean(String.valueOf(old));
                if (path.isEmpty()) {
                    problems.error(d.source(), 0, "redirect_from '" + old + "' would leave the output folder: remove "
                            + "'.' and '..' segments");
                    continue;
                }
                String file = Urls.file(path.get());
                String taken = files.owners.get(file);
                if (taken != null) {
                    problems.error(d.source(), 0, "redirect_from " + path.get() + " is a path the site already uses ("
                            + (taken.equals("(generated)") ? "a page the blog generates" : taken) + "): remove it");
                    continue;
                }
                String at = path.get();
                files.own(file, d.source(), () -> {
                    Map<String, Object> model = base(siteModel, new PageMeta("redirect", d.title(), "",
                            href.apply(at), d.target(), "", "website", d.lang(), true, "", "", "", false));
                    model.put("target", d.target());
                    return theme.page("redirect.ftlh", model);
                });
            }
        }
    }

    private int writeFeeds(Out files, Site site) {
        List<PostView> latest = site.posts().subList(0, Math.min(config.feedSize(), site.posts().size()));
        String home = config.baseUrl().isEmpty() ? href.apply("/") : config.baseUrl();
        FeedWriter.Channel rss = new FeedWriter.Channel(config.title(), config.description(), home,
                absolute.apply(href.apply("/feed.xml")), latest);
        generated(files, "feed.xml", () -> feeds.rss(rss));
        generated(files, "atom.xml", () -> feeds.atom(new FeedWriter.Channel(config.title(), config.description(),
                home, absolute.apply(href.apply("/atom.xml")), latest)));
        generated(files, "feed.json", () -> feeds.json(new FeedWriter.Channel(config.title(), config.description(),
                home, absolute.apply(href.apply("/feed.json")), latest)));
        int count = 3;
        for (TermGroup g : site.categories()) {
            List<PostView> posts = g.posts().subList(0, Math.min(config.feedSize(), g.posts().size()));
            generated(files, Urls.file(g.feedPath()), () -> feeds.rss(new FeedWriter.Channel(
                    config.title() + ": " + g.name(), "Posts in the category " + g.name(), absolute.apply(g.url()),
                    absolute.apply(g.feedUrl()), posts)));
            count++;
        }
        return count;
    }

    private Map<String, Object> base(SiteModel site, PageMeta meta) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("page", meta);
        return model;
    }

    private PageMeta meta(String kind, String title, String description, String path) {
        return new PageMeta(kind, title, description, href.apply(path), absolute.apply(href.apply(path)), "",
                "website", config.lang(), false, "", "", "", false);
    }

    private PageMeta postMeta(PostView p) {
        return new PageMeta("post", p.title(), p.description(), p.url(), p.absoluteUrl(), p.imageAbsolute(), "article",
                p.lang(), p.draft(), "", "", StructuredData.blogPosting(p, absolute), p.hasCode());
    }

    private SiteModel siteModel(Site site, boolean customCss) {
        return new SiteModel(config.title(), config.description(), config.baseUrl(), config.basePath(), config.lang(),
                href.apply("/"), href.apply("/archive/"), href.apply("/categories/"), href.apply("/tags/"),
                href.apply("/authors/"), href.apply("/search/"), assetUrls(), href.apply("/feed.xml"), href.apply("/atom.xml"), href.apply("/feed.json"),
                href.apply("/assets/blog/theme.css"), customCss ? href.apply("/assets/custom.css") : "", site.posts(),
                site.pages(), site.categories(), site.tags(), site.authors(), site.data(), "blog-maven-plugin");
    }

    private Map<String, String> assetUrls() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("highlightJs", href.apply("/assets/blog/highlight/highlight.min.js"));
        a.put("highlightLight", href.apply("/assets/blog/highlight/github.min.css"));
        a.put("highlightDark", href.apply("/assets/blog/highlight/github-dark.min.css"));
        a.put("codeJs", href.apply("/assets/blog/code.js"));
        a.put("searchJs", href.apply("/assets/blog/search.js"));
        a.put("searchIndex", href.apply("/search.json"));
        return a;
    }

    private static void generated(Out files, String file, java.util.function.Supplier<String> text) {
        files.generated(file, () -> text.get().getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] themeAsset(String name) {
        return resource(ThemeEngine.THEME.substring(1) + "/assets/" + name);
    }

    private static byte[] resource(String name) {
        try (InputStream in = SiteRenderer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new BlogException(new Problem(name, 0, "missing from the plugin's class path"));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The highlight.js WebJar's version, from its Maven metadata, so that a version bump needs no code change. */
    private static String highlightVersion() {
        java.util.Properties props = new java.util.Properties();
        try (InputStream in = SiteRenderer.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/highlightjs/pom.properties")) {
            if (in == null) {
                throw new BlogException(new Problem("highlightjs", 0, "the highlight.js WebJar is missing"));
            }
            props.load(in);
            return props.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
