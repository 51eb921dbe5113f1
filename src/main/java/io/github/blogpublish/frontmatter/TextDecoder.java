package io.github.blogpublish.frontmatter;

import io.github.blogpublish.problem.Problems;
import io.github.blogpublish.problem.Rule;
import io.github.blogpublish.problem.SourceLocation;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decodes a source file strictly: UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order
 * mark. Anything else, and any NUL byte, is an error at the line of the first bad byte, because a wrong
 * guess would publish garbled text. Line ends become {@code \n}.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    /** The decoded text, or empty after reporting why the bytes are not text we accept. */
    public static Optional<String> decode(Path file, byte[] bytes, Problems problems) {
        String text;
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            Optional<String> utf16 = strict(bytes, StandardCharsets.UTF_16);
            if (utf16.isEmpty()) {
                problems.report(Rule.TEXT_ENCODING, SourceLocation.of(file),
                        "the file starts with a UTF-16 byte-order mark but is not valid UTF-16",
                        "save the file as UTF-8");
                return Optional.empty();
            }
            text = utf16.get();
        } else {
            int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
            Optional<String> utf8 = utf8(bytes, start);
            if (utf8.isEmpty()) {
                int bad = firstInvalidUtf8(bytes, start);
                problems.report(Rule.TEXT_ENCODING, SourceLocation.at(file, lineOf(bytes, bad), columnOf(bytes, bad, start)),
                        String.format("the file is not valid UTF-8 (byte 0x%02X at offset %d)", bytes[bad] & 0xff, bad),
                        "save the file as UTF-8; text from Windows editors is often Windows-1252");
                return Optional.empty();
            }
            text = utf8.get();
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            problems.report(Rule.NUL_CHARACTER, SourceLocation.at(file, lineOfChar(text, nul), nul - text.lastIndexOf('\n', nul)),
                    "the file contains a NUL byte",
                    "this looks like a binary file; posts must be UTF-8 text");
            return Optional.empty();
        }
        return Optional.of(text.replace("\r\n", "\n"));
    }

    private static Optional<String> strict(byte[] bytes, java.nio.charset.Charset charset) {
        try {
            return Optional.of(decoder(charset).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * UTF-8 from {@code start}, or empty if any byte is not. The JDK's fast decoder replaces a bad sequence with
     * U+FFFD: without one in its result the bytes were valid; with one (bad bytes, or a U+FFFD written in the
     * file) the strict decoder decides.
     */
    private static Optional<String> utf8(byte[] bytes, int start) {
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? Optional.of(text) : strict(ByteBuffer.wrap(bytes, start, bytes.length - start));
    }

    private static Optional<String> strict(ByteBuffer bytes) {
        try {
            CharBuffer chars = decoder(StandardCharsets.UTF_8).decode(bytes);
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static CharsetDecoder decoder(java.nio.charset.Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence. */
    static int firstInvalidUtf8(byte[] bytes, int from) {
        int i = from;
        while (i < bytes.length) {
            int length = sequenceLength(bytes, i);
            if (length == 0) {
                return i;
            }
            i += length;
        }
        return bytes.length - 1;
    }

    private static int sequenceLength(byte[] b, int i) {
        int c = b[i] & 0xff;
        if (c < 0x80) {
            return 1;
        }
        int length = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
        if (length == 0 || i + length > b.length) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        // Reject overlong forms, surrogates and code points above U+10FFFF, as the JDK decoder does.
        int c1 = b[i + 1] & 0xff;
        if (c == 0xE0 && c1 < 0xA0 || c == 0xED && c1 > 0x9F || c == 0xF0 && c1 < 0x90 || c == 0xF4 && c1 > 0x8F) {
            return 0;
        }
        return length;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The 1-based column, in characters, of the byte at {@code offset}. */
    private static int columnOf(byte[] bytes, int offset, int textStart) {
        int lineStart = textStart;
        for (int i = textStart; i < offset; i++) {
            if (bytes[i] == '\n') {
                lineStart = i + 1;
            }
        }
        int column = 1;
        for (int i = lineStart; i < offset; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return column;
    }

    private static int lineOfChar(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
