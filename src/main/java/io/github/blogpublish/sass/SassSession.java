package io.github.blogpublish.sass;

import com.sass_lang.embedded_protocol.InboundMessage.CompileRequest;
import com.sass_lang.embedded_protocol.LogEventType;
import com.sass_lang.embedded_protocol.OutboundMessage.CompileResponse.CompileFailure;
import com.sass_lang.embedded_protocol.OutputStyle;
import com.sass_lang.embedded_protocol.SourceSpan;
import com.sass_lang.embedded_protocol.Syntax;
import de.larsgrefer.sass.embedded.CompileSuccess;
import de.larsgrefer.sass.embedded.SassCompilationFailedException;
import de.larsgrefer.sass.embedded.SassCompiler;
import de.larsgrefer.sass.embedded.connection.CompilerConnection;
import de.larsgrefer.sass.embedded.connection.ConnectionFactory;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Dart Sass process for a build, started when the first Sass file is compiled and stopped by {@link #close()}.
 * Each file is compiled as Jekyll compiles a Sass page: its body (Liquid already rendered) as a string whose URL is
 * the file, so {@code @use} and {@code @import} look beside it and then in the load paths. Dart Sass's error and
 * warnings become problems at the file and line they name; lines of the file itself count from its front matter.
 */
public final class SassSession implements AutoCloseable {

    /** Where the executable comes from, asked once, when the first Sass file is compiled. */
    @FunctionalInterface
    public interface Install {
        Path executable() throws IOException;
    }

    /**
     * A compiled file.
     *
     * @param css    the CSS
     * @param loaded every file Dart Sass read for it, the file itself included
     */
    public record Compiled(String css, List<Path> loaded) {
    }

    private final Install install;
    private Compiler compiler;
    private boolean broken;
    private String startFailure;

    public SassSession(Install install) {
        this.install = install;
    }

    /**
     * Compiles one Sass file; empty after reporting why not.
     *
     * @param file      the {@code .scss} or {@code .sass} file, named in problems
     * @param source    its body, Liquid rendered
     * @param firstLine the file's line of the body's first line
     */
    public synchronized Optional<Compiled> compile(Path file, String source, int firstLine, boolean indented,
                                                   SassOptions options, Problems problems) {
        Optional<Compiler> sass = started(file, problems);
        if (sass.isEmpty()) {
            return Optional.empty();
        }
        Compiler c = sass.get();
        c.setOutputStyle(options.compressed() ? OutputStyle.COMPRESSED : OutputStyle.EXPANDED);
        c.setLoadPaths(options.loadPaths().stream().map(Path::toFile).toList());
        c.setQuietDeps(options.quietDeps());
        c.setVerbose(options.verbose());
        c.silenced = options.silenceDeprecations();
        c.setLoggingHandler(event -> {
            if (event.getType() != LogEventType.DEBUG) {
                SourceLocation where = event.hasSpan() && event.getSpan().hasStart()
                        ? at(event.getSpan(), file, firstLine) : fromTrace(event.getStackTrace(), file, firstLine);
                report(Rule.SASS_WARNING, where, event.getMessage(), problems);
            }
        });
        CompileRequest.StringInput input = CompileRequest.StringInput.newBuilder()
                .setSource(source)
                .setUrl(file.toUri().toString())
                .setSyntax(indented ? Syntax.INDENTED : Syntax.SCSS)
                .setImporter(CompileRequest.Importer.newBuilder().setPath(file.getParent().toString()))
                .build();
        try {
            CompileSuccess done = c.compileString(input, c.getOutputStyle());
            List<Path> loaded = done.getLoadedUrls().stream().filter(url -> url.startsWith("file:"))
                    .map(url -> Path.of(URI.create(url))).toList();
            return Optional.of(new Compiled(done.getCss(), loaded));
        } catch (SassCompilationFailedException e) {
            CompileFailure failure = e.getCompileFailure();
            report(Rule.SASS_ERROR, failure.hasSpan() ? at(failure.getSpan(), file, firstLine)
                    : fromTrace(failure.getStackTrace(), file, firstLine), failure.getMessage(), problems);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            broken = true;
            problems.report(Rule.SASS_COMPILER, SourceLocation.of(file), "Dart Sass stopped: " + e.getMessage(),
                    Rule.SASS_COMPILER.fix());
            return Optional.empty();
        }
    }

    /**
     * Sass text compiled as Jekyll's {@code scssify} and {@code sassify} compile it: with the site's settings, no
     * file of its own.
     *
     * @throws IllegalArgumentException with Dart Sass's message when the text does not compile
     * @throws IllegalStateException when Dart Sass cannot be had
     */
    public synchronized String compileText(String source, boolean indented, SassOptions options) {
        Optional<Compiler> sass = started(null, new Problems());
        if (sass.isEmpty()) {
            throw new IllegalStateException("Dart Sass cannot be started" + (startFailure == null ? "" : ": " + startFailure));
        }
        Compiler c = sass.get();
        c.setOutputStyle(options.compressed() ? OutputStyle.COMPRESSED : OutputStyle.EXPANDED);
        c.setLoadPaths(options.loadPaths().stream().map(Path::toFile).toList());
        c.setLoggingHandler(event -> { });
        CompileRequest.StringInput input = CompileRequest.StringInput.newBuilder().setSource(source)
                .setSyntax(indented ? Syntax.INDENTED : Syntax.SCSS).build();
        try {
            return c.compileString(input, c.getOutputStyle()).getCss();
        } catch (SassCompilationFailedException e) {
            throw new IllegalArgumentException("Sass: " + e.getCompileFailure().getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("Dart Sass stopped: " + e.getMessage(), e);
        }
    }

    private Optional<Compiler> started(Path file, Problems problems) {
        if (compiler == null && !broken) {
            try {
                compiler = new Compiler(ConnectionFactory.ofExecutable(install.executable().toFile()));
                compiler.setEmitCharset(true);
            } catch (IOException | RuntimeException e) {
                broken = true;
                startFailure = e.getMessage();
                if (file != null) {
                    problems.report(Rule.SASS_COMPILER, SourceLocation.of(file), "Dart Sass cannot be started: "
                            + e.getMessage(), Rule.SASS_COMPILER.fix());
                }
            }
        }
        return Optional.ofNullable(compiler);
    }

    /** Where a span of Dart Sass starts: in the file itself (lines after its front matter) or in a partial. */
    private static SourceLocation at(SourceSpan span, Path file, int firstLine) {
        if (!span.hasStart()) {
            return SourceLocation.of(file);
        }
        String url = span.getUrl();
        boolean itself = url.isEmpty() || url.equals(file.toUri().toString());
        Path named = itself || !url.startsWith("file:") ? file : Path.of(URI.create(url));
        return SourceLocation.at(named, span.getStart().getLine() + (itself ? firstLine : 1),
                span.getStart().getColumn() + 1);
    }

    /** Where the first frame of a Sass stack trace ({@code /path/style.scss 2:1  root stylesheet}) points. */
    private static SourceLocation fromTrace(String trace, Path file, int firstLine) {
        Matcher frame = FRAME.matcher(trace);
        if (!frame.find()) {
            return SourceLocation.of(file);
        }
        String shown = frame.group(1);
        Path named = shown.startsWith("file:") ? Path.of(URI.create(shown)) : Path.of(shown);
        boolean itself = named.equals(file) || !named.isAbsolute();
        int line = Integer.parseInt(frame.group(2));
        return SourceLocation.at(itself ? file : named, itself ? line - 1 + firstLine : line,
                Integer.parseInt(frame.group(3)));
    }

    private static final Pattern FRAME = Pattern.compile("^(.+?) (\\d+):(\\d+)\\s", Pattern.MULTILINE);

    /**
     * Dart Sass's message: its first line as the problem's, the rest (the suggestion, the link to the deprecation)
     * as the hint.
     */
    private static void report(Rule rule, SourceLocation where, String message, Problems problems) {
        String[] lines = message.strip().split("\\R");
        String rest = java.util.Arrays.stream(lines).skip(1).map(String::strip).filter(line -> !line.isEmpty())
                .collect(java.util.stream.Collectors.joining(" "));
        problems.report(rule, where, (rule == Rule.SASS_ERROR ? "Sass: " : "Sass warning: ") + lines[0],
                rest.isEmpty() ? rule.fix() : rest);
    }

    @Override
    public synchronized void close() {
        if (compiler != null) {
            try {
                compiler.close();
            } catch (IOException ignored) {
                // the process is gone either way
            }
            compiler = null;
        }
    }

    /** The host's compiler, with the deprecations to silence, which the host does not pass on by itself. */
    private static final class Compiler extends SassCompiler {

        private List<String> silenced = List.of();

        Compiler(CompilerConnection connection) {
            super(connection);
        }

        @Override
        protected CompileRequest.Builder compileRequestBuilder() {
            return super.compileRequestBuilder().addAllSilenceDeprecation(silenced);
        }
    }
}
