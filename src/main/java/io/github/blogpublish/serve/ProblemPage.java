package io.github.blogpublish.serve;

import io.github.blogpublish.problem.Problem;

import java.nio.file.Path;
import java.util.List;

/** The page shown instead of the site while the last rebuild failed: every problem with its place and hint. */
final class ProblemPage {

    private ProblemPage() {
    }

    static String html(List<Problem> problems, Path base) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Build failed</title>"
                + "<style>body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;line-height:1.5}"
                + "h1{color:#cf222e}li{margin:1rem 0}code{font-family:ui-monospace,monospace}.hint{color:#59636e}</style>"
                + "</head><body><h1>The blog does not build</h1><p>Fix these and save: the page reloads by itself.</p><ol>");
        for (Problem problem : problems) {
            out.append("<li><code>").append(escape(problem.location().display(base))).append("</code> ")
                    .append(escape(problem.severity().label())).append(": ").append(escape(problem.message()));
            if (!problem.hint().isEmpty()) {
                out.append("<br><span class=\"hint\">hint: ").append(escape(problem.hint())).append("</span>");
            }
            out.append("</li>");
        }
        return out.append("</ol></body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
