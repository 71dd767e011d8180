package io.github.blogmaven.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import io.github.blogmaven.problem.BlogException;
import io.github.blogmaven.problem.Problem;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The FreeMarker set-up: the built-in theme inside the jar, with any template overridden by a same-named file in
 * {@code _templates/}. Output is HTML-escaped by default. One instance per build; rendering is thread-safe.
 */
public final class ThemeEngine {

    public static final String THEME = "/io/github/blogmaven/theme";
    /** Layouts that front matter can name; more come from {@code _templates/layouts/}. */
    public static final List<String> BUILT_IN_LAYOUTS = List.of("default", "page", "post");

    /** The package of the plugin's own classes, whose exposed methods are marked accessible ({@link #wrapper}). */
    private static final String OWN = "io.github.blogmaven.";

    private final Configuration cfg;
    private final Path userTemplates;

    public ThemeEngine(Path userTemplates) {
        this.userTemplates = userTemplates;
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (userTemplates != null && Files.isDirectory(userTemplates)) {
            try {
                loaders.add(new FileTemplateLoader(userTemplates.toFile()));
            } catch (IOException e) {
                throw new BlogException("_templates", "cannot read the templates folder: " + e.getMessage(), e);
            }
        }
        loaders.add(new ClassTemplateLoader(ThemeEngine.class, THEME));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setObjectWrapper(wrapper());
    }

    /**
     * FreeMarker's default object wrapper for this version, except that the methods of this plugin's own view classes
     * that it exposes are marked accessible. {@code Method.invoke} then skips its access check, which on every call
     * looks up the caller by walking the stack (C1's code does not shortcut it): {@code Method.invoke} was a quarter of
     * the templates' time in a large build, and that look-up half of it. What is exposed is unchanged (the wrapper's
     * policy still decides); the mark is set on the method objects FreeMarker keeps for invoking, which are those it
     * asks the fine-tuner about.
     */
    private static freemarker.template.ObjectWrapper wrapper() {
        freemarker.template.DefaultObjectWrapperBuilder b =
                new freemarker.template.DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        b.setMethodAppearanceFineTuner((in, decision) -> {
            java.lang.reflect.Method m = in.getMethod();
            if (m.getDeclaringClass().getName().startsWith(OWN)) {
                m.trySetAccessible(); // the decision stays FreeMarker's default
            }
        });
        return b.build();
    }

    /** Every layout name front matter may use, sorted. */
    public List<String> layouts() {
        TreeSet<String> names = new TreeSet<>(BUILT_IN_LAYOUTS);
        Path dir = userTemplates == null ? null : userTemplates.resolve("layouts");
        if (dir != null && Files.isDirectory(dir)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.ftlh")) {
                for (Path f : files) {
                    String n = f.getFileName().toString();
                    names.add(n.substring(0, n.length() - ".ftlh".length()));
                }
            } catch (IOException e) {
                throw new BlogException("_templates/layouts", "cannot list layouts: " + e.getMessage(), e);
            }
        }
        return List.copyOf(names);
    }

    /** The templates the renderer uses besides layouts. */
    private static final List<String> PAGES = List.of("home.ftlh", "list.ftlh", "terms.ftlh", "archive.ftlh",
            "search.ftlh", "404.ftlh", "redirect.ftlh");

    /**
     * Reads and parses every template ahead of rendering (FreeMarker keeps them), so that it can happen on another
     * thread while the build does other things. A template that does not parse is left for {@link #render} to
     * report.
     */
    public void preload() {
        List<String> names = new ArrayList<>(PAGES);
        layouts().forEach(l -> names.add("layouts/" + l + ".ftlh"));
        for (String name : names) {
            try {
                cfg.getTemplate(name);
            } catch (IOException e) {
                // render() says what is wrong, with the template's name and line
            }
        }
    }

    /**
     * A page as text, the way FreeMarker writes it to a {@code StringWriter}: what {@link #page} must equal once
     * encoded (the build itself renders pages with {@link #page}).
     */
    String render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter(8192);
        process(template, model, out);
        return out.toString();
    }

    /**
     * Renders a template with a model into the UTF-8 bytes of the page, as {@link #render} then encoding would;
     * template errors name the template file and line.
     */
    public byte[] page(String template, Map<String, Object> model) {
        PageBuffer out = PageBuffer.take();
        try {
            process(template, model, out);
            return out.utf8();
        } finally {
            out.release();
        }
    }

    private void process(String template, Map<String, Object> model, java.io.Writer out) {
        try {
            Template t = cfg.getTemplate(template);
            t.process(model, out);
        } catch (TemplateNotFoundException e) {
            throw new BlogException(new Problem(where(template), 0, "template not found: " + template));
        } catch (ParseException e) {
            throw new BlogException(new Problem(where(e.getTemplateName()), e.getLineNumber(),
                    "template syntax error: " + e.getEditorMessage()));
        } catch (TemplateException e) {
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof io.github.blogmaven.content.BodyPack.Damaged damaged) {
                    throw damaged; // the cache's fault, not the template's: the build starts again without it
                }
            }
            throw new BlogException(new Problem(where(e.getTemplateSourceName()),
                    e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    "template error: " + firstLine(e.getMessageWithoutStackTop())));
        } catch (IOException e) {
            throw new BlogException(where(template), "cannot read template: " + e.getMessage(), e);
        }
    }

    private String where(String template) {
        if (template == null) {
            return "(template)";
        }
        if (userTemplates != null && Files.isRegularFile(userTemplates.resolve(template))) {
            return "_templates/" + template;
        }
        return "built-in theme: " + template;
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
