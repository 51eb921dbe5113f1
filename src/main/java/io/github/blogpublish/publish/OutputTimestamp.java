package io.github.blogpublish.publish;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads Maven's {@code project.build.outputTimestamp}: ISO 8601 with an offset
 * ({@code 2026-01-01T00:00:00Z}) or seconds since the epoch. Unset, or a single character (Maven's way
 * of turning reproducibility off), gives {@link #DEFAULT}: the archive stays reproducible either way.
 */
public final class OutputTimestamp {

    /** The earliest time a zip entry can hold, used when the project sets no timestamp. */
    public static final Instant DEFAULT = Instant.parse("1980-01-01T00:00:00Z");

    private OutputTimestamp() {
    }

    /**
     * @throws IllegalArgumentException with the accepted forms, when the value is neither
     */
    public static Instant parse(String value) {
        if (value == null || value.isBlank() || value.strip().length() == 1) {
            return DEFAULT;
        }
        String text = value.strip();
        Optional<Instant> parsed = epochSeconds(text).or(() -> iso(text));
        Instant instant = parsed.orElseThrow(() -> new IllegalArgumentException("project.build.outputTimestamp is \""
                + text + "\"; write an ISO 8601 time such as 2026-01-01T00:00:00Z, or seconds since 1970"));
        return instant.isBefore(DEFAULT) ? DEFAULT : instant;
    }

    private static Optional<Instant> epochSeconds(String text) {
        if (!text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> iso(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
