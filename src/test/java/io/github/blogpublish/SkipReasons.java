package io.github.blogpublish;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints one line for every skipped test, with its reason, into the test run's output: Surefire's summary only
 * counts skips, and a skip whose reason nobody reads is a silent pass. Registered through
 * {@code META-INF/services}, so it runs in every test run.
 */
public final class SkipReasons implements TestExecutionListener {

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        print(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            print(test, result.getThrowable().map(Throwable::getMessage).orElse("no reason given"));
        }
    }

    private static void print(TestIdentifier test, String reason) {
        String name = test.getSource()
                .filter(MethodSource.class::isInstance)
                .map(MethodSource.class::cast)
                .map(m -> m.getClassName().substring(m.getClassName().lastIndexOf('.') + 1) + "." + m.getMethodName())
                .orElse(test.getDisplayName());
        System.out.println("[SKIPPED] " + name + ": " + reason.replaceFirst("^Assumption failed: ", ""));
    }
}
