/**
 * Machine-readable problem reports in {@code target/blog-reports/}: JSON, JUnit XML (a test case per file and
 * rule: CI servers show each bad post and check as a failed test) and SARIF 2.1.0 (each result with its
 * {@code ruleId}, every rule in the tool's {@code rules} table; code-scanning tools annotate the offending line).
 *
 * <p>May import: {@code problem}. Jackson (JSON) and the JDK's StAX (XML) are used here.
 */
package io.github.blogpublish.report;
