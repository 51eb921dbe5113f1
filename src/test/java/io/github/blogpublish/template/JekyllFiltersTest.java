package io.github.blogpublish.template;

import liqp.TemplateParser;
import liqp.filters.Filters;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JekyllFiltersTest {

    /** Our one-pass normalize_whitespace gives what Liqp's regular expression gave, on odd text of every kind. */
    @Test
    void normalizeWhitespaceMatchesLiqps() {
        liqp.filters.Filter liqp = Filters.JEKYLL_FILTERS.get("normalize_whitespace");
        liqp.TemplateContext context = new liqp.TemplateContext(new TemplateParser.Builder().build(), new java.util.HashMap<>());
        String[] pieces = {" ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "\u2003", "\u0001", "a", "한", "b c", ""};
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(liqp.apply(text.toString(), context), JekyllFilters.normalizeWhitespace(text.toString()),
                    text.toString().replace("\n", "\\n"));
        }
        assertEquals(liqp.apply(null, context), JekyllFilters.normalizeWhitespace(null));
        assertEquals(liqp.apply(42, context), JekyllFilters.normalizeWhitespace(42));
    }
}
