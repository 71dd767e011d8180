package io.github.blogmaven.jekyll;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blogmaven.config.BlogConfig;
import io.github.blogmaven.config.BlogSettings;
import io.github.blogmaven.config.ConfigLoader;
import io.github.blogmaven.content.ContentReader;
import io.github.blogmaven.content.ParseCache;
import io.github.blogmaven.content.SourceTree;
import io.github.blogmaven.markdown.MarkdownRenderer;
import io.github.blogmaven.problem.BuildLog;
import io.github.blogmaven.problem.Problems;
import io.github.blogmaven.site.PostView;
import io.github.blogmaven.site.Site;
import io.github.blogmaven.site.SiteAssembler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our rendered post bodies against what Jekyll 4 renders for the same posts of {@code ../shared/corpus}. The
 * references are written by {@code src/test/jekyll/make-references.py}; every post that has one is compared. Bodies
 * match when they have the same text, the same links, the same headings and the same code, after normalising
 * whitespace and the differences listed in {@link #normalise}, each of which is a documented choice of ours.
 */
class JekyllFidelityTest {

    static final Path REFERENCES = Path.of("src/test/resources/jekyll-reference");

    static Path shared() {
        return Path.of(System.getProperty("blog.shared.dir", "../shared")).toAbsolutePath().normalize();
    }

    /** What a comparison looks at, as plain strings so that a failure shows the difference. */
    record Body(String text, List<String> links, List<String> headings, List<String> code) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"julialang-blog", "jekyll-news", "mediumish-demo", "jekyll-edge-cases",
            "jekyll-feed-fixtures"})
    void postBodiesMatchJekyll(String corpus) throws IOException {
        Map<String, String> ours = render(corpus);
        Map<String, Path> references = references(corpus);
        assertThat(references).as("references of " + corpus + " (run src/test/jekyll/make-references.py)")
                .isNotEmpty();
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (Map.Entry<String, Path> ref : references.entrySet()) {
            String html = ours.get(ref.getKey());
            if (html == null) {
                continue; // not published by us; CorpusBuildTest asserts the warning that says why
            }
            compared++;
            Body expected = body(Jsoup.parseBodyFragment(Files.readString(ref.getValue(), StandardCharsets.UTF_8)));
            Body actual = body(Jsoup.parseBodyFragment(html));
            if (!expected.equals(actual)) {
                differences.add(ref.getKey() + difference("text", expected.text(), actual.text())
                        + difference("links", String.valueOf(expected.links()), String.valueOf(actual.links()))
                        + difference("headings", String.valueOf(expected.headings()),
                        String.valueOf(actual.headings()))
                        + difference("code", String.valueOf(expected.code()), String.valueOf(actual.code())));
            }
        }
        System.out.println(corpus + ": compared " + compared + ", differ " + differences.size());
        differences.forEach(System.out::println);
        assertThat(compared).isGreaterThan(references.size() * 9 / 10);
        // each known difference is listed with its reason; one that goes away must be taken off the list
        List<String> differing = differences.stream().map(d -> d.substring(0, d.indexOf('\n'))).toList();
        assertThat(differing).containsExactlyInAnyOrderElementsOf(knownDifferences(corpus));
    }

    /** The posts of a corpus listed in {@code known-differences.txt}, each with the reason we differ from Jekyll. */
    static List<String> knownDifferences(String corpus) throws IOException {
        List<String> posts = new ArrayList<>();
        for (String line : Files.readAllLines(REFERENCES.resolve("known-differences.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith(corpus + "/")) {
                int colon = line.indexOf(": ");
                assertThat(colon).as("a known difference needs a reason: " + line).isPositive();
                posts.add(line.substring(corpus.length() + 1, colon));
            }
        }
        return posts;
    }

    /** Where two strings part, with some context, or "" when they are equal. */
    static String difference(String what, String expected, String actual) {
        if (expected.equals(actual)) {
            return "";
        }
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 60);
        return "\n  " + what + " differ at " + i + ":\n    jekyll: " + expected.substring(from, Math.min(expected.length(),
                i + 80)) + "\n    ours:   " + actual.substring(from, Math.min(actual.length(), i + 80));
    }

    static Map<String, Path> references(String corpus) throws IOException {
        Path dir = REFERENCES.resolve(corpus);
        Map<String, Path> refs = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(f -> f.toString().endsWith(".html")).forEach(f -> {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                refs.put(rel.substring(0, rel.length() - ".html".length()), f);
            });
        }
        return refs;
    }

    /** Each published post's body as our engine renders it, by its path below the corpus folder. */
    static Map<String, String> render(String corpus) {
        BlogSettings s = new BlogSettings();
        s.sourceDirectory = shared().resolve("corpus").resolve(corpus);
        s.outputDirectory = Path.of("target/fidelity").resolve(corpus);
        s.now = Instant.parse("2026-11-28T00:00:00Z");
        s.future = true;
        BuildLog quiet = new BuildLog() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
            }
        };
        BlogConfig config = ConfigLoader.load(s, quiet);
        Problems problems = new Problems();
        SourceTree tree = SourceTree.scan(config.sourceDirectory(), config.outputDirectory());
        ContentReader.Content content = new ContentReader(config, new MarkdownRenderer(config.excerptSeparator(), !config.jekyllSite()),
                problems, quiet, new ParseCache(), io.github.blogmaven.content.FileHashes.NONE).read(tree);
        Site site = new SiteAssembler(config, problems).assemble(content);
        return site.posts().stream().collect(Collectors.toMap(PostView::source, PostView::content, (a, b) -> a,
                TreeMap::new));
    }

    static Body body(Document doc) {
        Element root = doc.body();
        // line numbers of {% highlight x linenos %} are a table column of their own, not code
        root.select("td.gutter, td.rouge-gutter, .lineno").remove();
        List<String> code = root.select("pre:not(:has(pre))").eachText().stream().map(JekyllFidelityTest::normalise).toList();
        List<String> headings = root.select("h1, h2, h3, h4, h5, h6").eachText().stream()
                .map(JekyllFidelityTest::normalise).toList();
        List<String> links = root.select("a[href]").eachAttr("href").stream().map(JekyllFidelityTest::link).toList();
        return new Body(normalise(root.text()), links, headings, code);
    }

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private static final Pattern MATH = Pattern.compile("\\$\\$\\s*(.*?)\\s*\\$\\$|\\\\\\[\\s*(.*?)\\s*\\\\\\]"
            + "|\\\\\\(\\s*(.*?)\\s*\\\\\\)");
    private static final Pattern SINGLE = Pattern.compile("[\u2018\u2019]");
    private static final Pattern DOUBLE = Pattern.compile("[\u201c\u201d]");

    /**
     * Whitespace collapsed, and two differences of ours that are choices, not mistakes:
     * <ul>
     *   <li>{@code $$...$$} math stays as written for MathJax or KaTeX (the issue asks for it); kramdown rewrites it
     *   to {@code \[...\]} or {@code \(...\)}. Both are compared as {@code $$...$$}.</li>
     *   <li>Quotes: we and kramdown both curl them, but decide the direction of a quote next to code, CJK text or a
     *   letter differently; a quote is compared as a quote, whichever way it curls or if left straight.</li>
     * </ul>
     */
    static String normalise(String text) {
        String t = SPACE.matcher(text).replaceAll(" ").strip();
        t = MATH.matcher(t).replaceAll(m -> java.util.regex.Matcher.quoteReplacement("$$" + (m.group(1) != null
                ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)) + "$$"));
        t = SINGLE.matcher(t).replaceAll("'");
        return DOUBLE.matcher(t).replaceAll("\"");
    }

    static String link(String href) {
        return href;
    }
}
