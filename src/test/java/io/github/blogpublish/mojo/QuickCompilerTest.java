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
        Map<String, QuickCompiler.Flag> quick = defaults();
        quick.put("TieredStopAtLevel", new QuickCompiler.Flag("1", false));
        assertEquals("the JVM compiles up to level 1 already (TieredStopAtLevel)", why(true, 1, MAVEN, quick));
        String set = "the JVM's compiler flags were set for it (.mvn/jvm.config or MAVEN_OPTS)";
        Map<String, QuickCompiler.Flag> explicit = defaults();
        explicit.put("TieredStopAtLevel", new QuickCompiler.Flag("4", false));
        assertEquals(set, why(true, 1, MAVEN, explicit));
        Map<String, QuickCompiler.Flag> optimisingOnly = defaults();
        optimisingOnly.put("TieredCompilation", new QuickCompiler.Flag("false", false));
        assertEquals(set, why(true, 1, MAVEN, optimisingOnly));
        Map<String, QuickCompiler.Flag> graal = defaults();
        graal.put("UseJVMCICompiler", new QuickCompiler.Flag("true", false));
        assertEquals(set, why(true, 1, MAVEN, graal));
    }

    @Test
    void leavesJvmsWithoutBothCompilersAlone() {
        String notBoth = "the JVM does not run both of its compilers";
        Map<String, QuickCompiler.Flag> single = defaults();
        single.put("TieredCompilation", new QuickCompiler.Flag("false", true));
        assertEquals(notBoth, why(true, 1, MAVEN, single));
        Map<String, QuickCompiler.Flag> highOnly = defaults();
        highOnly.put("CompilationMode", new QuickCompiler.Flag("high-only", true));
        assertEquals(notBoth, why(true, 1, MAVEN, highOnly));
        assertEquals("this JVM has no tiered compilers to choose from", why(true, 1, MAVEN, Map.of()));
    }
}
