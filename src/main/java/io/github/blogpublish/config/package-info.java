/**
 * The settings of one build: {@link io.github.blogpublish.config.SiteConfig}, made from POM parameters
 * and {@code _config.yml}, immutable and shared by every stage; with where each rule's level comes from
 * ({@code RuleSettings}: profile, shorthands, {@code blog_rules}, {@code <rules>}, {@code -Dblog.rules}) and the
 * {@code defaults} that apply to a file ({@code FrontMatterDefaults}).
 *
 * <p>May import: {@code problem}.
 */
package io.github.blogpublish.config;
