package io.github.blogpublish.build;

import java.util.function.Supplier;

/**
 * A value a stage may not need, made when first asked: the post checker (whose JSON Schema start-up is slow) on a
 * re-run that reads no post, or what Liquid in a body sees (10,000 maps) when no body has Liquid.
 */
final class Lazy {

    private Lazy() {
    }

    /** What {@code make} gives, made once, by the first thread that asks. */
    static <T> Supplier<T> of(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }
}
