package io.github.blogpublish.template;

import liqp.RenderTransformer;
import liqp.TemplateContext;

import java.util.ArrayList;
import java.util.List;

/**
 * How Liqp joins what a block renders: its pieces are kept and joined once, at their total length, where Liqp's
 * own way appends them to a builder that starts at 16 characters and doubles, then copies the result again
 * (a page of 20,000 characters was copied three or four times in each block that holds it). The same text, the
 * same limit on its length, checked at every piece.
 */
final class JoinedOutput implements RenderTransformer {

    static final JoinedOutput INSTANCE = new JoinedOutput();

    private JoinedOutput() {
    }

    @Override
    public ObjectAppender.Controller newObjectAppender(TemplateContext context, int estimatedNumberOfAppends) {
        return new Pieces(context.getParser().getLimitMaxSizeRenderedString(), estimatedNumberOfAppends);
    }

    @Override
    public Object transformObject(TemplateContext context, Object object) {
        return String.valueOf(object);
    }

    private static final class Pieces implements ObjectAppender.Controller {
        private final int limit;
        private final List<String> pieces;
        private long length;

        Pieces(int limit, int expected) {
            this.limit = limit;
            this.pieces = new ArrayList<>(Math.max(1, Math.min(expected, 64)));
        }

        @Override
        public void append(Object value) {
            String piece = String.valueOf(value);
            pieces.add(piece);
            length += piece.length();
            if (length > limit) {
                throw new RuntimeException("rendered string exceeds " + limit); // Liqp's words, which the hint knows
            }
        }

        @Override
        public Object getResult() {
            return pieces.size() == 1 ? pieces.get(0) : String.join("", pieces);
        }
    }
}
