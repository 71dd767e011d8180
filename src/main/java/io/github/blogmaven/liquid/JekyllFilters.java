package io.github.blogmaven.liquid;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import liqp.TemplateContext;
import liqp.filters.Filter;

/** Jekyll's own filters that Liquid itself lacks: dates, slugify, escapes, word counts, sentences. */
final class JekyllFilters {

    private JekyllFilters() {
    }

    static List<Filter> all() {
        List<Filter> filters = new ArrayList<>();
        filters.add(date("date_to_string", "dd MMM yyyy"));
        filters.add(date("date_to_long_string", "dd MMMM yyyy"));
        filters.add(date("date_to_xmlschema", "yyyy-MM-dd'T'HH:mm:ssXXX"));
        filters.add(date("date_to_rfc822", "EEE, dd MMM yyyy HH:mm:ss Z"));
        filters.add(filter("slugify", (v, p) -> slugify(String.valueOf(v))));
        filters.add(filter("xml_escape", (v, p) -> LiquidRenderer.escape(String.valueOf(v)).replace("'", "&#39;")));
        filters.add(filter("cgi_escape", (v, p) -> java.net.URLEncoder.encode(String.valueOf(v),
                java.nio.charset.StandardCharsets.UTF_8)));
        filters.add(filter("uri_escape", (v, p) -> java.net.URLEncoder.encode(String.valueOf(v),
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/")
                .replace("%3A", ":").replace("%23", "#").replace("%3F", "?").replace("%3D", "=").replace("%26", "&")));
        filters.add(filter("number_of_words", (v, p) -> {
            String s = String.valueOf(v).strip();
            return s.isEmpty() ? 0 : s.split("\\s+").length;
        }));
        filters.add(filter("array_to_sentence_string", (v, p) -> sentence(v, p.length > 0 ? String.valueOf(p[0])
                : "and")));
        return filters;
    }

    private static Filter filter(String name, BiFunction<Object, Object[], Object> f) {
        return new Filter(name) {
            @Override
            public Object apply(Object value, TemplateContext context, Object... params) {
                return value == null ? "" : f.apply(value, params);
            }
        };
    }

    private static Filter date(String name, String pattern) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
        return filter(name, (v, p) -> toDate(v).map(format::format).orElse(String.valueOf(v)));
    }

    static Optional<ZonedDateTime> toDate(Object v) {
        if (v instanceof ZonedDateTime z) {
            return Optional.of(z);
        }
        if (v instanceof TemporalAccessor t) {
            try {
                return Optional.of(ZonedDateTime.from(t));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        String s = String.valueOf(v).strip();
        try {
            return Optional.of(ZonedDateTime.parse(s));
        } catch (RuntimeException e) {
            try {
                return Optional.of(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC));
            } catch (RuntimeException e2) {
                return Optional.empty();
            }
        }
    }

    private static String slugify(String s) {
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                dash = false;
                out.append(c);
            } else {
                dash = true;
            }
        }
        return out.toString();
    }

    private static String sentence(Object v, String connector) {
        List<String> items = new ArrayList<>();
        if (v instanceof Collection<?> c) {
            c.forEach(o -> items.add(String.valueOf(o)));
        } else if (v instanceof Object[] a) {
            for (Object o : a) {
                items.add(String.valueOf(o));
            }
        } else {
            items.add(String.valueOf(v));
        }
        return switch (items.size()) {
            case 0 -> "";
            case 1 -> items.get(0);
            case 2 -> items.get(0) + " " + connector + " " + items.get(1);
            default -> String.join(", ", items.subList(0, items.size() - 1)) + ", " + connector + " "
                    + items.get(items.size() - 1);
        };
    }
}
