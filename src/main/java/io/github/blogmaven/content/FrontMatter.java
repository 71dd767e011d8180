package io.github.blogmaven.content;

import io.github.blogmaven.config.YamlReader;
import io.github.blogmaven.problem.Problem;
import java.util.Map;

/**
 * A source file split into its YAML front matter and its body, with the line where the body starts. The YAML text
 * of a post read back from the cache is made only when asked for (an error's line): a rebuild of 10,000 posts
 * needs only its {@link #digest}.
 */
public final class FrontMatter {

    private static final java.util.regex.Pattern TOP_KEY = java.util.regex.Pattern.compile("^([A-Za-z0-9_\\-]+)\\s*:");

    /** The {@link Digests#comparing} digest of the YAML text as UTF-8: what the site's shape takes of it. */
    public record Digest(long high, long low) {

        static Digest of(String yaml) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(Digests.comparing()
                    .digest(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return new Digest(b.getLong(), b.getLong());
        }
    }

    private final boolean present;
    private final Map<String, Object> data;
    private final java.util.function.Supplier<String> yaml;
    private final String body;
    private final int bodyLine;
    private volatile Digest digest;

    /**
     * @param present whether the file opened with a front matter block at all
     * @param yaml the front matter's text
     * @param body the text after it
     * @param bodyLine the line of the file where the body starts
     */
    public FrontMatter(boolean present, Map<String, Object> data, String yaml, String body, int bodyLine) {
        this(present, data, () -> yaml, body, bodyLine, null);
    }

    /** Front matter read back, whose text is made when first asked for and whose digest was stored. */
    FrontMatter(boolean present, Map<String, Object> data, java.util.function.Supplier<String> yaml, String body,
                int bodyLine, Digest digest) {
        this.present = present;
        this.data = data;
        this.yaml = yaml;
        this.body = body;
        this.bodyLine = bodyLine;
        this.digest = digest;
    }

    public boolean present() {
        return present;
    }

    public Map<String, Object> data() {
        return data;
    }

    public String yaml() {
        return yaml.get();
    }

    public String body() {
        return body;
    }

    public int bodyLine() {
        return bodyLine;
    }

    /** The digest of the YAML text, worked out once (or stored with the cached post). */
    public Digest digest() {
        Digest d = digest;
        if (d == null) {
            d = Digest.of(yaml());
            digest = d;
        }
        return d;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrontMatter f && present == f.present && bodyLine == f.bodyLine && data.equals(f.data)
                && yaml().equals(f.yaml()) && body.equals(f.body);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(present, data, yaml(), body, bodyLine);
    }

    @Override
    public String toString() {
        return "FrontMatter[present=" + present + ", data=" + data + ", bodyLine=" + bodyLine + "]";
    }

    /**
     * This front matter over defaults: every default value in scope that the file does not set itself. More
     * specific scopes (longer paths) win over broader ones, later entries over earlier ones.
     */
    public FrontMatter withDefaults(java.util.List<io.github.blogmaven.config.FrontMatterDefault> defaults,
                                    String relative, String kind) {
        java.util.List<io.github.blogmaven.config.FrontMatterDefault> matching = new java.util.ArrayList<>();
        for (io.github.blogmaven.config.FrontMatterDefault d : defaults) {
            if (d.matches(relative, kind)) {
                matching.add(d);
            }
        }
        if (matching.isEmpty()) {
            return this;
        }
        matching.sort(java.util.Comparator.comparingInt(d -> d.path().length())); // stable: later wins on ties
        Map<String, Object> merged = new java.util.LinkedHashMap<>();
        matching.forEach(d -> merged.putAll(d.values()));
        merged.putAll(data);
        return new FrontMatter(present, merged, yaml, body, bodyLine, digest);
    }

    /** This front matter without the body text, which only parsing needs: a large blog must not keep it. */
    public FrontMatter withoutBody() {
        return new FrontMatter(present, data, yaml, "", bodyLine, digest);
    }

    /** The line of the file where a top-level key is written, else the first line of the front matter. */
    public int lineOf(String key) {
        if (!present) {
            return 1;
        }
        String[] lines = yaml().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            java.util.regex.Matcher m = TOP_KEY.matcher(lines[i]);
            if (m.find() && m.group(1).equals(key)) {
                return i + 2;
            }
        }
        return 1;
    }

    /** Thrown for front matter that cannot be read; carries file and line. */
    public static final class Invalid extends Exception {
        private final transient Problem problem;

        Invalid(Problem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** Normalises a file's text as every later rule expects it: no BOM, {@code \n} line ends. */
    public static String normalize(String text) {
        String t = text;
        if (!t.isEmpty() && t.charAt(0) == '\uFEFF') {
            t = t.substring(1);
        }
        if (t.indexOf('\r') >= 0) {
            t = t.replace("\r\n", "\n").replace('\r', '\n');
        }
        return t;
    }

    /** Whether the text opens with a {@code ---} line, the mark of front matter. */
    public static boolean opensWithFrontMatter(String normalized) {
        int end = normalized.indexOf('\n');
        String first = end < 0 ? normalized : normalized.substring(0, end);
        return first.stripTrailing().equals("---");
    }

    /** Splits normalised text; {@code file} is only used in error messages. */
    public static FrontMatter parse(String file, String normalized) throws Invalid {
        if (!opensWithFrontMatter(normalized)) {
            return new FrontMatter(false, Map.of(), "", normalized, 1);
        }
        int pos = normalized.indexOf('\n');
        if (pos < 0) {
            throw new Invalid(new Problem(file, 1, "front matter opened with '---' is never closed: add a line '---' "
                    + "after the front matter"));
        }
        int yamlStart = pos + 1;
        int line = 2;
        int cursor = yamlStart;
        while (cursor <= normalized.length()) {
            int next = normalized.indexOf('\n', cursor);
            String current = next < 0 ? normalized.substring(cursor) : normalized.substring(cursor, next);
            String trimmed = current.stripTrailing();
            if (trimmed.equals("---") || trimmed.equals("...")) {
                String yaml = normalized.substring(yamlStart, cursor);
                String body = next < 0 ? "" : normalized.substring(next + 1);
                try {
                    return new FrontMatter(true, YamlReader.readMap(yaml), yaml, body, line + 1);
                } catch (YamlReader.YamlError e) {
                    throw new Invalid(e.at(file, 2));
                }
            }
            if (next < 0) {
                break;
            }
            cursor = next + 1;
            line++;
        }
        throw new Invalid(new Problem(file, 1, "front matter opened with '---' is never closed: add a line '---' "
                + "after the front matter (did you forget it?)"));
    }
}
