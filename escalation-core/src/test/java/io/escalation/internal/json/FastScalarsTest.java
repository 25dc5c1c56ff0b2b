package io.escalation.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written instant and local-time readers accept exactly what the java.time readings
 * (parse, then compare with the writer's form) accept, with the same value: checked on canonical
 * texts across years 0 to 9999 at every fraction precision, and on as many single-character
 * mutations of them.
 */
class FastScalarsTest {

    private static final String ALPHABET = "0123456789-:.TZz+ \u0660x";
    private static final Pattern LOCAL_TIME = Pattern.compile("\\d\\d:\\d\\d(:\\d\\d)?");

    private static Instant reference(String text) {
        try {
            Instant value = Instant.parse(text);
            return value.toString().equals(text) ? value : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Instant fast(String text) {
        StrictScalars.Canonical<Instant> reader = StrictScalars.instants();
        try {
            Instant value = StrictScalars.parseInstant(text);
            return value != null && reader.canonical(value, text) ? value : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String mutate(String text, Random random) {
        StringBuilder b = new StringBuilder(text);
        int at = random.nextInt(b.length() + 1);
        char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        switch (random.nextInt(3)) {
            case 0 -> b.insert(at, c);
            case 1 -> { if (at < b.length()) { b.deleteCharAt(at); } }
            default -> { if (at < b.length()) { b.setCharAt(at, c); } }
        }
        return b.toString();
    }

    @Test
    void instantsAgreeWithJavaTime() {
        Random random = new Random(20261201L);
        long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        int accepted = 0;
        for (int i = 0; i < 200_000; i++) {
            long seconds = min + (long) (random.nextDouble() * (max - min));
            int nanos = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            String text = Instant.ofEpochSecond(seconds, nanos).toString();
            if (random.nextBoolean()) {
                text = mutate(text, random);
            }
            Instant expected = reference(text);
            assertEquals(expected, fast(text), text);
            if (expected != null) {
                accepted++;
            }
        }
        assertTrue(accepted > 100_000, "most canonical texts are accepted: " + accepted);
        for (String edge : new String[] {"2026-02-29T00:00:00Z", "2024-02-29T00:00:00Z", "2026-01-01T24:00:00Z",
                "2026-12-31T23:59:60Z", "2026-01-01T00:00:00.000Z", "2026-01-01T00:00:00.5Z",
                "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "2026-01-01T00:00Z", " 2026-01-01T00:00:00Z",
                "2026-01-01T00:00:00z", "2026-01-01T00:00:00+00:00", "2026-01-01T00:00:00.100000Z"}) {
            assertEquals(reference(edge), fast(edge), edge);
        }
        assertNull(fast("2026-02-29T00:00:00Z"));
    }

    @Test
    void localTimesAgreeWithThePattern() {
        Random random = new Random(7L);
        for (int i = 0; i < 50_000; i++) {
            LocalTime time = LocalTime.ofSecondOfDay(random.nextInt(86_400));
            String text = random.nextBoolean() ? time.toString() : mutate(time.toString(), random);
            assertEquals(LOCAL_TIME.matcher(text).matches(), StrictScalars.localTimeShape(text), text);
        }
    }
}
