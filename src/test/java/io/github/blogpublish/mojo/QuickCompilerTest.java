package io.github.blogpublish.mojo;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** When the plugin keeps the optimising compiler out of Maven's JVM, and what it says when it does not. */
class QuickCompilerTest {

    private static final String MAVEN = QuickCompiler.MAVEN_LAUNCHER + " -B site-publish";

    /** The flags of a JVM left as it chose them: both compilers, up to level 4. */
    private static Map<String, QuickCompiler.Flag> defaults() {
        Map<String, QuickCompiler.Flag> flags = new HashMap<>();
        flags.put("TieredCompilation", new QuickCompiler.Flag("true", true));
        flags.put("TieredStopAtLevel", new QuickCompiler.Flag("4", true));
        flags.put("CompilationMode", new QuickCompiler.Flag("default", true));
        flags.put("UseJVMCICompiler", new QuickCompiler.Flag("false", true));
        return flags;
    }

    private static Function<String, Optional<QuickCompiler.Flag>> of(Map<String, QuickCompiler.Flag> flags) {
        return name -> Optional.ofNullable(flags.get(name));
    }

    private static String why(boolean enabled, int projects, String command, Map<String, QuickCompiler.Flag> flags) {
        return QuickCompiler.refusal(enabled, projects, command, of(flags)).orElse("applies");
    }

    @Test
    void appliesToCommandLineMavenWithTheJvmsDefaults() {
        assertEquals("applies", why(true, 1, MAVEN, defaults()));
        assertEquals("applies", why(true, 1, QuickCompiler.MAVEN_LAUNCHER, defaults()));
        // JVM 17 without the flags of later JVMs
        Map<String, QuickCompiler.Flag> older = defaults();
        older.remove("CompilationMode");
        older.remove("UseJVMCICompiler");
        assertEquals("applies", why(true, 1, MAVEN, older));
    }

    @Test
    void theUserCanTurnItOff() {
        assertEquals("blog.quickCompile is false", why(false, 1, MAVEN, defaults()));
    }

    @Test
    void leavesJvmsThatLiveOnOrServeOthersAlone() {
        String notMaven = "this JVM is not a command-line Maven's, and may live on after the build";
        assertEquals(notMaven, why(true, 1, "org.apache.maven.surefire.booter.ForkedBooter 1 2", defaults()));
        assertEquals(notMaven, why(true, 1, "org.mvndaemon.mvnd.daemon.DaemonMain", defaults()));
        assertEquals(notMaven, why(true, 1, QuickCompiler.MAVEN_LAUNCHER + "Extended", defaults()));
        assertEquals(notMaven, why(true, 1, null, defaults()));
        assertEquals("the build has 3 projects, which share the JVM", why(true, 3, MAVEN, defaults()));
    }

    @Test
    void leavesCompilerFlagsTheUserSetAlone() {
        assertEquals("the JVM compiles up to level 1 already (TieredStopAtLevel)",
                why(true, 1, MAVEN, defaultsBut("TieredStopAtLevel", "1", false)));
        String set = "the JVM's compiler flags were set for it (.mvn/jvm.config or MAVEN_OPTS)";
        assertEquals(set, why(true, 1, MAVEN, defaultsBut("TieredStopAtLevel", "4", false)));
        assertEquals(set, why(true, 1, MAVEN, defaultsBut("TieredCompilation", "false", false)));
        assertEquals(set, why(true, 1, MAVEN, defaultsBut("UseJVMCICompiler", "true", false)));
    }

    @Test
    void leavesJvmsWithoutBothCompilersAlone() {
        String notBoth = "the JVM does not run both of its compilers";
        assertEquals(notBoth, why(true, 1, MAVEN, defaultsBut("TieredCompilation", "false", true)));
        assertEquals(notBoth, why(true, 1, MAVEN, defaultsBut("CompilationMode", "high-only", true)));
        assertEquals("this JVM has no tiered compilers to choose from", why(true, 1, MAVEN, Map.of()));
    }

    /** The defaults with one flag changed, by the JVM itself or by the command line. */
    private static Map<String, QuickCompiler.Flag> defaultsBut(String name, String value, boolean chosenByJvm) {
        Map<String, QuickCompiler.Flag> flags = defaults();
        flags.put(name, new QuickCompiler.Flag(value, chosenByJvm));
        return flags;
    }
}
