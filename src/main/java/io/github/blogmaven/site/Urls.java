package io.github.blogmaven.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules that tie a site path ({@code /2024/03/18/title/}, decoded) to its output file, its href and its
 * absolute URL. Paths never contain {@code .} or {@code ..} segments: {@link #clean} refuses them.
 */
public final class Urls {

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@";

    private Urls() {
    }

    /**
     * Normalises a path written by a user (permalink, slug): one leading slash, no doubled slashes. Empty when it
     * has {@code .} or {@code ..} segments, backslashes or control characters, which could leave the output folder.
     */
    public static Optional<String> clean(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return Optional.empty();
            }
        }
        boolean trailing = path.endsWith("/") || path.isEmpty();
        List<String> parts = new ArrayList<>();
        for (String seg : path.split("/")) {
            if (seg.isEmpty()) {
                continue;
            }
            if (seg.equals(".") || seg.equals("..")) {
                return Optional.empty();
            }
            parts.add(seg);
        }
        if (parts.isEmpty()) {
            return Optional.of("/");
        }
        return Optional.of("/" + String.join("/", parts) + (trailing ? "/" : ""));
    }

    /**
     * The output file for a clean path: folders get {@code index.html}; a last segment without an extension gets
     * {@code .html}, as Jekyll writes {@code /about} to {@code about.html}.
     */
    public static String file(String path) {
        if (path.endsWith("/")) {
            return path.substring(1) + "index.html";
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".") ? path.substring(1) : path.substring(1) + ".html";
    }

    /** Which ASCII characters a path keeps as they are: the unreserved ones, the sub-delimiters, ':', '@' and '/'. */
    private static final boolean[] KEPT = new boolean[0x80];

    static {
        for (char c : (UNRESERVED + "/").toCharArray()) {
            KEPT[c] = true;
        }
    }

    /** Percent-encodes what does not belong in a URL path (spaces, {@code %}, {@code #}, {@code ?}, non-ASCII). */
    public static String encode(String path) {
        int i = 0;
        while (i < path.length() && path.charAt(i) < 0x80 && KEPT[path.charAt(i)]) {
            i++;
        }
        if (i == path.length()) {
            return path; // most paths need nothing encoded
        }
        StringBuilder out = new StringBuilder(path.length() + 8);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && KEPT[c]) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    /** Decodes percent escapes; malformed escapes are kept as written. */
    public static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()
                    && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0) {
                out.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(bytes, 0, bytes.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
