/**
 * Places HTML in Liquid layouts with Liqp (Jekyll flavour): parses every layout once per build, checks
 * layout chains for missing parents and loops, and is the only package that turns {@code model} records
 * into Liquid data ({@code site}, {@code page}, {@code layout}, {@code content}).
 *
 * <p>May import: {@code model}, {@code config}, {@code problem}. Liqp is used only here.
 */
package io.github.blogpublish.template;
