package io.github.blogmaven.engine;

import io.github.blogmaven.config.BlogConfig;
import io.github.blogmaven.content.ContentReader;
import io.github.blogmaven.content.Layouts;
import io.github.blogmaven.content.SourceTree;
import io.github.blogmaven.markdown.MarkdownRenderer;
import io.github.blogmaven.output.BuildState;
import io.github.blogmaven.output.OutputWriter;
import io.github.blogmaven.problem.BlogException;
import io.github.blogmaven.problem.BuildLog;
import io.github.blogmaven.problem.Problem;
import io.github.blogmaven.problem.Problems;
import io.github.blogmaven.render.Rendered;
import io.github.blogmaven.render.SiteRenderer;
import io.github.blogmaven.render.ThemeEngine;
import io.github.blogmaven.site.Site;
import io.github.blogmaven.site.SiteAssembler;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds a blog: discover, parse, assemble, render, write. Nothing is written unless every stage succeeded, so a
 * failed build leaves the previous output as it was.
 */
public final class SiteBuilder {

    /**
     * Kept across the builds of one instance, so that a preview session re-parses only changed files, and in the
     * cache folder, so that the next process does not parse unchanged files either.
     */
    private io.github.blogmaven.content.ParseCache cache;
    private Path cacheFolder;
    private int hitsBefore;

    /** Files parsed from the cache instead of from scratch, over this builder's life. */
    public int cacheHits() {
        return hitsBefore + (cache == null ? 0 : cache.hits());
    }

    public BuildResult build(BlogConfig config, BuildLog log) {
        checkFolders(config);
        // every parallel stage runs in this pool, so that the thread count is the configured one (the common pool
        // would give two threads on one core and on two cores alike); one thread makes a truly serial build
        java.util.concurrent.ForkJoinPool pool = workers(config.threads());
        log.debug("Building on " + config.threads() + (config.threads() == 1 ? " thread" : " threads"));
        try {
            return pool.submit(() -> buildCached(config, log)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the build was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** Worker threads that see the caller's class loader, as Maven's plugin realm needs. */
    private static java.util.concurrent.ForkJoinPool workers(int threads) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        return new java.util.concurrent.ForkJoinPool(threads, p -> {
            java.util.concurrent.ForkJoinWorkerThread t =
                    java.util.concurrent.ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            t.setContextClassLoader(loader);
            t.setName("blog-worker-" + n.incrementAndGet());
            return t;
        }, null, false);
    }

    private BuildResult buildCached(BlogConfig config, BuildLog log) {
        Path folder = config.cacheDirectory().toAbsolutePath().normalize();
        if (cache == null || !folder.equals(cacheFolder)) {
            replaceCache(folder);
        }
        try {
            return buildOnce(config, log);
        } catch (io.github.blogmaven.content.BodyPack.Damaged e) {
            // a damaged cache is never trusted: it goes, and the build runs again without it
            log.warn("The build cache in " + folder + " is damaged (" + e.getMessage() + "): building without it");
            cache.discard();
            replaceCache(folder);
            return buildOnce(config, log);
        }
    }

    private void replaceCache(Path folder) {
        if (cache != null) {
            hitsBefore += cache.hits();
            cache.close();
        }
        cache = new io.github.blogmaven.content.ParseCache(folder);
        cacheFolder = folder;
    }

    private BuildResult buildOnce(BlogConfig config, BuildLog log) {
        long start = System.nanoTime();
        Problems problems = new Problems();
        boolean logWarnings = true;
        boolean parallel = config.threads() > 1;
        // flexmark loads slowly in a fresh JVM: its renderer is made (and warmed up, once a JVM) on a thread of its
        // own while this one lists and checks the inputs; a build that finds nothing changed does not wait for it
        Ahead<MarkdownRenderer> markdownAhead = Ahead.start("blog-markdown", parallel, markdown(config));
        Ahead<ThemeEngine> themeAhead = null;
        Fingerprint fingerprint = null;
        try {
            Phases phases = new Phases();
            fingerprint = Fingerprint.scan(config);
            BuildState state = new BuildState(config.cacheDirectory(), config.outputDirectory());
            // the inputs are hashed here only if there is a last build to compare with; a first build hashes each
            // post from the bytes it parses
            java.util.Optional<BuildState.Counts> same = state.upToDate(fingerprint::digest, config.now());
            phases.mark("check");
            if (same.isPresent()) {
                BuildState.Counts c = same.get();
                c.warnings().forEach(log::warn); // nothing changed, so neither did what was wrong
                return new BuildResult(c.posts(), c.pages(), c.feeds(), 0, c.files(), 0, 0,
                        (System.nanoTime() - start) / 1_000_000, config.outputDirectory(), phases.millis());
            }
            // what the last build rendered, read while this one parses and assembles; then the files it wrote are
            // looked at, so that the render finds out at once which are still as that build left them
            Ahead<io.github.blogmaven.render.RenderMemo> memoAhead = Ahead.start("blog-render-memo", parallel,
                    renderMemo(config, state, fingerprint));
            cache.open(Fingerprint.code(), fingerprint::listed);
            log.debug("Parse cache in " + config.cacheDirectory() + ": " + cache.size() + " files");
            SourceTree tree = SourceTree.of(config.sourceDirectory(), fingerprint.files()); // listed once
            phases.mark("discover");
            themeAhead = Ahead.start("blog-theme", parallel, theme(tree));
            // content errors do not stop the stages that follow, so that one build reports every problem at once;
            // the renderer checks layouts and then throws everything collected before it renders anything
            ContentReader.Content content = new ContentReader(config, markdownAhead::get, problems, log, cache,
                    fingerprint).read(tree);
            phases.mark("parse");
            Site site = new SiteAssembler(config, problems).assemble(content);
            ThemeEngine theme = themeAhead.get();
            Layouts.check(content.posts(), content.pages(), theme.layouts(), config.jekyllSite(), problems);
            phases.mark("assemble");
            Rendered rendered;
            OutputWriter.Result written;
            int renderedCount;
            // pages are written to a staging folder as they are rendered and published only if all went well
            io.github.blogmaven.render.RenderMemo memo = memoAhead.get();
            try (OutputWriter.Session out = new OutputWriter(config.outputDirectory()).begin()) {
                rendered = new SiteRenderer(config, theme, problems, memo, fingerprint.environment())
                        .render(site, content.assets(), out);
                problems.throwIfAny();
                phases.mark("render");
                state.forget();
                memo.forget();
                // the memo is written on another thread of the build while this one publishes the output and records
                // the state: a page is reused only where the recorded state says its file is intact, so a memo whose
                // build failed to publish is trusted by no build (the state was forgotten above)
                java.util.concurrent.ForkJoinTask<?> memoSaved = java.util.concurrent.ForkJoinTask.adapt(memo::save)
                        .fork();
                try {
                    written = out.commit(rendered);
                    java.util.TreeSet<String> files = new java.util.TreeSet<>(rendered.files());
                    files.addAll(rendered.copies().keySet());
                    state.record(fingerprint.digest(), content.nextDue(), new BuildState.Counts(rendered.posts(),
                            rendered.pages(), rendered.feeds(), files.size(),
                            problems.warnings().stream().map(Problem::toString).toList()), files, memo::keptAsItWas);
                } finally {
                    memoSaved.quietlyJoin(); // not left writing when the build ends, however it ends
                }
                memoSaved.join(); // its failure, if it failed
                renderedCount = rendered.files().size() - memo.reused();
                phases.mark("write");
                log.debug("Rendered " + renderedCount + " files, kept " + memo.reused()
                        + " as the last build left them, and copied " + memo.reusedParts()
                        + " pieces of files written in pieces from the last build's");
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            log.debug("Phases (ms): " + phases);
            return new BuildResult(rendered.posts(), rendered.pages(), rendered.feeds(), written.written(),
                    written.unchanged(), written.removed(), renderedCount, millis, config.outputDirectory(), phases.millis());
        } catch (io.github.blogmaven.content.BodyPack.Damaged e) {
            logWarnings = false; // the build runs again and says them then
            throw e;
        } finally {
            if (fingerprint != null) {
                fingerprint.save(); // what a failed build hashed is still true of its files
            }
            if (themeAhead != null) {
                try {
                    themeAhead.finish(); // its templates are this build's: it is not left compiling them
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (logWarnings) {
                for (Problem w : problems.warnings()) {
                    log.warn(w.toString());
                }
            }
        }
    }

    /** Markdown of the kinds posts hold, for the warm-up. */
    private static final String WARM_UP_TEXT = String.join("\n", "# A \"title\" -- with *emphasis*", "",
            "Some _text_, `code`, a [link](https://example.org/) and **more**...", "", "- one", "- two", "",
            "1. first", "2. second", "", "> a quote", "", "```java", "class A {}", "```", "", "| a | b |",
            "|---|---|", "| 1 | 2 |", "", "![an image](/img/a.png)", "");

    /** Front matter of the kinds posts hold, for the warm-up. */
    private static final String WARM_UP_YAML = String.join("\n", "layout: post", "title: \"A title: with a colon\"",
            "date: 2024-03-18 10:00:00 +0100", "tags: [one, two]", "categories:", "  - three", "featured: true",
            "image: /img/a.png", "author:", "  name: Ann", "  url: https://example.org/", "");

    /**
     * Whether flexmark and YAML have been warmed up in this JVM: a preview session does it for its first build only.
     */
    private static final java.util.concurrent.atomic.AtomicBoolean MARKDOWN_WARM =
            new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * The build's Markdown renderer; on a thread of its own, it then reads a little YAML and renders a little Markdown
     * of every kind, so that SnakeYAML's and flexmark's classes are loaded and their code compiled by the time the
     * data files and a changed post are read: a rebuild that parses one post would otherwise pay for all that on the
     * way. Nothing the warm-up reads or renders is kept.
     */
    private static Ahead.Work<MarkdownRenderer> markdown(BlogConfig config) {
        return new Ahead.Work<>() {
            @Override
            public MarkdownRenderer value() {
                return new MarkdownRenderer(config.excerptSeparator(), !config.jekyllSite());
            }

            @Override
            public void afterwards(MarkdownRenderer markdown) {
                if (MARKDOWN_WARM.compareAndSet(false, true)) {
                    try {
                        // YAML first: the data files and a changed post's front matter are read before its body
                        io.github.blogmaven.config.YamlReader.read(WARM_UP_YAML);
                    } catch (io.github.blogmaven.config.YamlReader.YamlError e) {
                        throw new IllegalStateException("the warm-up YAML is valid", e);
                    }
                    markdown.render(WARM_UP_TEXT, null);
                }
            }
        };
    }

    /**
     * What the last build rendered; on a thread of its own, it then looks at the files that build wrote (a stat
     * each), so that the render knows at once which are still as that build left them.
     */
    private static Ahead.Work<io.github.blogmaven.render.RenderMemo> renderMemo(BlogConfig config, BuildState state,
                                                                                 Fingerprint fingerprint) {
        return new Ahead.Work<>() {
            @Override
            public io.github.blogmaven.render.RenderMemo value() {
                return io.github.blogmaven.render.RenderMemo.load(config.cacheDirectory(), state::intact,
                        state::range, state::known, fingerprint::listed);
            }

            @Override
            public void afterwards(io.github.blogmaven.render.RenderMemo memo) {
                state.checkAhead(memo.lastPages());
            }
        };
    }

    /** The theme; on a thread of its own, it then parses the templates the pages will need (FreeMarker's cache). */
    private static Ahead.Work<ThemeEngine> theme(SourceTree tree) {
        return new Ahead.Work<>() {
            @Override
            public ThemeEngine value() {
                return new ThemeEngine(tree.templates());
            }

            @Override
            public void afterwards(ThemeEngine theme) {
                theme.preload();
            }
        };
    }

    /** Wall-clock time of each stage, for the benchmark and {@code -X} logs. */
    static final class Phases {
        private final java.util.Map<String, Long> millis = new java.util.LinkedHashMap<>();
        private long last = System.nanoTime();

        void mark(String phase) {
            long now = System.nanoTime();
            millis.put(phase, (now - last) / 1_000_000);
            last = now;
        }

        java.util.Map<String, Long> millis() {
            return java.util.Collections.unmodifiableMap(millis);
        }

        @Override
        public String toString() {
            return millis.toString();
        }
    }

    private static void checkFolders(BlogConfig config) {
        Path source = config.sourceDirectory().toAbsolutePath().normalize();
        Path output = config.outputDirectory().toAbsolutePath().normalize();
        if (!Files.isDirectory(source)) {
            throw new BlogException(Problem.of(source.toString(), "the blog's source folder does not exist: create it "
                    + "with a _posts folder inside, or point <sourceDirectory> at your blog"));
        }
        if (source.startsWith(output)) {
            throw new BlogException(Problem.of(output.toString(), "the output folder contains the source folder "
                    + source + ", so publishing could overwrite your posts: choose an outputDirectory below target/"));
        }
        Path cache = config.cacheDirectory().toAbsolutePath().normalize();
        if (cache.startsWith(source) || source.startsWith(cache) || cache.equals(output)) {
            throw new BlogException(Problem.of(cache.toString(), "the cache folder must be apart from the sources "
                    + source + " and the output: choose a cacheDirectory below target/"));
        }
        if (output.getParent() == null || output.equals(Path.of(System.getProperty("user.home")).toAbsolutePath())) {
            throw new BlogException(Problem.of(output.toString(), "refusing to publish into a root or home folder: "
                    + "choose an outputDirectory below target/"));
        }
    }
}
