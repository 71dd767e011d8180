package io.github.blogmaven.scaffold;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.PlainTextOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.github.blogmaven.content.Slugs;
import io.github.blogmaven.problem.BlogException;
import io.github.blogmaven.problem.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Starts a post or a draft from a template ({@code _templates/archetypes/post.md} overrides the built-in one).
 * Never overwrites a file.
 */
public final class PostScaffold {

    static final String ARCHETYPE = "archetypes/post.md";

    /**
     * What to write.
     *
     * @param author a registry key or name for {@code author:}, or ""
     */
    public record Request(Path sourceDirectory, String title, boolean draft, String author, ZonedDateTime now,
                          Charset encoding) {
    }

    /** Writes the new file and returns its path. */
    public Path create(Request r) {
        if (r.title() == null || r.title().isBlank()) {
            throw new BlogException(Problem.of("blog:new", "give the post a title: mvn blog:new -Dtitle=\"My first post\""));
        }
        String slug = slug(r.title());
        String name = r.draft() ? slug + ".md" : r.now().format(DateTimeFormatter.ISO_LOCAL_DATE) + "-" + slug + ".md";
        Path file = r.sourceDirectory().resolve(r.draft() ? "_drafts" : "_posts").resolve(name);
        String text = render(r);
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                out.write(text.getBytes(r.encoding()));
            }
        } catch (FileAlreadyExistsException e) {
            throw new BlogException(Problem.of(r.sourceDirectory().relativize(file).toString().replace('\\', '/'),
                    "already exists and was left as it is: choose another title, or edit that file"));
        } catch (IOException e) {
            throw new BlogException(file.toString(), "cannot be written: " + e.getMessage(), e);
        }
        return file;
    }

    private String render(Request r) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        Path user = r.sourceDirectory().resolve("_templates");
        try {
            if (Files.isRegularFile(user.resolve(ARCHETYPE))) {
                loaders.add(new FileTemplateLoader(user.toFile()));
            }
        } catch (IOException e) {
            throw new BlogException("_templates/" + ARCHETYPE, "cannot be read: " + e.getMessage(), e);
        }
        loaders.add(new ClassTemplateLoader(PostScaffold.class, "/io/github/blogmaven/theme"));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setAPIBuiltinEnabled(false);
        Map<String, Object> model = Map.of(
                "title", r.title().strip(),
                "titleYaml", yamlString(r.title().strip()),
                "date", r.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT)),
                "author", r.author(),
                "authorYaml", r.author().isBlank() ? "" : yamlString(r.author()),
                "draft", r.draft());
        try {
            StringWriter out = new StringWriter();
            cfg.getTemplate(ARCHETYPE).process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            throw new BlogException(new Problem("_templates/" + ARCHETYPE, e.getLineNumber() == null ? 0
                    : e.getLineNumber(), "template error: " + e.getMessageWithoutStackTop().strip()));
        } catch (IOException e) {
            throw new BlogException(ARCHETYPE, "cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * A file-name slug for a title: accents folded to ASCII ("Ça va" becomes "ca-va"), other scripts kept,
     * punctuation turned into single hyphens.
     */
    public static String slug(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        folded = folded.replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae").replace("ø", "o").replace("Ø", "o")
                .replace("œ", "oe").replace("Œ", "oe").replace("ł", "l").replace("Ł", "l");
        String slug = Slugs.slugify(folded);
        return slug.isEmpty() ? "post" : slug;
    }

    static String yamlString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
