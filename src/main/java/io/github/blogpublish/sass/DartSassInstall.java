package io.github.blogpublish.sass;

import de.larsgrefer.sass.embedded.util.IOUtils;
import de.larsgrefer.sass.embedded.util.PlatformUtils;
import de.larsgrefer.sass.embedded.util.PropertyUtils;
import io.github.blogpublish.files.StagedDirectory;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where Dart Sass comes from. The Java host names the version of {@code de.larsgrefer.sass:sass-embedded-bundled}
 * it was made with; that jar holds a Dart Sass for each platform as an archive, which is unpacked once into a
 * folder of the build ({@code target/blog-sass}) and started from there. The plugin does not depend on the 50 MB
 * jar: Maven resolves it when a blog has Sass ({@code mojo.SassResolver}); tests find it on their class path.
 */
public final class DartSassInstall {

    /** The artifact that carries the Dart Sass binaries. */
    public static final String BUNDLE_GROUP = "de.larsgrefer.sass";
    public static final String BUNDLE_ARTIFACT = "sass-embedded-bundled";

    private DartSassInstall() {
    }

    /** The version of the bundle the host was made with (the host's own). */
    public static String bundleVersion() {
        return PropertyUtils.getHostVersion();
    }

    /** The version of Dart Sass in that bundle. */
    public static String dartSassVersion() {
        return PropertyUtils.getDartSassVersion();
    }

    /** The bundle's archive for this platform when the bundle is on the class path (as in the tests). */
    public static Optional<URL> bundleOnClassPath() {
        return Optional.ofNullable(DartSassInstall.class.getResource("/" + archivePath()));
    }

    /** The archive for this platform inside the bundle jar at {@code jar}. */
    public static URL bundleIn(Path jar) {
        try {
            return new URL("jar:" + jar.toUri() + "!/" + archivePath());
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(jar.toString(), e);
        }
    }

    private static String archivePath() {
        return "de/larsgrefer/sass/embedded/bundled/dart-sass-" + PlatformUtils.getDartSassPackageSuffix();
    }

    /**
     * The Dart Sass executable unpacked from {@code archive} into a folder of {@code into}, named by its version and
     * platform; an earlier build's is used again. Unpacked beside and moved into place, so two builds at once do
     * not see half a folder.
     */
    public static Path unpack(URL archive, Path into) throws IOException {
        Path folder = into.resolve("dart-sass-" + dartSassVersion() + "-" + PlatformUtils.getDartSassPackageSuffix()
                .replaceAll("\\.(tar\\.gz|zip)$", ""));
        if (!Files.isDirectory(folder)) {
            Path fresh = into.resolve("unpacking-" + UUID.randomUUID());
            Files.createDirectories(fresh);
            IOUtils.extract(archive, fresh);
            try {
                Files.move(fresh, folder, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
                StagedDirectory.deleteTree(fresh); // another build put it there first
            }
        }
        try (Stream<Path> files = Files.list(folder.resolve("dart-sass"))) {
            Path executable = files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().startsWith("sass")).findFirst()
                    .orElseThrow(() -> new IOException("no Dart Sass executable in " + folder));
            executable.toFile().setExecutable(true, true);
            return executable;
        }
    }
}
