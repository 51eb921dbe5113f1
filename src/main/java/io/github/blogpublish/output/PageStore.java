package io.github.blogpublish.output;

import java.nio.file.Path;

/** Pages of earlier builds by a key of everything they depend on, and the place to keep the ones made now. */
public interface PageStore {

    /**
     * The page made before under this key, as the output at {@code path}: its bytes, or, when the site folder
     * still holds it as written, a {@linkplain OutputFile#kept kept} page; null when there is none.
     */
    OutputFile find(String key, String path, Path origin);

    /** Keeps a page made now under its key, for the next build. */
    void keep(String key, byte[] page);
}
