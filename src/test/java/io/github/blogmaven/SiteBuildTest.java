package io.github.blogmaven;

import static io.github.blogmaven.InlineSite.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.blogmaven.problem.BlogException;
import io.github.blogmaven.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole small blogs, built for real, checked by what they write. */
class SiteBuildTest {

    @TempDir
    Path dir;

    private InlineSite blog() {
        return new InlineSite(dir)
                .file("_data/authors.yml", "sandy:\n  name: Sandy Vance\n  bio: Writes about <health> & tech\n")
                .file("_posts/2024-01-01-first.md", post("title: First\nauthor: sandy\ncategories: [Health, EHR]\n"
                        + "tags: java maven", "First body.\n"))
                .file("_posts/2024-02-01-second.md", post("title: Second\nauthor: Jane Roe\ncategories: health\n"
                        + "tags: [java]\nfeatured: true", "Second body.\n"))
                .file("_posts/2024-03-01-third.md", post("title: Third\nhidden: true\ntags: [maven]",
                        "Third body.\n"))
                .file("_posts/2024-04-01-fourth.md", post("title: Fourth\npublished: false", "x"))
                .file("_posts/2024-05-01-fifth.md", post("title: Fifth\ndraft: true", "x"))
                .file("_posts/2030-01-01-future.md", post("title: Future", "x"))
                .file("_drafts/idea.md", post("title: Idea\ndate: 2024-06-01", "x"))
                .file("about.md", post("title: About", "About us."))
                .file("notes/plain.md", "# Plain Markdown, no front matter\n")
                .file("assets/x.txt", "asset");
    }

    @Test
    void publishesPostsAtTheirPermalinksWithListingsFeedsAndSitemap() {
        InlineSite site = blog();
        var result = site.build();
        assertThat(result.posts()).isEqualTo(3);
        assertThat(result.pages()).isEqualTo(1);
        assertThat(site.exists("2024/01/01/first/index.html")).isTrue();
        assertThat(site.exists("2024/04/01/fourth/index.html")).as("published: false").isFalse();
        assertThat(site.exists("2024/05/01/fifth/index.html")).as("draft: true").isFalse();
        assertThat(site.exists("2030/01/01/future/index.html")).as("future").isFalse();
        assertThat(site.infos).anyMatch(i -> i.contains("Future post") && i.contains("2030-01-01-future.md"));
        assertThat(site.exists("about/index.html")).isTrue();
        assertThat(site.read("assets/x.txt")).isEqualTo("asset");
        assertThat(site.read("notes/plain.md")).as("Markdown without front matter is copied").startsWith("# Plain");
        for (String f : new String[] {"index.html", "404.html", "archive/index.html", "categories/index.html",
            "categories/health/index.html", "categories/ehr/index.html", "tags/java/index.html",
            "tags/maven/index.html", "authors/sandy/index.html", "authors/jane-roe/index.html", "feed.xml",
            "atom.xml", "feed.json", "categories/health/feed.xml", "sitemap.xml", "robots.txt",
            "assets/blog/theme.css"}) {
            assertThat(site.exists(f)).as(f).isTrue();
        }
        String home = site.read("index.html");
        assertThat(home).contains("Featured").contains("href=\"/blog/2024/02/01/second/\"")
                .as("hidden posts stay off the home list").doesNotContain("/2024/03/01/third/");
        assertThat(site.read("tags/maven/index.html")).contains("/blog/2024/03/01/third/");
        assertThat(site.read("archive/index.html")).contains("Third");
        assertThat(site.read("categories/health/index.html")).contains("First").contains("Second");
        assertThat(site.read("robots.txt")).contains("Sitemap: https://example.org/blog/sitemap.xml");
        assertThat(site.read("sitemap.xml")).contains("<loc>https://example.org/blog/2024/01/01/first/</loc>")
                .contains("<lastmod>2024-01-01T00:00:00Z</lastmod>").contains("https://example.org/blog/about/");
        assertThat(home).contains("<link rel=\"alternate\" type=\"application/rss+xml\"");
    }

    @Test
    void postPagesShowAuthorDatesTermsAndNeighbours() {
        InlineSite site = blog();
        site.build();
        String second = site.read("2024/02/01/second/index.html");
        assertThat(second).contains("<h1 class=\"post__title p-name\">Second</h1>")
                .contains("href=\"/blog/authors/jane-roe/\" rel=\"author\">Jane Roe</a>")
                .contains("<time datetime=\"2024-02-01T00:00:00Z\">")
                .contains("href=\"/blog/categories/health/\"").contains("href=\"/blog/tags/java/\"")
                .contains("rel=\"prev\"").contains("/2024/01/01/first/")
                .contains("rel=\"next\"").contains("/2024/03/01/third/")
                .contains("Related posts")
                .contains("\"@type\":\"BlogPosting\"")
                .contains("<link rel=\"canonical\" href=\"https://example.org/blog/2024/02/01/second/\">");
        assertThat(site.read("2024/01/01/first/index.html")).contains("Sandy Vance")
                .contains("Writes about &lt;health&gt; &amp; tech");
    }

    @Test
    void draftsAndFuturePostsOnlyWhenAsked() {
        InlineSite site = blog().with(s -> {
            s.drafts = true;
            s.future = true;
        });
        site.build();
        assertThat(site.exists("2024/05/01/fifth/index.html")).isTrue();
        assertThat(site.exists("2030/01/01/future/index.html")).isTrue();
        assertThat(site.exists("2024/06/01/idea/index.html")).isTrue();
        assertThat(site.exists("2024/04/01/fourth/index.html")).as("published: false is never published").isFalse();
    }

    @Test
    void paginatesTheHomePage() {
        InlineSite site = new InlineSite(dir).with(s -> s.paginate = 2);
        for (int i = 1; i <= 5; i++) {
            site.file("_posts/2024-01-0" + i + "-p" + i + ".md", post("title: P" + i, "Body " + i));
        }
        site.build();
        assertThat(site.read("index.html")).contains(">P5<").contains(">P4<").doesNotContain(">P3<")
                .contains("href=\"/blog/page/2/\"").contains("aria-current=\"page\"");
        assertThat(site.read("page/2/index.html")).contains(">P3<").contains(">P2<").contains("rel=\"prev\"");
        assertThat(site.read("page/3/index.html")).contains(">P1<");
        assertThat(site.exists("page/4/index.html")).isFalse();
    }

    @Test
    void markupInFrontMatterNeverReachesPagesOrFeedsAsMarkup() {
        InlineSite site = new InlineSite(dir).file("_posts/2024-01-01-x.md", post(
                "title: \"<script>alert(1)</script> & \\\"/><b>\"\nauthor: \"<img src=x onerror=alert(2)>\"\n"
                        + "tags: [\"<i>tag</i>\"]\ncategories: [\"a&b\"]", "Body"));
        site.build();
        String page = site.read("2024/01/01/x/index.html");
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<i>tag</i>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(site.read("feed.xml")).doesNotContain("<script>").contains("&lt;script&gt;")
                .doesNotContain("<i>tag");
        assertThat(site.read("atom.xml")).doesNotContain("<script>");
        assertThat(site.read("feed.json")).doesNotContain("<script>").contains("\\u003cscript\\u003e");
    }

    @Test
    void twoBuildsGiveIdenticalBytesAndTheSecondWritesNothing() throws Exception {
        InlineSite site = blog();
        site.build();
        var second = site.build();
        assertThat(second.written()).isZero();
        InlineSite other = new InlineSite(dir.resolve("again"));
        copyTree(site.source, other.source);
        other.build();
        try (Stream<Path> files = Files.walk(site.output)) {
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith(".blog-")).toList()) {
                Path twin = other.output.resolve(site.output.relativize(f).toString());
                assertThat(Files.mismatch(f, twin)).as(f.toString()).isEqualTo(-1L);
            }
        }
    }

    @Test
    void allContentErrorsAreReportedTogetherAndTheOutputIsLeftAsItWas() throws Exception {
        InlineSite site = blog();
        site.build();
        byte[] before = Files.readAllBytes(site.output.resolve("index.html"));
        site.file("_posts/2024-06-01-broken.md", "---\ntitle: ok\ntags: [unclosed\n---\nBody")
                .file("_posts/2024-06-02-baddate.md", post("title: x\ndate: someday", "Body"))
                .file("_posts/2024-06-03-first.md", post("title: x\npermalink: /2024/01/01/first/", "Body"))
                .file("_posts/2024-06-04-escape.md", post("title: x\npermalink: /../../etc/", "Body"))
                .file("_posts/2024-06-05-slug.md", post("title: x\nslug: ../../up", "Body"))
                .file("_posts/2024-06-06-layout.md", post("title: x\nlayout: fancy", "Body"))
                .file("_posts/2024-06-07-flag.md", post("title: x\nfeatured: maybe", "Body"));
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BlogException.class, e -> assertThat(e.problems())
                .extracting(Problem::toString).satisfiesExactly(
                        p -> assertThat(p).startsWith("_posts/2024-06-01-broken.md:3: invalid YAML"),
                        p -> assertThat(p).startsWith("_posts/2024-06-02-baddate.md:3: date 'someday' is not a date"),
                        p -> assertThat(p).startsWith("_posts/2024-06-03-first.md:3: permalink /2024/01/01/first/ is "
                                + "also the permalink of _posts/2024-01-01-first.md"),
                        p -> assertThat(p).startsWith("_posts/2024-06-04-escape.md:3: permalink '/../../etc/' would "
                                + "leave the output folder"),
                        p -> assertThat(p).startsWith("_posts/2024-06-05-slug.md:3: slug '../../up' must be one "
                                + "non-empty path segment"),
                        p -> assertThat(p).isEqualTo("_posts/2024-06-06-layout.md:3: unknown layout 'fancy': known "
                                + "layouts are default, page, post (or add _templates/layouts/fancy.ftlh)"),
                        p -> assertThat(p).startsWith("_posts/2024-06-07-flag.md:3: featured must be true or false")));
        assertThat(Files.readAllBytes(site.output.resolve("index.html"))).isEqualTo(before);
        assertThat(site.exists("2024/06/06/layout/index.html")).isFalse();
    }

    @Test
    void skipsPostFilesWithoutFrontMatterOrWithABadNameWithAWarning() {
        InlineSite site = new InlineSite(dir)
                .file("_posts/2024-01-01-plain.md", "No front matter here.\n")
                .file("_posts/notes.md", post("title: x", "y"))
                .file("_posts/2024-01-02-image.png", "png")
                .file("_posts/2024-01-03-ok.md", post("title: ok", "fine"));
        assertThat(site.build().posts()).isEqualTo(1);
        assertThat(site.warnings).anyMatch(w -> w.startsWith("_posts/2024-01-01-plain.md:1: skipped: no front matter"))
                .anyMatch(w -> w.startsWith("_posts/notes.md: skipped: a post's file name must be YYYY-MM-DD-title"))
                .anyMatch(w -> w.startsWith("_posts/2024-01-02-image.png: skipped: not a post (posts end in .md"));
    }

    @Test
    void frontMatterRules() {
        InlineSite site = new InlineSite(dir).with(s -> s.timezone = "America/New_York")
                .file("_posts/sub/2024-03-18-no-title-here.markdown", "---\n---\nBody")
                .file("_posts/2024-03-19-dated.md", post("title: Dated\ndate: 2024-03-20 01:30:00 +0000",
                        "Body"))
                .file("_posts/2024-03-21-own.md", post("title: Own\npermalink: /custom/place/\nslug: x", "Body"))
                .file("_posts/2024-03-22-slugged.md", post("title: Slugged\nslug: better-slug", "Body"))
                .file("_posts/2024-03-23-crlf.md", "\uFEFF---\r\ntitle: CRLF\r\ntags: a b\r\n---\r\nLine\r\n");
        site.build();
        assertThat(site.read("2024/03/18/no-title-here/index.html")).contains("No Title Here");
        // 01:30 UTC is the evening before in New York
        assertThat(site.read("2024/03/19/dated/index.html")).contains("datetime=\"2024-03-19T21:30:00-04:00\"");
        assertThat(site.exists("custom/place/index.html")).isTrue();
        assertThat(site.exists("2024/03/22/better-slug/index.html")).isTrue();
        assertThat(site.read("2024/03/23/crlf/index.html")).contains("CRLF").contains("/tags/a/").contains("/tags/b/");
    }

    @Test
    void excerptsFromFrontMatterSeparatorOrFirstParagraph() {
        InlineSite site = new InlineSite(dir).with(s -> s.excerptSeparator = "<!-- cut -->")
                .file("_posts/2024-01-01-a.md", post("title: A\nexcerpt: Given excerpt", "Body A"))
                .file("_posts/2024-01-02-b.md", post("title: B", "Intro B.\n\nMore B.\n\n<!-- cut -->\n\nRest B."))
                .file("_posts/2024-01-03-c.md", post("title: C", "## Head\n\nFirst C.\n\nSecond C."));
        site.build();
        String feed = site.read("feed.xml");
        assertThat(feed).contains("<description>&lt;p&gt;Given excerpt&lt;/p&gt;</description>")
                .contains("Intro B.").contains("&lt;p&gt;First C.&lt;/p&gt;</description>");
        assertThat(feed).doesNotContain("<description>&lt;p&gt;Rest B");
    }

    @Test
    void warnsAboutLinksAndImagesThatPointAtNothing() {
        InlineSite site = new InlineSite(dir)
                .file("_posts/2024-01-01-a.md", post("title: A\nimage: assets/missing.png",
                        "[ok](/2024/01/02/b/) [bad](/nowhere/) ![img](/assets/there.png) ![gone](gone.png) "
                                + "[ext](https://example.com/x) [anchor](#x)"))
                .file("_posts/2024-01-02-b.md", post("title: B", "B"))
                .file("assets/there.png", "png");
        site.build();
        assertThat(site.warnings).filteredOn(w -> w.startsWith("_posts/2024-01-01-a.md"))
                .anyMatch(w -> w.contains("link to /nowhere/ points at nothing"))
                .anyMatch(w -> w.contains("link to gone.png points at nothing"))
                .anyMatch(w -> w.contains("image assets/missing.png points at nothing"))
                .hasSize(3);
        assertThat(site.read("2024/01/01/a/index.html")).contains("href=\"/blog/2024/01/02/b/\"")
                .contains("src=\"/blog/assets/there.png\"");
        assertThat(site.read("feed.xml")).contains("href=\"https://example.org/blog/2024/01/02/b/\"")
                .contains("src=\"https://example.org/blog/2024/01/01/a/gone.png\"");
    }

    @Test
    void templatesCanBeOverriddenFileByFileAndLayoutsAdded() {
        InlineSite site = new InlineSite(dir)
                .file("_templates/hooks/footer.ftlh", "<p class=\"mine\">Hosted by us</p>")
                .file("_templates/layouts/wide.ftlh", "<#import \"../partials/layout.ftlh\" as l>"
                        + "<@l.frame><div class=\"wide\">${doc.title}</div></@l.frame>")
                .file("_posts/2024-01-01-a.md", post("title: A <b>\nlayout: wide", "Body"));
        site.build();
        String page = site.read("2024/01/01/a/index.html");
        assertThat(page).contains("<div class=\"wide\">A &lt;b&gt;</div>").contains("Hosted by us");
    }

    @Test
    void tableOfContentsCustomCssAndTheSearchIndex() {
        InlineSite site = new InlineSite(dir)
                .file("assets/custom.css", "body { color: red; }")
                .file("_posts/2024-01-01-a.md", post("title: A\ntoc: true\ntags: [alpha]",
                        "Intro.\n\n## First part\n\nText with zebra.\n\n### Detail\n\nMore.\n"))
                .file("_posts/2024-01-02-b.md", post("title: B", "## Only\n\nNo toc here."));
        site.build();
        String a = site.read("2024/01/01/a/index.html");
        assertThat(a).contains("<nav class=\"toc\" aria-label=\"Contents\">").contains("href=\"#first-part\"")
                .contains("href=\"#detail\"").contains("href=\"/blog/assets/custom.css\"");
        assertThat(site.read("2024/01/02/b/index.html")).doesNotContain("class=\"toc\"");
        assertThat(site.read("search.json")).contains("\"title\":\"A\"").contains("zebra")
                .contains("\"tags\":[\"alpha\"]").contains("\"words\":\"intro first part text with zebra detail more\"").contains("\"url\":\"/blog/2024/01/01/a/\"");
        assertThat(site.read("search/index.html")).contains("data-index=\"/blog/search.json\"");
    }

    @Test
    void liquidInBodiesRendersAsJekyllsDoes() {
        InlineSite site = new InlineSite(dir)
                .file("_posts/2024-01-01-target.md", post("title: Target", "Target."))
                .file("about.md", post("title: About", "About."))
                .file("assets/x.png", "png")
                .file("_posts/2024-01-02-source.md", post("title: Source\ntags: [a]",
                        "See [the target]({% post_url 2024-01-01-target %}) and [about]({% link about.md %}).\n\n"
                                + "![x]({{ site.baseurl }}/assets/x.png) {{ page.title }}\n\n"
                                + "{% highlight java %}\nint x = 1 < 2 ? 1 : 0;\n{% endhighlight %}\n\n"
                                + "[gone]({% post_url 2099-01-01-nothing %}) {% include note.html %}\n"));
        site.build();
        String page = site.read("2024/01/02/source/index.html");
        assertThat(page).contains("<a href=\"/blog/2024/01/01/target/\">the target</a>")
                .contains("<a href=\"/blog/about/\">about</a>")
                .contains("src=\"/blog/assets/x.png\"").contains("Source</p>")
                .contains("<code class=\"language-java\" data-lang=\"java\">int x = 1 &lt; 2 ? 1 : 0;")
                .contains("{% include note.html %}")
                .contains("highlight.min.js");
        assertThat(site.warnings).anyMatch(w -> w.startsWith("_posts/2024-01-02-source.md:13: {% include note.html %} "
                + "needs the site's _includes"))
                .anyMatch(w -> w.startsWith("_posts/2024-01-02-source.md: {% post_url 2099-01-01-nothing %} names no post"));
        // the post's page, its listing and its feeds all find that link: it is said once
        assertThat(site.warnings.stream().filter(w -> w.contains("2099-01-01-nothing"))).hasSize(1);
    }

    @Test
    void redirectFromWritesPagesThatSendReadersOn() {
        InlineSite site = new InlineSite(dir)
                .file("_posts/2024-01-01-new.md", post("title: New <home>\nredirect_from:\n  - /old/place/\n  - /older.html",
                        "Body"))
                .file("_posts/2024-01-02-clash.md", post("title: Clash\nredirect_from: /2024/01/01/new/", "Body"));
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BlogException.class, e -> assertThat(e.problems())
                .extracting(Problem::toString).containsExactly("_posts/2024-01-02-clash.md: redirect_from "
                        + "/2024/01/01/new/ is a path the site already uses (_posts/2024-01-01-new.md): remove it"));
        site.file("_posts/2024-01-02-clash.md", post("title: Clash", "Body"));
        site.build();
        String redirect = site.read("old/place/index.html");
        assertThat(redirect).contains("<meta http-equiv=\"refresh\" content=\"0; url=https://example.org/blog/2024/01/01/new/\">")
                .contains("<link rel=\"canonical\" href=\"https://example.org/blog/2024/01/01/new/\">")
                .contains("New &lt;home&gt;");
        assertThat(site.exists("older.html")).isTrue();
        assertThat(site.read("sitemap.xml")).doesNotContain("old/place");
    }

    @Test
    void configYmlDefaultsAndSiteAuthor() {
        InlineSite site = new InlineSite(dir).with(s -> {
            s.title = null;
            s.baseUrl = null;
        })
                .file("_config.yml", "title: From config\nurl: https://jekyll.example.com\nbaseurl: /news\n"
                        + "author: Site Owner\npaginate: 1\ndefaults:\n  - scope:\n      path: \"\"\n      type: posts\n"
                        + "    values:\n      tags: [general]\n  - scope:\n      path: _posts/releases\n    values:\n"
                        + "      tags: [release]\n      featured: true\n  - scope:\n      type: pages\n    values:\n"
                        + "      layout: default\n")
                .file("_posts/2024-01-01-plain.md", post("title: Plain", "Body"))
                .file("_posts/releases/2024-02-01-v1.md", post("title: V1\nauthor: Jane", "Body"))
                .file("_posts/2024-03-01-own.md", post("title: Own\ntags: [mine]", "Body"))
                .file("about.md", post("title: About", "Body"));
        site.build();
        assertThat(site.read("index.html")).contains("<title>From config</title>")
                .contains("href=\"/news/page/2/\"");
        // a Jekyll site that sets no permalink gets Jekyll's default URLs
        assertThat(site.read("feed.xml")).contains("<link>https://jekyll.example.com/news/2024/01/01/plain.html</link>");
        assertThat(site.read("2024/01/01/plain.html")).contains("/news/tags/general/").contains("Site Owner");
        assertThat(site.read("2024/02/01/v1.html")).contains("/news/tags/release/").doesNotContain("tags/general")
                .contains("Jane");
        assertThat(site.read("2024/03/01/own.html")).contains("/news/tags/mine/").doesNotContain("tags/general");
        assertThat(site.read("index.html")).as("the release is featured by its scope").contains("id=\"featured-title\"");
        assertThat(site.read("page/2/index.html")).as("the Featured strip is on page 1 only")
                .doesNotContain("id=\"featured-title\"");
    }

    @Test
    void aTemplateErrorNamesTheTemplateAndLine() {
        InlineSite site = new InlineSite(dir)
                .file("_templates/layouts/post.ftlh", "line one\n${post.noSuchThing.more}\n")
                .file("_posts/2024-01-01-a.md", post("title: A", "Body"));
        assertThatThrownBy(site::build).isInstanceOfSatisfying(BlogException.class, e ->
                assertThat(e.problems().get(0).toString()).startsWith("_templates/layouts/post.ftlh:2: template error"));
    }

    @Test
    void anEmptyBlogStillBuildsAHomePageAndFeeds() {
        InlineSite site = new InlineSite(dir);
        assertThat(site.build().posts()).isZero();
        assertThat(site.read("index.html")).contains("No posts yet");
        assertThat(site.read("feed.xml")).contains("<channel>").doesNotContain("<item>");
    }

    @Test
    void withoutBaseUrlLinksAreRootRelative() {
        InlineSite site = new InlineSite(dir).with(s -> s.baseUrl = null)
                .file("_posts/2024-01-01-a.md", post("title: A", "Body"));
        site.build();
        assertThat(site.read("index.html")).contains("href=\"/2024/01/01/a/\"");
    }

    static void copyTree(Path from, Path to) throws java.io.IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }
}
