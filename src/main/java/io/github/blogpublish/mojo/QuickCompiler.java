package io.github.blogpublish.mojo;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Keeps the JVM's optimising compiler (C2) out of a blog build that Maven started with the JVM's defaults, as
 * {@code -XX:TieredStopAtLevel=1} in {@code .mvn/jvm.config} would: on two cores its compiles took 15 s of CPU
 * from a 10,000-post build and made it slower, while the quick compiler's code is ready at once (see
 * {@code docs/maven.md}). It adds a compiler directive through the JVM's diagnostic commands (what
 * {@code jcmd <pid> Compiler.directives_add} does), once per JVM, and only where nothing else shares it: a
 * command-line Maven building this one project, whose JVM flags leave the compilers as the JVM chose them.
 * A persistent JVM (an IDE, a Maven daemon) or a reactor of several projects is left alone, as is a JVM that is
 * not HotSpot. {@code blog.quickCompile=false} leaves the JVM as it is.
 */
final class QuickCompiler {

    /** Every method: the optimising compiler may not compile it; the quick one then does, without profiling. */
    static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";
    /** The main class of Maven's launcher, in Maven 3 and 4 alike ({@code sun.java.command} starts with it). */
    static final String MAVEN_LAUNCHER = "org.codehaus.plexus.classworlds.launcher.Launcher";

    /** The thread that decides and adds: the first goal's, once per JVM. */
    private static final AtomicReference<Thread> STARTED = new AtomicReference<>();

    private QuickCompiler() {
    }

    /** A JVM flag as the JVM reports it: its value, and whether the JVM chose it (not the command line). */
    record Flag(String value, boolean chosenByJvm) {
    }

    /**
     * Why the directive is not added to this JVM, or empty when it is.
     *
     * @param enabled  {@code blog.quickCompile}
     * @param projects the projects of the Maven session
     * @param command  the JVM's {@code sun.java.command}
     * @param flags    a JVM flag by name, empty for one this JVM does not have
     */
    static Optional<String> refusal(boolean enabled, int projects, String command, Function<String, Optional<Flag>> flags) {
        if (!enabled) {
            return Optional.of("blog.quickCompile is false");
        }
        if (command == null || !(command.equals(MAVEN_LAUNCHER) || command.startsWith(MAVEN_LAUNCHER + " "))) {
            return Optional.of("this JVM is not a command-line Maven's, and may live on after the build");
        }
        if (projects != 1) {
            return Optional.of("the build has " + projects + " projects, which share the JVM");
        }
        Optional<Flag> tiered = flags.apply("TieredCompilation");
        Optional<Flag> stop = flags.apply("TieredStopAtLevel");
        Optional<Flag> mode = flags.apply("CompilationMode");
        Optional<Flag> jvmci = flags.apply("UseJVMCICompiler");
        if (tiered.isEmpty() || stop.isEmpty()) {
            return Optional.of("this JVM has no tiered compilers to choose from");
        }
        if (!stop.get().value().equals("4")) {
            return Optional.of("the JVM compiles up to level " + stop.get().value() + " already (TieredStopAtLevel)");
        }
        for (Optional<Flag> flag : java.util.List.of(tiered, stop, mode, jvmci)) {
            if (flag.isPresent() && !flag.get().chosenByJvm()) {
                return Optional.of("the JVM's compiler flags were set for it (.mvn/jvm.config or MAVEN_OPTS)");
            }
        }
        if (!tiered.get().value().equals("true") || mode.isPresent() && !mode.get().value().equals("default")
                || jvmci.isPresent() && jvmci.get().value().equals("true")) {
            return Optional.of("the JVM does not run both of its compilers");
        }
        return Optional.empty();
    }

    /**
     * Adds the directive on a thread of its own (the JVM's management classes take a fifth of a second to load),
     * at most once per JVM; says at debug level what it did or why not.
     *
     * @param folder where the directive's file is written for the JVM to read, and deleted at once
     */
    static void start(boolean enabled, int projects, Path folder, Consumer<String> debug) {
        if (STARTED.get() != null) {
            return; // a goal before this one in the same JVM began it
        }
        Thread thread = new Thread(() -> {
            Optional<String> refused = refusal(enabled, projects, System.getProperty("sun.java.command"), QuickCompiler::flag);
            if (refused.isPresent()) {
                debug.accept("The JVM's compilers are left as they are: " + refused.get());
                return;
            }
            try {
                add(folder);
                debug.accept("The JVM compiles the rest of this build with its quick compiler only, as "
                        + "-XX:TieredStopAtLevel=1 does (blog.quickCompile=false leaves it as it is)");
            } catch (IOException | javax.management.JMException | RuntimeException | LinkageError e) {
                debug.accept("The JVM's compilers are left as they are: " + e);
            }
        }, "blog-quick-compiler");
        thread.setDaemon(true);
        if (STARTED.compareAndSet(null, thread)) {
            thread.start();
        }
    }

    /** Waits, at most {@code millis}, until the thread {@link #start} began has added the directive or given up. */
    static void awaitStarted(long millis) {
        Thread thread = STARTED.get();
        if (thread != null) {
            try {
                thread.join(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Optional<Flag> flag(String name) {
        try {
            com.sun.management.HotSpotDiagnosticMXBean hotspot =
                    ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            if (hotspot == null) {
                return Optional.empty();
            }
            com.sun.management.VMOption option = hotspot.getVMOption(name);
            boolean byJvm = option.getOrigin() == com.sun.management.VMOption.Origin.DEFAULT
                    || option.getOrigin() == com.sun.management.VMOption.Origin.ERGONOMIC;
            return Optional.of(new Flag(option.getValue(), byJvm));
        } catch (IllegalArgumentException | LinkageError unknown) {
            return Optional.empty();
        }
    }

    private static void add(Path folder) throws IOException, javax.management.JMException {
        Files.createDirectories(folder);
        Path file = Files.createTempFile(folder, "blog-compiler-", ".json");
        try {
            Files.writeString(file, DIRECTIVE, StandardCharsets.UTF_8);
            Object said = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            if (!String.valueOf(said).contains("1 compiler directives added")) {
                throw new IllegalStateException("the JVM did not take the directive: " + said);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
