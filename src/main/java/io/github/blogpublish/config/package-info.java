/**
 * The settings of one build: {@link io.github.blogpublish.config.SiteConfig}, made from POM parameters
 * and {@code _config.yml}, immutable and shared by every stage. JDK types only.
 *
 * <p>May import: {@code problem}.
 */
package io.github.blogpublish.config;
