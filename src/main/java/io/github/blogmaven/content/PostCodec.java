package io.github.blogmaven.content;

import io.github.blogmaven.config.Author;
import io.github.blogmaven.markdown.Heading;
import io.github.blogmaven.markdown.RenderedMarkdown;
import io.github.blogmaven.problem.Problem;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed post as bytes for the cache, and back: everything but its body's HTML, which stays in the
 * {@link BodyPack}. Front matter values are the types YAML gives (text, numbers, booleans, lists, maps); a post
 * holding anything else is not cached, only parsed again.
 */
final class PostCodec {

    private PostCodec() {
    }

    /** A value this codec cannot write: its post is simply not cached. */
    static final class Unsupported extends Exception {
        Unsupported(String type) {
            super(type, null, false, false);
        }
    }

    static void write(DataOutput out, Post p, BodyPack.Ref body, List<Problem> warnings)
            throws IOException, Unsupported {
        str(out, p.source().relative());
        FrontMatter fm = p.frontMatter();
        out.writeBoolean(fm.present());
        out.writeLong(fm.digest().high());
        out.writeLong(fm.digest().low());
        str(out, fm.yaml());
        out.writeInt(fm.bodyLine());
        value(out, fm.data());
        str(out, p.title());
        date(out, p.date());
        date(out, p.lastModified());
        str(out, p.slug());
        strings(out, p.categories());
        strings(out, p.tags());
        out.writeInt(p.authors().size());
        for (Author a : p.authors()) {
            for (String s : new String[] {a.key(), a.name(), a.bio(), a.avatar(), a.web(), a.email(), a.twitter()}) {
                str(out, s);
            }
        }
        str(out, p.image());
        str(out, p.description());
        str(out, p.layout());
        str(out, p.permalink());
        out.writeBoolean(p.featured());
        out.writeBoolean(p.hidden());
        out.writeBoolean(p.draft());
        out.writeBoolean(p.toc());
        str(out, p.lang());
        boolean sameData = p.data() == fm.data();
        out.writeBoolean(sameData);
        if (!sameData) {
            value(out, p.data());
        }
        RenderedMarkdown b = p.body();
        out.writeInt(b.words());
        out.writeBoolean(b.hasCode());
        // the summary as one sized block, which a rebuild skips and reads only for the posts its pages show
        java.io.ByteArrayOutputStream summary = new java.io.ByteArrayOutputStream(1024);
        java.io.DataOutputStream s = new java.io.DataOutputStream(summary);
        str(s, b.excerptHtml());
        str(s, b.excerptText());
        s.writeInt(b.headings().size());
        for (Heading h : b.headings()) {
            s.writeInt(h.level());
            str(s, h.id());
            str(s, h.html());
        }
        out.writeInt(summary.size());
        out.write(summary.toByteArray());
        out.writeLong(body.offset());
        out.writeInt(body.length);
        out.writeInt(body.crc);
        str(out, p.key());
        out.writeInt(warnings.size());
        for (Problem w : warnings) {
            str(out, w.file());
            out.writeInt(w.line());
            str(out, w.message());
        }
    }

    /** A post's summary, read when a page shows it: the block is in the mapped file, checked when it was skipped. */
    private static RenderedMarkdown.Summary summary(ByteReader in) {
        String excerptHtml = str(in);
        String excerptText = str(in);
        int headingCount = in.readInt();
        List<Heading> headings = new ArrayList<>(headingCount);
        for (int i = 0; i < headingCount; i++) {
            headings.add(new Heading(in.readInt(), str(in), str(in)));
        }
        return new RenderedMarkdown.Summary(excerptHtml, excerptText, List.copyOf(headings));
    }

    /** A post read back, with the warnings its parsing gave. */
    record Decoded(Post post, BodyPack.Ref body, List<Problem> warnings) {
    }

    /**
     * @param source the file the record is of (a record of another file is damaged)
     * @param key the key the record was found under, equal to the one it holds, which the post takes
     */
    static Decoded read(ByteReader in, SourceFile source, String key, BodyPack pack) {
        if (!str(in).equals(source.relative())) {
            throw new IllegalStateException("a record of another file");
        }
        boolean present = in.readBoolean();
        FrontMatter.Digest digest = new FrontMatter.Digest(in.readLong(), in.readLong());
        // the text stays in the cache's bytes until something asks for it (an error's line)
        int yamlAt = in.position();
        in.skipText();
        ByteReader yamlText = in.since(yamlAt);
        int bodyLine = in.readInt();
        Map<String, Object> fmData = encodedMap(in);
        FrontMatter fm = new FrontMatter(present, fmData, io.github.blogmaven.markdown.Once.of(() ->
                yamlText.rewound().str()), "", bodyLine, digest);
        String title = str(in);
        ZonedDateTime date = date(in);
        ZonedDateTime modified = date(in);
        String slug = str(in);
        List<String> categories = strings(in);
        List<String> tags = strings(in);
        int authorCount = in.readInt();
        List<Author> authors = new ArrayList<>(authorCount);
        for (int i = 0; i < authorCount; i++) {
            authors.add(shared(new Author(str(in), str(in), str(in), str(in), str(in), str(in), str(in))));
        }
        String image = shared(str(in));
        String description = str(in);
        String layout = shared(str(in));
        String permalink = str(in);
        boolean featured = in.readBoolean();
        boolean hidden = in.readBoolean();
        boolean draft = in.readBoolean();
        boolean toc = in.readBoolean();
        String lang = shared(str(in));
        Map<String, Object> data = in.readBoolean() ? fmData : encodedMap(in);
        int words = in.readInt();
        boolean hasCode = in.readBoolean();
        ByteReader summary = in.region(in.readInt());
        BodyPack.Ref ref = new BodyPack.Ref(pack, in.readLong(), in.readInt(), in.readInt());
        if (!str(in).equals(key)) {
            throw new IllegalStateException("a record under another key");
        }
        int warningCount = in.readInt();
        List<Problem> warnings = new ArrayList<>(warningCount);
        for (int i = 0; i < warningCount; i++) {
            warnings.add(new Problem(str(in), in.readInt(), str(in)));
        }
        RenderedMarkdown body = new RenderedMarkdown(ref,
                io.github.blogmaven.markdown.Once.of(() -> summary(summary.rewound())), words, ref.words(), hasCode);
        Post post = new Post(source, fm, title, date, modified, slug,
                categories, tags, List.copyOf(authors), image, description, layout, permalink, featured, hidden,
                draft, toc, lang, data, body, key);
        return new Decoded(post, ref, warnings);
    }

    private static final java.util.Map<String, java.time.ZoneId> ZONES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A moment and its zone, which together give back the same date, time and offset (parsing text is slow). */
    private static void date(DataOutput out, ZonedDateTime d) throws IOException {
        out.writeLong(d.toEpochSecond());
        out.writeInt(d.getNano());
        str(out, d.getZone().getId());
    }

    private static ZonedDateTime date(ByteReader in) {
        long seconds = in.readLong();
        int nanos = in.readInt();
        String zone = str(in);
        try {
            return ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds, nanos),
                    ZONES.computeIfAbsent(zone, java.time.ZoneId::of));
        } catch (java.time.DateTimeException e) {
            throw new BodyPack.Damaged("a date the parse cache cannot read: " + e.getMessage());
        }
    }

    private static void str(DataOutput out, String s) throws IOException {
        ByteReader.writeText(out, s);
    }

    private static String str(ByteReader in) {
        return in.str();
    }

    private static void strings(DataOutput out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            str(out, s);
        }
    }

    private static List<String> strings(ByteReader in) {
        int n = in.readInt();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(shared(str(in)));
        }
        return List.copyOf(list);
    }

    /**
     * Values that many posts repeat (authors, terms, layouts, front matter keys), kept once: 10,000 posts by ten
     * authors would otherwise hold 10,000 copies of each author. Bounded, so that a long preview session of a blog
     * whose values keep changing cannot make it grow without end; past the bound values are simply not shared.
     */
    private static final java.util.Map<Object, Object> SHARED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int SHARED_BOUND = 50_000;

    @SuppressWarnings("unchecked")
    static <T> T shared(T value) {
        Object known = SHARED.get(value);
        if (known != null) {
            return (T) known;
        }
        if (SHARED.size() < SHARED_BOUND) {
            known = SHARED.putIfAbsent(value, value);
        }
        return known == null ? value : (T) known;
    }

    static void value(DataOutput out, Object v) throws IOException, Unsupported {
        if (v == null) {
            out.writeByte('0');
        } else if (v instanceof String s) {
            out.writeByte('s');
            str(out, s);
        } else if (v instanceof Boolean b) {
            out.writeByte(b ? 'T' : 'F');
        } else if (v instanceof Integer i) {
            out.writeByte('i');
            out.writeInt(i);
        } else if (v instanceof Long l) {
            out.writeByte('l');
            out.writeLong(l);
        } else if (v instanceof Double d) {
            out.writeByte('d');
            out.writeDouble(d);
        } else if (v instanceof BigInteger b) {
            out.writeByte('I');
            str(out, b.toString());
        } else if (v instanceof BigDecimal b) {
            out.writeByte('D');
            str(out, b.toString());
        } else if (v instanceof List<?> list) {
            out.writeByte('L');
            out.writeInt(list.size());
            for (Object o : list) {
                value(out, o);
            }
        } else if (v instanceof Map<?, ?> map) {
            out.writeByte('M');
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                value(out, e.getKey());
                value(out, e.getValue());
            }
        } else {
            throw new Unsupported(v.getClass().getName());
        }
    }

    private static Object value(ByteReader in) {
        int tag = in.readByte();
        return switch (tag) {
            case '0' -> null;
            case 's' -> str(in);
            case 'T' -> Boolean.TRUE;
            case 'F' -> Boolean.FALSE;
            case 'i' -> in.readInt();
            case 'l' -> in.readLong();
            case 'd' -> in.readDouble();
            case 'I' -> new BigInteger(str(in));
            case 'D' -> new BigDecimal(str(in));
            case 'L' -> {
                int n = in.readInt();
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    Object item = value(in);
                    list.add(item instanceof String text ? shared(text) : item); // tags, categories
                }
                yield java.util.Collections.unmodifiableList(list);
            }
            case 'M' -> {
                int n = in.readInt();
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    Object key = value(in);
                    map.put(key instanceof String text ? shared(text) : key, value(in));
                }
                yield java.util.Collections.unmodifiableMap(map);
            }
            default -> throw new BodyPack.Damaged("an unknown value tag " + tag + " in the parse cache");
        };
    }

    /** The map that comes next, stepped over and read only when asked ({@link EncodedMap}). */
    private static Map<String, Object> encodedMap(ByteReader in) {
        int from = in.position();
        skipValue(in);
        return new EncodedMap(in.since(from));
    }

    /** Steps over a value as {@link #value(ByteReader)} would read it, making nothing. */
    static void skipValue(ByteReader in) {
        skipValue(in, in.readByte());
    }

    /** Steps over the rest of a value whose tag was read. */
    private static void skipValue(ByteReader in, int tag) {
        switch (tag) {
            case '0', 'T', 'F' -> {
            }
            case 's', 'I', 'D' -> in.skipText();
            case 'i' -> in.skip(4);
            case 'l', 'd' -> in.skip(8);
            case 'L' -> {
                for (int n = in.readInt(); n > 0; n--) {
                    skipValue(in);
                }
            }
            case 'M' -> {
                for (int n = in.readInt(); n > 0; n--) {
                    skipValue(in);
                    skipValue(in);
                }
            }
            default -> throw new BodyPack.Damaged("an unknown value tag " + tag + " in the parse cache");
        }
    }

    /**
     * The value written for {@code key} in the map that {@code in} holds (as {@link #value(ByteReader)} reads it),
     * found without making the map: the other keys are compared as bytes and their values stepped over; {@link
     * #ABSENT} if the map has no such key (a key may be there with a null value).
     */
    static Object lookUp(ByteReader in, String key) {
        if (in.readByte() != 'M') {
            throw new BodyPack.Damaged("a front matter record that is not a map");
        }
        byte[] wanted = key.getBytes(StandardCharsets.UTF_8);
        for (int n = in.readInt(); n > 0; n--) {
            int tag = in.readByte();
            if (tag != 's') {
                skipValue(in, tag); // a key that is not a text (YAML allows numbers and more) is never the one asked
            } else if (in.textEquals(wanted)) {
                return value(in);
            }
            skipValue(in);
        }
        return ABSENT;
    }

    /** What {@link #lookUp} gives for a key the map does not have. */
    static final Object ABSENT = new Object();

    /**
     * A cached post's front matter values, read from the cache's bytes only when a template or a rule asks for them:
     * a rebuild of 10,000 posts asks most of them for a key or two ({@code image_alt}, {@code redirect_from}), which
     * are looked up in the bytes, and holds no map for them. Anything else (iterating, size, equality) reads the map
     * once and keeps it, and lookups use it from then on. Unmodifiable, as the map it stands for.
     */
    static final class EncodedMap extends java.util.AbstractMap<String, Object> {
        private final ByteReader bytes;
        /** The map read whole, once something needed it; null until then (threads that race read it alike). */
        private volatile Map<String, Object> whole;

        EncodedMap(ByteReader bytes) {
            this.bytes = bytes;
        }

        @Override
        public Object get(Object key) {
            Object v = find(key);
            return v == ABSENT ? null : v;
        }

        @Override
        public boolean containsKey(Object key) {
            return find(key) != ABSENT;
        }

        /** A text key's value (maybe null), or {@link #ABSENT}: from the map if it was read, else from the bytes. */
        private Object find(Object key) {
            if (!(key instanceof String k)) {
                return ABSENT; // only texts are keys a template or a rule asks for
            }
            Map<String, Object> read = whole;
            if (read == null) {
                return lookUp(bytes.rewound(), k);
            }
            return read.containsKey(k) ? read.get(k) : ABSENT;
        }

        @Override
        @SuppressWarnings("unchecked")
        public java.util.Set<Map.Entry<String, Object>> entrySet() {
            Map<String, Object> read = whole;
            if (read == null) {
                read = (Map<String, Object>) value(bytes.rewound());
                whole = read;
            }
            return read.entrySet();
        }
    }
}
