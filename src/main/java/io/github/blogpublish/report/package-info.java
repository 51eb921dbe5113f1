/**
 * Machine-readable problem reports in {@code target/blog-reports/}: JSON, JUnit XML (CI servers show each
 * bad post as a failed test case) and SARIF 2.1.0 (code-scanning tools annotate the offending line).
 *
 * <p>May import: {@code problem}. Jackson (JSON) and the JDK's StAX (XML) are used here.
 */
package io.github.blogpublish.report;
