package io.github.blogpublish.template;

/** Escaping for the few strings templates build in Java: HTML text and attributes, and JSON inside a script. */
final class Html {

    private Html() {
    }

    /** Escapes {@code & < > " '} for HTML text and quoted attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
