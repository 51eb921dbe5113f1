package io.github.blogpublish.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date and slug a post's file name carries: {@code 2022-10-01-2022_10_plan.md} is dated 2022-10-01
 * with slug {@code 2022_10_plan}.
 *
 * @param date the date in the name
 * @param slug the rest of the name, without extension
 */
public record PostFileName(LocalDate date, String slug) {

    /** The Markdown extensions a post may have. */
    public static final java.util.List<String> EXTENSIONS = java.util.List.of(".md", ".markdown");

    private static final Pattern NAME = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})-(.+)");

    /** Whether the file name ends in a post extension. */
    public static boolean isMarkdown(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /** The name without its Markdown extension. */
    public static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /**
     * Parses a post file name.
     *
     * @return the date and slug, or empty when the name does not start with {@code YYYY-MM-DD-}
     * @throws DateTimeException when it does but names an impossible day, such as {@code 2021-02-30}
     */
    public static Optional<PostFileName> parse(String fileName) {
        Matcher m = NAME.matcher(stem(fileName));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return Optional.of(new PostFileName(date, m.group(4)));
        } catch (DateTimeException e) {
            throw new DateTimeException("there is no day " + m.group(1) + "-" + m.group(2) + "-" + m.group(3));
        }
    }
}
