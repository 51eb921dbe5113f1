package io.github.blogpublish.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What one HTML page holds for the link check: the ids of its elements and its internal links (unescaped,
 * external ones left out), in the order written. Kept by the page's checksum, so an unchanged page is not read
 * again. A scan the cache file held stays in its saved form until asked for: each build's digest of the site takes
 * every page's ids as saved ({@link #idBytes}), their texts only for a link to the page, and the links only of pages
 * not known to be sound (a one-post re-run: a handful of 11,025); a scan never asked for is saved again as it was
 * read.
 */
public final class LinkScan {

    /** The saved form: the ids' part's length, the ids, then the links; null for a scan made from a page. */
    private final byte[] saved;
    private volatile Set<String> ids;
    private volatile List<String> links;

    /**
     * @param ids   every {@code id} of the page
     * @param links every internal {@code href} and {@code src}
     */
    public LinkScan(Set<String> ids, List<String> links) {
        this.saved = null;
        this.ids = Set.copyOf(ids);
        this.links = List.copyOf(links);
    }

    private LinkScan(byte[] saved) {
        this.saved = saved;
    }

    /** Every {@code id} of the page. */
    public Set<String> ids() {
        Set<String> known = ids;
        if (known == null) {
            List<String> read = decode(4, savedInt(0) + 4);
            known = Set.copyOf(read);
            ids = known;
        }
        return known;
    }

    /** Every internal {@code href} and {@code src}, in the order written. */
    public List<String> links() {
        List<String> known = links;
        if (known == null) {
            known = List.copyOf(decode(savedInt(0) + 4, saved.length));
            links = known;
        }
        return known;
    }

    /**
     * The page's ids as their saved form holds them (their count, then each after its length, sorted): the same bytes
     * for the same ids, whether the scan was read from the cache file (then not decoded) or made from the page.
     */
    public byte[] idBytes() {
        if (saved != null) {
            return java.util.Arrays.copyOfRange(saved, 4, 4 + savedInt(0));
        }
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        try {
            return texts(sorted);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible); // written to memory
        }
    }

    /** A scan as {@link #write} saved it, or null; its texts are read when first asked for. */
    static LinkScan read(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        byte[] saved = CacheCodec.bytes(in);
        int idPart = saved.length < 4 ? -1 : savedInt(saved, 0);
        if (idPart < 0 || idPart > saved.length - 4 || !texts(saved, 4, 4 + idPart) || !texts(saved, 4 + idPart, saved.length)) {
            throw new IOException("damaged cache: a link scan that does not read");
        }
        return new LinkScan(saved);
    }

    /**
     * Whether the bytes from {@code from} to {@code to} are a count and that many texts, each after its length:
     * checked when the cache is loaded, without making the texts, so that reading them later cannot fail.
     */
    private static boolean texts(byte[] bytes, int from, int to) {
        if (to - from < 4) {
            return false;
        }
        int at = from + 4;
        for (int n = savedInt(bytes, from); n > 0; n--) {
            if (to - at < 4) {
                return false;
            }
            int length = savedInt(bytes, at);
            if (length < 0 || length > to - at - 4) {
                return false;
            }
            at += 4 + length;
        }
        return savedInt(bytes, from) >= 0 && at == to;
    }

    /** Writes a scan (null for none): as it was read when it never had to be, else its ids sorted, then its links. */
    static void write(DataOutputStream out, LinkScan scan) throws IOException {
        out.writeBoolean(scan != null);
        if (scan == null) {
            return;
        }
        byte[] bytes = scan.saved != null ? scan.saved : scan.encode();
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private byte[] encode() throws IOException {
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        byte[] idPart = texts(sorted);
        byte[] linkPart = texts(links);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4 + idPart.length + linkPart.length);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(idPart.length);
            out.write(idPart);
            out.write(linkPart);
        }
        return bytes.toByteArray();
    }

    private static byte[] texts(List<String> texts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(texts.size());
            for (String text : texts) {
                CacheCodec.string(out, text);
            }
        }
        return bytes.toByteArray();
    }

    /** The texts saved from {@code from} to {@code to}: their count, then each. */
    private List<String> decode(int from, int to) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(saved, from, to - from))) {
            List<String> texts = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                texts.add(CacheCodec.string(in));
            }
            return texts;
        } catch (IOException impossible) {
            // read() checked every count and length when the cache was loaded
            throw new UncheckedIOException(impossible);
        }
    }

    private int savedInt(int at) {
        return savedInt(saved, at);
    }

    /** The int at {@code at}, as {@link DataOutputStream#writeInt} wrote it. */
    private static int savedInt(byte[] bytes, int at) {
        return (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8 | bytes[at + 3] & 0xff;
    }
}
