package io.github.blogpublish.build;

import io.github.blogpublish.model.StyleSheet;
import io.github.blogpublish.output.OutputFile;
import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.sass.SassOptions;
import io.github.blogpublish.sass.SassSession;
import io.github.blogpublish.template.Hashes;
import io.github.blogpublish.template.LayoutEngine;
import io.github.blogpublish.template.SiteModel;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Sass stage, as Jekyll converts a Sass page: the body's Liquid rendered with {@code site} and {@code page},
 * then compiled by Dart Sass with the {@code sass:} settings, written as CSS at the file's path. A file compiled
 * before is not compiled again while its rendered text, the settings and every file Dart Sass read for it are
 * the same (kept beside the page fragments, so across builds too).
 */
final class StyleStage {

    private StyleStage() {
    }

    static List<OutputFile> render(ValidatedSite site, LayoutEngine engine, SiteModel model, SassSession sass,
                                   Map<String, byte[]> kept, Problems problems) {
        if (site.styles().isEmpty()) {
            return List.of();
        }
        SassOptions options = options(site, problems);
        List<OutputFile> files = new ArrayList<>();
        for (StyleSheet style : site.styles()) {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("path", style.relativePath());
            page.put("url", style.url());
            page.put("name", style.source().getFileName().toString());
            Optional<String> body = engine.renderBody(style.source(), style.body(), style.bodyLine(), page, model,
                    problems);
            if (body.isEmpty()) {
                continue;
            }
            String key = Hashes.sha256("sass", style.relativePath(), style.source().toString(), body.get(),
                    options.toString());
            Optional<String> css = kept == null ? Optional.empty() : reuse(kept.get(key));
            if (css.isEmpty()) {
                css = sass.compile(style.source(), body.get(), style.bodyLine(), style.indented(), options, problems)
                        .map(compiled -> {
                            if (kept != null) {
                                kept.put(key, entry(compiled));
                            }
                            return compiled.css();
                        });
            }
            css.ifPresent(text -> files.add(new OutputFile(style.outputPath(),
                    (text + "\n").getBytes(StandardCharsets.UTF_8), style.source())));
        }
        return files;
    }

    /** The {@code sass:} settings of the site, with its themes' Sass folders. */
    static SassOptions options(ValidatedSite site, Problems problems) {
        return SassOptions.of(site.config().custom().get("sass"), site.config().sourceDirectory(),
                site.config().themes(), site.config().sourceDirectory().resolve("_config.yml"), problems);
    }

    /** What is kept of a compiled file: each file read with its checksum, a blank line, the CSS. */
    private static byte[] entry(SassSession.Compiled compiled) {
        StringBuilder entry = new StringBuilder();
        for (Path file : compiled.loaded()) {
            entry.append(checksum(file).orElse("-")).append(' ').append(file.toUri()).append('\n');
        }
        return entry.append('\n').append(compiled.css()).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The kept CSS when every file it was made from is as it was then. */
    private static Optional<String> reuse(byte[] entry) {
        if (entry == null) {
            return Optional.empty();
        }
        String text = new String(entry, StandardCharsets.UTF_8);
        int at = 0;
        while (at < text.length() && text.charAt(at) != '\n') {
            int end = text.indexOf('\n', at);
            int space = text.indexOf(' ', at);
            if (end < 0 || space < 0 || space > end) {
                return Optional.empty();
            }
            Optional<String> now = checksum(Path.of(URI.create(text.substring(space + 1, end))));
            if (now.isEmpty() || !now.get().equals(text.substring(at, space))) {
                return Optional.empty();
            }
            at = end + 1;
        }
        return at < text.length() ? Optional.of(text.substring(at + 1)) : Optional.empty();
    }

    private static Optional<String> checksum(Path file) {
        try {
            return Optional.of(Hashes.checksum(Files.readAllBytes(file)));
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }
}
