package io.github.blogpublish.problem;

/** How bad a {@link Problem} is: an error fails the build, a warning fails it only with {@code failOnWarnings}. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The word printed before the message, as compilers do: {@code error} or {@code warning}. */
    public String label() {
        return label;
    }
}
