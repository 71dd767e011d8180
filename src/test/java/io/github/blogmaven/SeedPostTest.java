package io.github.blogmaven;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first user's own post, read from ../shared, must always build, and feed readers must read it. */
class SeedPostTest {

    static final String NAME = "_posts/2024-03-18-relevance-of-transformer-models-in-healthcare.md";
    static final String PAGE = "2024/03/18/relevance-of-transformer-models-in-healthcare/index.html";

    @TempDir
    static Path dir;
    static InlineSite site;

    static Path sharedDir() {
        return Path.of(System.getProperty("blog.shared.dir", "../shared")).toAbsolutePath().normalize();
    }

    @BeforeAll
    static void build() throws Exception {
        site = new InlineSite(dir)
                .bytes(NAME, Files.readAllBytes(sharedDir().resolve("seed-post.md")))
                .file("_data/authors.yml", "sandy:\n  name: Sandy\n  bio: Healthcare technologist.\n");
        site.build();
    }

    @Test
    void thePostPageHasTitleSectionsLinksListsAndAuthor() {
        Document doc = Jsoup.parse(site.read(PAGE));
        assertThat(doc.select("h1").text()).isEqualTo("Relevance of transformer models in healthcare");
        assertThat(doc.select(".post__content h2").eachText()).containsExactly("A primer on transformer models",
                "Experiments using transformers in healthcare", "Are transformers that much more powerful in healthcare?",
                "Conclusion", "References");
        assertThat(doc.select(".post__content a[href=https://arxiv.org/abs/1706.03762]").text()).isEqualTo("self-attention");
        assertThat(doc.select(".post__content a").eachAttr("href")).contains(
                "https://armanasq.github.io/nlp/self-attention/#:~:text=Self-attention%20enables%20models%20to%20weigh"
                        + "%20the%20importance%20of,when%20making%20predictions%20or%20capturing%20dependencies%20"
                        + "between%20words.");
        assertThat(doc.select(".post__content ul li")).hasSize(4);
        assertThat(doc.select(".post__content ul li a").eachAttr("href")).contains(
                "https://www.datacamp.com/tutorial/how-transformers-work",
                "https://dzone.com/articles/a-deep-dive-into-the-transformer-architecture-the");
        assertThat(doc.select(".byline__authors a").text()).isEqualTo("Sandy");
        assertThat(doc.select(".kicker a").eachText()).containsExactly("healthcare", "EHR", "AI");
        assertThat(doc.select(".post__hero img").attr("src"))
                .isEqualTo("/blog/assets/images/2024-03/iStock-1025882206_license.jpg");
        assertThat(site.warnings).anyMatch(w -> w.contains(NAME) && w.contains("image assets/images/2024-03/"));
    }

    @Test
    void itsCategoriesHavePages() {
        for (String c : new String[] {"healthcare", "ehr", "ai"}) {
            assertThat(site.read("categories/" + c + "/index.html")).contains("Relevance of transformer models");
            assertThat(site.exists("categories/" + c + "/feed.xml")).isTrue();
        }
    }

    @Test
    void everyFeedCarriesItAsAFeedReaderSeesIt() throws Exception {
        for (String feed : new String[] {"feed.xml", "atom.xml", "categories/ehr/feed.xml"}) {
            SyndFeed f = new SyndFeedInput().build(new XmlReader(site.output.resolve(feed).toFile()));
            assertThat(f.getEntries()).as(feed).hasSize(1);
            SyndEntry e = f.getEntries().get(0);
            assertThat(e.getTitle()).isEqualTo("Relevance of transformer models in healthcare");
            assertThat(e.getLink()).isEqualTo("https://example.org/blog/2024/03/18/relevance-of-transformer-models-in-healthcare/");
            assertThat(e.getPublishedDate()).isNotNull();
            assertThat(e.getAuthor()).isEqualTo("Sandy");
            assertThat(e.getCategories()).extracting(c -> c.getName()).contains("healthcare", "EHR", "AI");
            String content = e.getContents().isEmpty() ? e.getDescription().getValue() : e.getContents().get(0).getValue();
            assertThat(content).contains("A primer on transformer models").contains("https://arxiv.org/abs/1706.03762");
        }
        String json = site.read("feed.json");
        assertThat(json).contains("\"version\": \"https://jsonfeed.org/version/1.1\"")
                .contains("\"title\": \"Relevance of transformer models in healthcare\"")
                .contains("\"url\": \"https://example.org/blog/2024/03/18/relevance-of-transformer-models-in-healthcare/\"");
    }
}
