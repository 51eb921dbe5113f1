package io.github.blogpublish.frontmatter;

import io.github.blogpublish.problem.Rule;

import java.time.DateTimeException;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The date keys of one file's front matter, for its {@link FrontMatterChecker}: {@code date} (ISO 8601, the
 * lenient forms Jekyll reads, text after a valid date, a day other than the file name's) and
 * {@code last_modified_at}. Each problem is the checker's, at the key's value.
 */
final class DateChecks {

    private final FrontMatterChecker checker;

    DateChecks(FrontMatterChecker checker) {
        this.checker = checker;
    }

    ZonedDateTime date() {
        Optional<YamlLoader.Key> key = checker.key("date");
        Optional<ZonedDateTime> fromName = checker.source().fileDate().map(d -> d.atStartOfDay(checker.config().timezone()));
        if (key.isEmpty()) {
            return fromName.orElseGet(() -> checker.config().now().atZone(checker.config().timezone()));
        }
        YamlLoader.Key k = key.get();
        if (k.text() == null || !(k.type().equals("str") || k.type().equals("timestamp"))) {
            checker.error(Rule.DATE_TYPE, checker.valueAt(k),
                    "'date' must be a date such as 2022-10-01 or 2022-10-01 09:30:00 +0900, not "
                    + YamlTypes.describe(k.type()), "write date: 2022-10-01");
            return fromName.orElseGet(() -> checker.config().now().atZone(checker.config().timezone()));
        }
        Optional<FrontMatterDate.Parsed> read = parseDate(k);
        if (read.isEmpty()) {
            return fromName.orElseGet(() -> checker.config().now().atZone(checker.config().timezone()));
        }
        FrontMatterDate.Parsed parsed = read.get();
        ZonedDateTime value = parsed.value();
        if (parsed.lenient()) {
            checker.problems().report(Rule.DATE_LENIENT_FORM, checker.valueAt(k), "'date' is not in ISO 8601 form",
                    "write date: " + parsed.canonical());
        }
        if (fromName.isPresent() && !fromName.get().toLocalDate().equals(value.toLocalDate())) {
            String zone = checker.config().timezone().equals(java.time.ZoneOffset.UTC) ? "UTC" : checker.config().timezone().getId();
            boolean shifted = !parsed.written().toLocalDate().equals(value.toLocalDate());
            String extension = checker.source().file().getFileName().toString().replaceAll("^.*(\\.[^.]+)$", "$1");
            checker.problems().report(Rule.DATE_DAY_MISMATCH, checker.valueAt(k), "'date' is " + value.toLocalDate()
                            + " in the site's time zone (" + zone + ") but the file name says "
                            + fromName.get().toLocalDate() + "; the date: line wins, as in Jekyll",
                    shifted ? "set timezone: in _config.yml to the zone this date was written in, or rename the file to "
                            + value.toLocalDate() + "-" + checker.source().fileSlug() + extension
                            : "rename the file to " + value.toLocalDate() + "-" + checker.source().fileSlug() + extension
                            + ", or correct the date");
        }
        return value;
    }

    /**
     * The {@code date:} as Jekyll reads it; empty after reporting one that is no date. Text after a valid date
     * ({@code date-trailing-text}) is reported, and the date before it is Jekyll's reading.
     */
    private Optional<FrontMatterDate.Parsed> parseDate(YamlLoader.Key k) {
        try {
            return Optional.of(FrontMatterDate.parse(k.text(), checker.config().timezone()));
        } catch (FrontMatterDate.TrailingText e) {
            String jekyll = e.date().canonical();
            Rule.Level level = checker.error(Rule.DATE_TRAILING_TEXT, checker.valueAt(k), "'date' is not a valid date: "
                    + e.getMessage() + " (Jekyll ignores it and reads " + jekyll + ")", "write date: " + jekyll);
            return level == Rule.Level.ERROR ? Optional.empty() : Optional.of(e.date());
        } catch (DateTimeException e) {
            checker.error(Rule.DATE_INVALID, checker.valueAt(k), "'date' is not a valid date: " + e.getMessage(),
                    "write date: 2022-10-01, or with a time: date: 2022-10-01 09:30:00 +0900");
            return Optional.empty();
        }
    }

    void lastModified() {
        checker.key("last_modified_at").ifPresent(k -> {
            if (k.text() == null || !(k.type().equals("str") || k.type().equals("timestamp"))) {
                checker.error(Rule.LAST_MODIFIED_INVALID, checker.valueAt(k),
                        "'last_modified_at' must be a date, not " + YamlTypes.describe(k.type()),
                        "write last_modified_at: 2022-10-01");
                return;
            }
            try {
                FrontMatterDate.parse(k.text(), checker.config().timezone());
            } catch (DateTimeException e) {
                checker.error(Rule.LAST_MODIFIED_INVALID, checker.valueAt(k),
                        "'last_modified_at' is not a valid date: " + e.getMessage(),
                        "write last_modified_at: 2022-10-01, or with a time: 2022-10-01 09:30:00 +0900");
            }
        });
    }
}
