package io.github.blogmaven.content;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates that Jekyll posts carry, in {@code date:} and in file names, and places them in the site's zone.
 */
public final class DateRules {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                    + "(?:(?:[Tt]|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                    + "\\s*(Z|z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");

    /** RFC 3339 with seconds always written, as Atom, sitemaps and HTML {@code <time>} all accept. */
    public static final java.time.format.DateTimeFormatter ISO =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", java.util.Locale.ROOT);

    private DateRules() {
    }

    private static final Pattern LENIENT = Pattern.compile(
            "(\\d{4}-\\d{1,2}-\\d{1,2}(?:(?:[Tt]|\\s+)\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)?)\\s+(\\S.*)");

    /** A date read the way Ruby's {@code Time.parse} reads it, with the text it ignored. */
    public record Lenient(ZonedDateTime date, String ignored) {
    }

    /**
     * Reads what {@link #parse} refuses but Jekyll accepts: a date and time followed by other text (
     * {@code 2023-01-29 18:30:22 2023 -0800}). Like Ruby, it keeps the date and time, in {@code zone}, and drops
     * the rest, which the caller reports.
     */
    public static Optional<Lenient> parseLenient(String text, ZoneId zone) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = LENIENT.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return parse(m.group(1), zone).map(d -> new Lenient(d, m.group(2)));
    }

    /**
     * Parses a date, with optional time and offset; a date without an offset is in {@code zone}. The result is
     * always expressed in {@code zone}. Empty when the text is not a date.
     */
    public static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int nanos = 0;
            if (m.group(7) != null) {
                nanos = Integer.parseInt((m.group(7) + "000000000").substring(0, 9));
            }
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                    m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
            String offset = m.group(8);
            if (offset == null) {
                return Optional.of(local.atZone(zone));
            }
            ZoneOffset off = switch (offset) {
                case "Z", "z", "UTC", "GMT" -> ZoneOffset.UTC;
                default -> ZoneOffset.of(offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3)
                        : offset);
            };
            return Optional.of(local.atOffset(off).atZoneSameInstant(zone));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
