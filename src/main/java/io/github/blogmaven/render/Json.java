package io.github.blogmaven.render;

import java.util.Collection;
import java.util.Map;

/**
 * A small JSON writer for feeds, the search index and JSON-LD. Escapes {@code <}, {@code >} and {@code &} too, so
 * that output can sit inside an HTML {@code <script>} element.
 */
public final class Json {

    private Json() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(value, out, "");
        return out.toString();
    }

    /** Appends a value to {@code out}, for writers of large files that make no String per value. */
    static void write(Object value, StringBuilder out) {
        write(value, out, "");
    }

    /** Pretty-printed with two-space indentation, for files people may read. */
    public static String pretty(Object value) {
        StringBuilder out = new StringBuilder(256);
        write(value, out, "\n");
        return out.toString();
    }

    private static void write(Object v, StringBuilder out, String nl) {
        String inner = nl.isEmpty() ? "" : nl + "  ";
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            string(s, out);
        } else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
            out.append(v);
        } else if (v instanceof Number n) {
            out.append(n.toString());
        } else if (v instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                out.append(first ? "" : ",").append(inner);
                first = false;
                string(String.valueOf(e.getKey()), out);
                out.append(nl.isEmpty() ? ":" : ": ");
                write(e.getValue(), out, inner);
            }
            out.append(first ? "" : nl).append('}');
        } else if (v instanceof Collection<?> c) {
            out.append('[');
            boolean first = true;
            for (Object o : c) {
                out.append(first ? "" : ",").append(inner);
                first = false;
                write(o, out, inner);
            }
            out.append(first ? "" : nl).append(']');
        } else {
            string(String.valueOf(v), out);
        }
    }

    private static boolean safe(char c) {
        return c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' && c != '\u2028'
                && c != '\u2029';
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        int plain = 0;
        while (plain < s.length() && safe(s.charAt(plain))) {
            plain++;
        }
        out.append(s, 0, plain); // most text needs no escaping: copied in one go
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
