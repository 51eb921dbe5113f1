package io.github.blogpublish.publish;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OutputTimestampTest {

    @Test
    void readsMavensForms() {
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), OutputTimestamp.parse("2026-01-01T00:00:00Z"));
        assertEquals(Instant.parse("2026-01-01T00:00:00Z"), OutputTimestamp.parse("2026-01-01T09:00:00+09:00"));
        assertEquals(Instant.ofEpochSecond(1700000000), OutputTimestamp.parse("1700000000"));
    }

    @Test
    void unsetOrDisabledStaysReproducible() {
        assertEquals(OutputTimestamp.DEFAULT, OutputTimestamp.parse(null));
        assertEquals(OutputTimestamp.DEFAULT, OutputTimestamp.parse("a"));
        assertEquals(OutputTimestamp.DEFAULT, OutputTimestamp.parse("1970-01-01T00:00:00Z"));
    }

    @Test
    void anythingElseIsExplained() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OutputTimestamp.parse("yesterday"));
        assertEquals("project.build.outputTimestamp is \"yesterday\"; write an ISO 8601 time such as "
                + "2026-01-01T00:00:00Z, or seconds since 1970", e.getMessage());
    }
}
