package io.github.blogmaven.config;

import io.github.blogmaven.problem.Problem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML safely (no arbitrary types) and leaves dates as text, so that their zone survives to our own date rules.
 */
public final class YamlReader {

    /** Thrown with the line (within the YAML text, 1-based) where the YAML went wrong. */
    public static final class YamlError extends Exception {
        private final int line;

        YamlError(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }

        /** The problem as it stands in a file whose YAML starts at {@code firstLine}. */
        public Problem at(String file, int firstLine) {
            return new Problem(file, line > 0 ? firstLine + line - 1 : firstLine, getMessage());
        }
    }

    private YamlReader() {
    }

    /**
     * A reader per thread: making one (its resolver's rules, its constructors) cost more than reading a post's
     * front matter. A reader keeps nothing from one document to the next.
     */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(50);
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new TextDates());
    });

    /** Reads a YAML mapping; an empty document is an empty map, anything but a mapping is an error. */
    public static Map<String, Object> readMap(String text) throws YamlError {
        Object value = read(text);
        if (value == null) {
            return new LinkedHashMap<>();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new YamlError(1, "expected YAML keys and values (key: value), found a " + kind(value));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    /** Reads any YAML value. */
    public static Object read(String text) throws YamlError {
        try {
            return YAML.get().load(text);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = String.valueOf(e.getProblem());
            if (e.getContextMark() != null && (problem.contains("stream end") || problem.contains("end of stream"))) {
                // an unclosed bracket or quote: where it opened says more than where the text ran out
                mark = e.getContextMark();
            }
            int line = mark == null ? 0 : mark.getLine() + 1;
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new YamlError(line, "invalid YAML: " + what.trim() + hint(what));
        } catch (YAMLException e) {
            throw new YamlError(0, "invalid YAML: " + e.getMessage());
        }
    }

    private static String hint(String problem) {
        if (problem.contains("mapping values are not allowed")) {
            return " (a value that contains ': ' must be quoted, e.g. title: \"Java: the good parts\")";
        }
        if (problem.contains("found character '\\t'") || problem.contains("found character '\t'")) {
            return " (YAML is indented with spaces, not tabs)";
        }
        if (problem.contains("found undefined alias") || problem.contains("unexpected character")) {
            return " (quote values that start with '*', '&', '@', '`' or '%')";
        }
        return " (check quoting and indentation)";
    }

    private static String kind(Object value) {
        if (value instanceof java.util.List) {
            return "list";
        }
        return "single value '" + value + "'";
    }

    /** The standard resolver without the timestamp rule: dates stay strings. */
    private static final class TextDates extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.MERGE, MERGE, "<");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
        }
    }
}
