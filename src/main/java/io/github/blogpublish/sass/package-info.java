/**
 * Sass and SCSS, compiled as Jekyll's {@code jekyll-sass-converter} does with Dart Sass, the reference compiler:
 * the {@code sass:} settings of {@code _config.yml} ({@link io.github.blogpublish.sass.SassOptions}), one Dart Sass
 * process per build ({@link io.github.blogpublish.sass.SassSession}) and where its executable comes from
 * ({@link io.github.blogpublish.sass.DartSassInstall}). The only package that uses the Sass host library; its errors
 * and warnings become problems at the {@code .scss} file and line.
 */
package io.github.blogpublish.sass;
