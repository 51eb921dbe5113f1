package io.github.blogpublish.template;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of text, for the keys under which rendered pages are reused between builds of one session. */
public final class Hashes {

    private Hashes() {
    }

    public static String sha256(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * SHA-256 of texts and bytes, each piece preceded by its length so that no two lists of pieces give the
     * same input. Bytes are hashed as they are: no text is encoded again.
     */
    public static String sha256(Object... pieces) {
        MessageDigest digest = digest();
        for (Object piece : pieces) {
            byte[] bytes = piece instanceof byte[] b ? b : String.valueOf(piece).getBytes(StandardCharsets.UTF_8);
            digest.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** SHA-256 of bytes, in hex. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** A SHA-256 digest to feed piece by piece. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
