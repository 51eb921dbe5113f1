package io.github.blogpublish.frontmatter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a front matter {@code date:}. ISO 8601 as bloggers write it ({@code 2022-10-01},
 * {@code 2022-10-01 09:30}, {@code 2022-10-01T09:30:00+09:00}, {@code 2016-10-06 11:10:38 -0700}). As in
 * Jekyll, a date written with an offset is moved into the site's zone; a date without one is read in the
 * site's zone; never the machine's. A few unambiguous other forms are read
 * leniently (the caller warns with the ISO form). Text after a valid date is refused as {@link TrailingText},
 * which carries the date Jekyll reads; anything else is refused with the reason.
 */
final class FrontMatterDate {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                    + "(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?"
                    + "(?:[ \\t]*(Z|z|[+-]\\d{1,2}(?::?\\d{2})?|UTC|UT|GMT|[ECMP][SD]T))?)?");

    /** RFC 2822's named zones, which Jekyll reads and some blogs write ({@code 12:00 EDT}). */
    private static final java.util.Map<String, ZoneOffset> NAMED_ZONES = java.util.Map.ofEntries(
            java.util.Map.entry("UTC", ZoneOffset.UTC), java.util.Map.entry("UT", ZoneOffset.UTC),
            java.util.Map.entry("GMT", ZoneOffset.UTC),
            java.util.Map.entry("EST", ZoneOffset.ofHours(-5)), java.util.Map.entry("EDT", ZoneOffset.ofHours(-4)),
            java.util.Map.entry("CST", ZoneOffset.ofHours(-6)), java.util.Map.entry("CDT", ZoneOffset.ofHours(-5)),
            java.util.Map.entry("MST", ZoneOffset.ofHours(-7)), java.util.Map.entry("MDT", ZoneOffset.ofHours(-6)),
            java.util.Map.entry("PST", ZoneOffset.ofHours(-8)), java.util.Map.entry("PDT", ZoneOffset.ofHours(-7)));

    /** Canonical form for hints: {@code 2022-10-01 09:30:00 +0900}. */
    static final DateTimeFormatter CANONICAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx", Locale.ROOT);

    /**
     * The result of reading a date.
     *
     * @param value    the instant, in the site's zone
     * @param lenient  true when the text was accepted but is not the canonical zero-padded form
     * @param written  the date in the offset it was written with (the site zone when it had none), for hints
     * @param hasTime  whether the text gave a time of day
     */
    record Parsed(ZonedDateTime value, boolean lenient, ZonedDateTime written, boolean hasTime) {

        /** The canonical way to write this date, for hints: as written, in ISO form. */
        String canonical() {
            return hasTime ? CANONICAL.format(written) : written.toLocalDate().toString();
        }
    }

    private FrontMatterDate() {
    }

    /**
     * A valid date or time followed by other text ({@code 2016-07-19 (optional)}, a repeated year). Ruby's
     * {@code Time.parse}, and so Jekyll, reads the date and ignores the rest.
     */
    static final class TrailingText extends DateTimeException {
        private static final long serialVersionUID = 1L;
        private final transient Parsed date;
        private final String trailing;

        TrailingText(String trailing, Parsed date) {
            super("unexpected text after the date: \"" + trailing + "\"");
            this.trailing = trailing;
            this.date = date;
        }

        /** The date before the text, as Jekyll reads it. */
        Parsed date() {
            return date;
        }

        String trailing() {
            return trailing;
        }
    }

    /**
     * @throws DateTimeException with a message a blogger understands, when the text is not a date or names
     *                           an impossible one
     */
    static Parsed parse(String text, ZoneId siteZone) {
        String trimmed = text.strip();
        Matcher m = ISO.matcher(trimmed);
        if (!m.matches()) {
            Optional<Parsed> other = otherForms(trimmed, siteZone);
            if (other.isPresent()) {
                return other.get();
            }
            if (m.lookingAt()) {
                throw new TrailingText(trimmed.substring(m.end()), parse(trimmed.substring(0, m.end()), siteZone));
            }
            throw new DateTimeException("\"" + trimmed + "\" is not a date");
        }
        LocalDate day;
        try {
            day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new DateTimeException("there is no day " + m.group(1) + "-" + m.group(2) + "-" + m.group(3));
        }
        LocalTime time = LocalTime.MIDNIGHT;
        if (m.group(4) != null) {
            int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "000000000").substring(0, 9));
            try {
                time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
            } catch (DateTimeException e) {
                throw new DateTimeException("there is no time " + m.group(4) + ":" + m.group(5)
                        + (m.group(6) == null ? "" : ":" + m.group(6)));
            }
        }
        LocalDateTime local = LocalDateTime.of(day, time);
        // As in Jekyll (Time.parse(...).localtime), a date with an offset is moved into the site's zone, whose day
        // the URL shows; a date without one is read in the site's zone. Never the machine's zone.
        ZonedDateTime written = m.group(8) == null ? local.atZone(siteZone) : local.atZone(offset(m.group(8)));
        ZonedDateTime value = written.withZoneSameInstant(siteZone);
        boolean lenient = m.group(2).length() == 1 || m.group(3).length() == 1
                || m.group(4) != null && m.group(4).length() == 1
                || m.group(8) != null && NAMED_ZONES.containsKey(m.group(8));
        return new Parsed(value, lenient, written, m.group(4) != null);
    }

    /**
     * The unambiguous non-ISO forms that Jekyll reads and real blogs contain: {@code September 8, 2014},
     * {@code Sep 8, 2014} and RFC 2822 ({@code Mon, 08 Sep 2014 10:00:00 +0900}). Accepted as lenient, so
     * the user is shown the ISO form to write.
     */
    private static Optional<Parsed> otherForms(String text, ZoneId siteZone) {
        for (DateTimeFormatter format : MONTH_NAME_DATES) {
            try {
                LocalDate day = LocalDate.parse(text, format);
                ZonedDateTime start = day.atStartOfDay(siteZone);
                return Optional.of(new Parsed(start, true, start, false));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            ZonedDateTime value = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(new Parsed(value.withZoneSameInstant(siteZone), true, value, true));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static final List<DateTimeFormatter> MONTH_NAME_DATES = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT));

    private static ZoneOffset offset(String text) {
        if (text.equalsIgnoreCase("Z")) {
            return ZoneOffset.UTC;
        }
        if (NAMED_ZONES.containsKey(text)) {
            return NAMED_ZONES.get(text);
        }
        String digits = text.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
        } else {
            hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
            minutes = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        int sign = text.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
