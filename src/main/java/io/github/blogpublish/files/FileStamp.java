package io.github.blogpublish.files;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * A file as a build found it: its size, its modification time in nanoseconds and its identity (device and inode
 * where the file system has them). A later build that finds the same stamp takes the file for the same bytes, as
 * Git and make do; an edit, a rewrite by rename, or a copy changes it.
 *
 * @param size     bytes
 * @param modified modification time, nanoseconds since the epoch
 * @param fileKey  the file system's key of the file, as text ({@code "null"} when it has none)
 */
public record FileStamp(long size, long modified, String fileKey) {

    public static FileStamp of(BasicFileAttributes file) {
        return new FileStamp(file.size(), file.lastModifiedTime().to(TimeUnit.NANOSECONDS), String.valueOf(file.fileKey()));
    }

    /** A file's attributes, of the link itself when it is one. */
    public static BasicFileAttributes attributes(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    /** A file's attributes, of the link itself when it is one; null when there is no such file. */
    public static BasicFileAttributes attributesOrNull(Path file) {
        try {
            return attributes(file);
        } catch (IOException none) {
            return null;
        }
    }

    /** Whether {@code now} is a regular file with this very stamp. */
    public boolean matches(BasicFileAttributes now) {
        return now != null && now.isRegularFile() && equals(of(now));
    }

    public void write(DataOutput out) throws IOException {
        out.writeLong(size);
        out.writeLong(modified);
        out.writeUTF(fileKey);
    }

    public static FileStamp read(DataInput in) throws IOException {
        return new FileStamp(in.readLong(), in.readLong(), in.readUTF());
    }
}
