package io.github.blogpublish.template;

import io.github.blogpublish.model.RenderedPost;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A post as an item of {@code site.posts}: its data in order, with {@code content} and {@code excerpt} taken from
 * the rendered post only when read (a get, or an entry's value). Unmodifiable, but for {@link #text}: the
 * preview's rebuild of an edited body gives the item its new text in place, as every list of the site holds it.
 */
final class PostItem extends AbstractMap<String, Object> {

    /** Stand-ins in the data for the two texts. */
    static final Object CONTENT = new Object();
    static final Object EXCERPT = new Object();

    private final Map<String, Object> data;
    private volatile RenderedPost rendered;

    PostItem(Map<String, Object> data, RenderedPost rendered) {
        this.data = data;
        this.rendered = rendered;
    }

    private Object resolve(Object value) {
        if (value != CONTENT && value != EXCERPT) {
            return value;
        }
        RenderedPost post = rendered;
        ContentReads.read(post);
        return value == CONTENT ? post.content() : post.excerpt();
    }

    /** Gives the item the text of the same post rendered again. */
    void text(RenderedPost post) {
        if (!post.post().relativePath().equals(rendered.post().relativePath())) {
            throw new IllegalArgumentException(post.post().relativePath() + " is not " + rendered.post().relativePath());
        }
        rendered = post;
    }

    @Override
    public Object get(Object key) {
        return resolve(data.get(key));
    }

    @Override
    public boolean containsKey(Object key) {
        return data.containsKey(key);
    }

    @Override
    public int size() {
        return data.size();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                Iterator<Entry<String, Object>> entries = data.entrySet().iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return entries.hasNext();
                    }

                    @Override
                    public Entry<String, Object> next() {
                        Entry<String, Object> entry = entries.next();
                        return new Entry<>() {
                            @Override
                            public String getKey() {
                                return entry.getKey();
                            }

                            @Override
                            public Object getValue() {
                                return resolve(entry.getValue());
                            }

                            @Override
                            public Object setValue(Object value) {
                                throw new UnsupportedOperationException("unmodifiable");
                            }

                            @Override
                            public boolean equals(Object other) {
                                return other instanceof Entry<?, ?> e && java.util.Objects.equals(getKey(), e.getKey())
                                        && java.util.Objects.equals(getValue(), e.getValue());
                            }

                            @Override
                            public int hashCode() {
                                return java.util.Objects.hashCode(getKey()) ^ java.util.Objects.hashCode(getValue());
                            }

                            @Override
                            public String toString() {
                                return getKey() + "=" + getValue();
                            }
                        };
                    }
                };
            }

            @Override
            public int size() {
                return data.size();
            }
        };
    }
}
