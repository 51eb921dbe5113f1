package io.github.blogpublish.template;

import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * Parsed templates lent to one render at a time: a Liqp parse is not safe for two threads, and parsing one again is
 * slow (ANTLR), so each render takes a parse no other render holds, made by any thread before it, and gives it back.
 * A thread-local parse was lost with its thread, and a thread pool adds threads as it likes: {@code blog:serve}'s
 * rebuild of an edit, tens of milliseconds, often parsed the layouts and includes again on a thread the pool had
 * just added.
 *
 * @param <K> what names a template (a layout's or an include's name)
 * @param <V> its parse
 */
final class LentParses<K, V> {

    private final ConcurrentHashMap<K, Queue<V>> free = new ConcurrentHashMap<>();
    private final Function<K, V> parse;

    /** @param parse parses the template of a name, when every parse made so far is lent */
    LentParses(Function<K, V> parse) {
        this.parse = parse;
    }

    /** A parse of the template of this name that no other render holds; to be given back. */
    V take(K name) {
        V parsed = free.computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>()).poll();
        return parsed != null ? parsed : parse.apply(name);
    }

    /** Gives back a parse {@link #take} lent, for the next render. */
    void giveBack(K name, V parsed) {
        free.get(name).offer(parsed);
    }
}
