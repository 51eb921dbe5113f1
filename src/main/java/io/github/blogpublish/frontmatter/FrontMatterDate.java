package io.github.blogpublish.frontmatter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a front matter {@code date:}. ISO 8601 as bloggers write it ({@code 2022-10-01},
 * {@code 2022-10-01 09:30}, {@code 2022-10-01T09:30:00+09:00}, {@code 2016-10-06 11:10:38 -0700}); a date
 * without a zone is read in the site's zone, never the machine's. Anything else, trailing text included,
 * is refused with the reason.
 */
final class FrontMatterDate {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                    + "(?:(?:[Tt]|[ \\t]+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?"
                    + "(?:[ \\t]*(Z|z|[+-]\\d{1,2}(?::?\\d{2})?))?)?");

    /** Canonical form for hints: {@code 2022-10-01 09:30:00 +0900}. */
    static final DateTimeFormatter CANONICAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx", Locale.ROOT);

    /**
     * The result of reading a date.
     *
     * @param value    the instant, in the site's zone
     * @param lenient  true when the text was accepted but is not the canonical zero-padded form
     * @param hasTime  whether the text gave a time of day
     */
    record Parsed(ZonedDateTime value, boolean lenient, boolean hasTime) {

        /** The canonical way to write this date, for hints. */
        String canonical() {
            return hasTime ? CANONICAL.format(value) : value.toLocalDate().toString();
        }
    }

    private FrontMatterDate() {
    }

    /**
     * @throws DateTimeException with a message a blogger understands, when the text is not a date or names
     *                           an impossible one
     */
    static Parsed parse(String text, ZoneId siteZone) {
        String trimmed = text.strip();
        Matcher m = ISO.matcher(trimmed);
        if (!m.matches()) {
            if (m.lookingAt()) {
                throw new DateTimeException("unexpected text after the date: \"" + trimmed.substring(m.end()) + "\"");
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
        ZonedDateTime value = m.group(8) == null
                ? local.atZone(siteZone)
                : local.atOffset(offset(m.group(8))).atZoneSameInstant(siteZone);
        boolean lenient = m.group(2).length() == 1 || m.group(3).length() == 1
                || m.group(4) != null && m.group(4).length() == 1;
        return new Parsed(value, lenient, m.group(4) != null);
    }

    private static ZoneOffset offset(String text) {
        if (text.equalsIgnoreCase("Z")) {
            return ZoneOffset.UTC;
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
