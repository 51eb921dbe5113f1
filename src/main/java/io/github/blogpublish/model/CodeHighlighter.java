package io.github.blogpublish.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks up source code for the theme's colours, at build time, so pages need no script and no network:
 * comments, strings, numbers and keywords become {@code <span>}s with Rouge's class names ({@code c},
 * {@code s}, {@code m}, {@code k}), everything else is HTML-escaped text. A deliberately small lexer: one
 * pass, one regular expression per language family, the same output for the same input.
 */
public final class CodeHighlighter {

    private static final Set<String> C_LIKE_KEYWORDS = Set.of("abstract", "async", "await", "boolean", "break", "case",
            "catch", "char", "class", "const", "continue", "def", "default", "do", "double", "else", "enum", "export",
            "extends", "false", "final", "finally", "float", "fn", "for", "func", "function", "if", "impl", "implements",
            "import", "in", "instanceof", "int", "interface", "let", "long", "match", "mut", "new", "null", "package",
            "private", "protected", "pub", "public", "record", "return", "static", "struct", "super", "switch", "this",
            "throw", "throws", "trait", "true", "try", "type", "val", "var", "void", "while", "yield", "nil", "go", "use");
    private static final Set<String> SCRIPT_KEYWORDS = Set.of("and", "as", "assert", "begin", "break", "case", "class",
            "def", "del", "do", "done", "elif", "else", "elsif", "end", "ensure", "esac", "except", "export", "False",
            "false", "fi", "finally", "for", "from", "function", "if", "import", "in", "is", "lambda", "local", "module",
            "nil", "None", "not", "or", "pass", "raise", "require", "rescue", "return", "self", "then", "True", "true",
            "try", "unless", "until", "while", "with", "yield", "echo", "cd");
    private static final Set<String> SQL_KEYWORDS = Set.of("select", "from", "where", "insert", "into", "values",
            "update", "set", "delete", "create", "table", "drop", "alter", "join", "left", "right", "inner", "outer",
            "on", "group", "by", "order", "having", "limit", "and", "or", "not", "null", "as", "distinct", "union");

    private static final Pattern C_LIKE = Pattern.compile(
            "(?<c>//[^\\n]*|/\\*.*?\\*/)|(?<s>\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'|`[^`]*`)"
                    + "|(?<m>\\b\\d[\\d_]*(?:\\.\\d+)?[fFdDlL]?\\b)|(?<w>[A-Za-z_][\\w]*)", Pattern.DOTALL);
    private static final Pattern SCRIPT = Pattern.compile(
            "(?<c>#[^\\n]*)|(?<s>\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*')"
                    + "|(?<m>\\b\\d[\\d_]*(?:\\.\\d+)?\\b)|(?<w>[A-Za-z_][\\w]*)", Pattern.DOTALL);
    private static final Pattern SQL = Pattern.compile(
            "(?<c>--[^\\n]*)|(?<s>'(?:''|[^'])*')|(?<m>\\b\\d+(?:\\.\\d+)?\\b)|(?<w>[A-Za-z_][\\w]*)", Pattern.DOTALL);
    private static final Pattern DATA = Pattern.compile(
            "(?<c>#[^\\n]*)|(?<s>\"(?:\\\\.|[^\"\\\\\\n])*\"|'[^'\\n]*')|(?<m>-?\\b\\d+(?:\\.\\d+)?\\b)|(?<w>true|false|null)",
            Pattern.DOTALL);

    private record Lexer(Pattern pattern, Set<String> keywords, boolean caseInsensitive) {
    }

    private static final Map<String, Lexer> LEXERS = Map.ofEntries(
            Map.entry("c-like", new Lexer(C_LIKE, C_LIKE_KEYWORDS, false)),
            Map.entry("script", new Lexer(SCRIPT, SCRIPT_KEYWORDS, false)),
            Map.entry("sql", new Lexer(SQL, SQL_KEYWORDS, true)),
            Map.entry("data", new Lexer(DATA, Set.of("true", "false", "null"), false)));

    private CodeHighlighter() {
    }

    /** The code as HTML: escaped, with spans for the tokens of the language; unknown languages are only escaped. */
    public static String highlight(String code, String language) {
        Lexer lexer = LEXERS.get(family(language.toLowerCase(Locale.ROOT)));
        if (lexer == null) {
            return escape(code);
        }
        StringBuilder out = new StringBuilder(code.length() + code.length() / 4);
        Matcher m = lexer.pattern().matcher(code);
        int last = 0;
        while (m.find()) {
            out.append(escape(code.substring(last, m.start())));
            String kind = m.group("c") != null ? "c" : m.group("s") != null ? "s" : m.group("m") != null ? "m" : null;
            String token = m.group();
            if (kind == null) {
                String word = lexer.caseInsensitive() ? token.toLowerCase(Locale.ROOT) : token;
                kind = lexer.keywords().contains(word) ? "k" : null;
            }
            if (kind == null) {
                out.append(escape(token));
            } else {
                out.append("<span class=\"").append(kind).append("\">").append(escape(token)).append("</span>");
            }
            last = m.end();
        }
        return out.append(escape(code.substring(last))).toString();
    }

    private static String family(String language) {
        return switch (language) {
            case "java", "js", "javascript", "ts", "typescript", "c", "cpp", "c++", "h", "go", "golang", "rust", "rs",
                 "kotlin", "kt", "scala", "swift", "csharp", "cs", "groovy", "dart", "php", "jsx", "tsx" -> "c-like";
            case "python", "py", "ruby", "rb", "sh", "bash", "shell", "zsh", "console", "shell-session", "perl", "r",
                 "powershell", "dockerfile", "makefile", "toml", "ini" -> "script";
            case "sql", "mysql", "postgresql", "psql", "sqlite" -> "sql";
            case "yaml", "yml", "json" -> "data";
            default -> "";
        };
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
