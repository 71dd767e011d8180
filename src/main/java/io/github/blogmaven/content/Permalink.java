package io.github.blogmaven.content;

import java.util.List;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

/** Expands permalink patterns with Jekyll's placeholders and named styles. */
public final class Permalink {

    /** Jekyll's named styles. */
    public static final Map<String, String> STYLES = Map.of(
            "date", "/:categories/:year/:month/:day/:title:output_ext",
            "pretty", "/:categories/:year/:month/:day/:title/",
            "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext",
            "none", "/:categories/:title:output_ext");

    private Permalink() {
    }

    /** The pattern a configured value stands for: a style name or a pattern. */
    public static String pattern(String configured) {
        String p = configured == null ? "" : configured.trim();
        return STYLES.getOrDefault(p, p);
    }

    /** Expands a pattern for a post; the result still needs cleaning ({@code Urls.clean}). */
    public static String expand(String pattern, Post post) {
        return expand(pattern, post.date(), post.slug(), post.categories());
    }

    /**
     * Expands a pattern for a post with this date, slug and categories: each {@code :name} (a colon and the longest
     * run of {@code a-z} and {@code _} after it) is replaced, an unknown one left as written. Scanned by hand, not
     * with a regular expression, as every post's permalink is expanded on every build.
     */
    public static String expand(String pattern, ZonedDateTime d, String slug, List<String> postCategories) {
        String p = pattern(pattern);
        StringBuilder out = new StringBuilder(p.length() + slug.length() + 16);
        int n = p.length();
        int i = 0;
        while (i < n) {
            char c = p.charAt(i);
            int end = i + 1;
            if (c == ':') {
                while (end < n && (p.charAt(end) >= 'a' && p.charAt(end) <= 'z' || p.charAt(end) == '_')) {
                    end++;
                }
            }
            if (end > i + 1) {
                out.append(value(p.substring(i + 1, end), d, slug, postCategories));
            } else {
                out.append(c);
            }
            i = end;
        }
        return out.toString();
    }

    private static String value(String name, ZonedDateTime d, String slug, List<String> postCategories) {
        return switch (name) {
            case "year" -> pad(d.getYear(), 4);
            case "short_year" -> pad(d.getYear() % 100, 2);
            case "month" -> pad(d.getMonthValue(), 2);
            case "i_month" -> Integer.toString(d.getMonthValue());
            case "short_month" -> d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "long_month" -> d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "day" -> pad(d.getDayOfMonth(), 2);
            case "i_day" -> Integer.toString(d.getDayOfMonth());
            case "y_day" -> pad(d.getDayOfYear(), 3);
            case "week" -> pad(d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
            case "short_day" -> d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "long_day" -> d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "hour" -> pad(d.getHour(), 2);
            case "minute" -> pad(d.getMinute(), 2);
            case "second" -> pad(d.getSecond(), 2);
            case "title", "slug" -> slug;
            case "categories" -> categories(postCategories);
            case "output_ext" -> ".html";
            default -> ":" + name; // unknown placeholders stay, so that the user sees them
        };
    }

    /** As Jekyll: lower-cased, otherwise as written (a space stays a space, encoded in the URL), each once. */
    private static String categories(List<String> postCategories) {
        List<String> seen = new java.util.ArrayList<>(postCategories.size());
        for (String c : postCategories) {
            String s = c.strip().toLowerCase(Locale.ROOT);
            if (!s.isEmpty() && !seen.contains(s)) {
                seen.add(s);
            }
        }
        return String.join("/", seen);
    }

    /**
     * A number with zeros before it up to {@code width} digits, as {@code %0<width>d} writes it, without a
     * Formatter: every post's permalink is expanded on every build.
     */
    static String pad(int n, int width) {
        if (n < 0) {
            return "-" + pad(-n, width - 1);
        }
        String digits = Integer.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
