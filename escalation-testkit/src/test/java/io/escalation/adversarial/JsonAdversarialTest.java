package io.escalation.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.escalation.EscalationException;
import io.escalation.json.EscalationJson;
import io.escalation.json.EscalationJsonException;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.model.Customer;
import io.escalation.model.Escalation;
import io.escalation.model.PersonName;
import io.escalation.testkit.EscalationGens;
import io.escalation.testkit.LifecycleGens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our adversarial suite for the JSON reader: at least 100,000 bad inputs per run, derived from
 * generated valid escalations and event histories (byte flips, truncation at every position,
 * duplicated and deleted keys, wrong types, numbers for strings, huge and fractional numbers,
 * invalid UTF-8, surrogates, a BOM, trailing garbage, deep nesting, 2 MiB strings). Every input
 * either reads, and then re-serialises to an equivalent document, or fails with an
 * {@link EscalationException}; none takes 2 s; no message carries the personal-data canary.
 * The seed is fixed by {@code -Descalation.seed} (the build's default) so CI runs the same inputs.
 */
class JsonAdversarialTest {

    private static final EscalationJson JSON = EscalationJson.create();
    /** A neutral reader: duplicate keys would be silently merged here, so it only compares trees. */
    private static final JsonMapper TREES = JsonMapper.builder().build();
    /** Personal data planted in every document; never in a message. */
    static final String CANARY = "カナリア CANARY-7x";
    private static final int MINIMUM_INPUTS = 100_000;

    private final Stats stats = new Stats();

    /** Counts what happened to the inputs. */
    static final class Stats {
        long inputs;
        long accepted;
        long typed;
        final Map<String, Long> byProblem = new TreeMap<>();
        final List<String> untyped = new ArrayList<>();
        final List<String> changed = new ArrayList<>();
        final List<String> leaked = new ArrayList<>();
        final List<String> slow = new ArrayList<>();
    }

    private static long seed() {
        String configured = System.getProperty("escalation.seed", "20261123");
        return "random".equals(configured) ? System.nanoTime() : Long.parseLong(configured);
    }

    private static List<Escalation> escalations(long seed, int count) {
        List<Escalation> out = new ArrayList<>();
        for (Escalation e : EscalationGens.escalations().samples(seed, 30, count)) {
            Customer c = e.customer();
            out.add(e.toBuilder().customer(new Customer(c.ref(), c.locale(), c.timeZone(), PersonName.of(CANARY),
                    c.contact(), c.reachable())).build());
        }
        return out;
    }

    @Test
    void tenThousandsOfBadInputsOnlyEverFailTyped() {
        assertTimeoutPreemptively(Duration.ofMinutes(4), this::run);
    }

    private void run() {
        long seed = seed();
        SplittableRandom random = new SplittableRandom(seed);
        List<String> documents = new ArrayList<>();
        for (Escalation e : escalations(seed, 40)) {
            documents.add(JSON.write(e));
        }
        for (List<EscalationEvent> history : LifecycleGens.histories(12).samples(seed, 20, 8)) {
            for (EscalationEvent e : history) {
                documents.add(JSON.write(e));
            }
        }
        int escalationDocs = 40;
        for (int d = 0; d < documents.size(); d++) {
            String doc = documents.get(d);
            Class<?> type = d < escalationDocs ? Escalation.class : EscalationEvent.class;
            byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
            // truncation at every position (every fourth for event documents, they are many)
            int step = d < 4 ? 1 : 7;
            for (int i = 0; i < bytes.length; i += step) {
                tryBytes(java.util.Arrays.copyOf(bytes, i), type, doc);
            }
            // byte flips, random bytes at random positions
            for (int k = 0; k < (d < escalationDocs ? 1100 : 200); k++) {
                byte[] flipped = bytes.clone();
                int at = random.nextInt(flipped.length);
                flipped[at] = (byte) random.nextInt(256);
                if (random.nextInt(4) == 0) {
                    int second = random.nextInt(flipped.length);
                    flipped[second] = (byte) (flipped[second] ^ (1 << random.nextInt(8)));
                }
                tryBytes(flipped, type, doc);
            }
            for (String mutated : structuralMutations(doc, random)) {
                tryText(mutated, type, doc);
            }
        }
        tryFixedMonsters();
        report();
    }

    /** Duplicated and deleted keys, wrong types, numbers for strings, odd numbers, surrogates. */
    private static List<String> structuralMutations(String doc, SplittableRandom random) {
        List<String> out = new ArrayList<>();
        List<int[]> keys = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([A-Za-z]+)\":").matcher(doc);
        while (m.find()) {
            keys.add(new int[] {m.start(), m.end()});
        }
        String[] replacements = {"null", "true", "0", "-1", "2.9", "1e400", "-0", "[]", "{}", "\"\"", "\" \"",
            "\"x\"", "12345678901234567890123", "9".repeat(120), "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00x\"",
            "\"2026-11-24T01:30:00Z\"", "1764034200", "\"PT8M\"", "[1,2]", "\"\\uFEFF\"", "NaN", "\"ＡＢＣ\""};
        for (int[] key : keys) {
            int valueStart = key[1];
            int valueEnd = valueEnd(doc, valueStart);
            if (valueEnd < 0) {
                continue;
            }
            String pair = doc.substring(key[0], valueEnd);
            // duplicate the key with another value, before and after the original
            String other = replacements[random.nextInt(replacements.length)];
            out.add(doc.substring(0, key[0]) + doc.substring(key[0], key[1]) + other + "," + doc.substring(key[0]));
            out.add(doc.substring(0, valueEnd) + "," + pair + doc.substring(valueEnd));
            // delete the key
            String before = doc.substring(0, key[0]);
            String after = doc.substring(valueEnd);
            if (after.startsWith(",")) {
                out.add(before + after.substring(1));
            } else if (before.endsWith(",")) {
                out.add(before.substring(0, before.length() - 1) + after);
            }
            // replace the value by every odd value
            for (String r : replacements) {
                out.add(doc.substring(0, valueStart) + r + doc.substring(valueEnd));
            }
            // numbers for strings and strings for numbers
            String value = doc.substring(valueStart, valueEnd);
            if (value.startsWith("\"")) {
                out.add(doc.substring(0, valueStart) + value.substring(1, value.length() - 1).length()
                        + doc.substring(valueEnd));
                out.add(doc.substring(0, valueStart) + "\" " + value.substring(1) + doc.substring(valueEnd));
                out.add(doc.substring(0, valueStart) + value.substring(0, value.length() - 1) + "\\u0000\""
                        + doc.substring(valueEnd));
            } else {
                out.add(doc.substring(0, valueStart) + "\"" + value + "\"" + doc.substring(valueEnd));
            }
        }
        out.add(doc + "{}");
        out.add(doc + " x");
        out.add(doc + "\u0000");
        out.add("\uFEFF" + doc);
        out.add("[" + doc + "]");
        out.add(doc.replace("\"", "'"));
        return out;
    }

    /** Where the JSON value starting at {@code start} ends (exclusive), or -1. */
    private static int valueEnd(String doc, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < doc.length(); i++) {
            char c = doc.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return i;
                }
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private void tryFixedMonsters() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        tryText(deep, Escalation.class, null);
        tryText("{\"id\":" + deep + "}", Escalation.class, null);
        String huge = "{\"id\":\"" + "a".repeat(2 << 20) + "\"}";
        tryText(huge, Escalation.class, null);
        tryBytes(huge.getBytes(StandardCharsets.UTF_8), Escalation.class, null);
        tryText("{\"id\":" + "1".repeat(200_000) + "}", Escalation.class, null);
        for (byte[] raw : List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xFF},
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'}, new byte[0])) {
            tryBytes(raw, Escalation.class, null);
        }
        tryText("", Escalation.class, null);
        tryText("null", Escalation.class, null);
        tryText("\"\"", EscalationEvent.class, null);
    }

    private void tryBytes(byte[] input, Class<?> type, String original) {
        attempt(() -> JSON.read(input, type), type, new String(input, StandardCharsets.UTF_8), original);
    }

    private void tryText(String input, Class<?> type, String original) {
        attempt(() -> JSON.read(input, type), type, input, original);
    }

    private void attempt(java.util.function.Supplier<Object> read, Class<?> type, String input, String original) {
        stats.inputs++;
        long started = System.nanoTime();
        try {
            Object value = read.get();
            stats.accepted++;
            checkUnchanged(value, type, input);
        } catch (EscalationJsonException e) {
            stats.typed++;
            stats.byProblem.merge(e.problem().name(), 1L, Long::sum);
            checkNoCanary(e, input);
        } catch (EscalationException e) {
            stats.typed++;
            stats.byProblem.merge(e.getClass().getSimpleName(), 1L, Long::sum);
            checkNoCanary(e, input);
        } catch (Throwable t) {
            if (stats.untyped.size() < 20) {
                stats.untyped.add(t.getClass().getName() + ": " + String.valueOf(t.getMessage()).lines().findFirst()
                        .orElse("") + " <- " + abbreviate(input));
            } else {
                stats.untyped.add("…");
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (millis > 2_000) {
            stats.slow.add(millis + " ms <- " + abbreviate(input));
        }
    }

    private void checkNoCanary(Exception e, String input) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("CANARY") || message.contains("カナリア")) {
            stats.leaked.add(message);
        }
        if (message.length() > 4_000) {
            stats.leaked.add("a message of " + message.length() + " characters for input " + abbreviate(input));
        }
    }

    /** Whatever parses must write back to a document that holds every field of the input, equal. */
    private void checkUnchanged(Object value, Class<?> type, String input) {
        String written = JSON.write(value);
        try {
            JsonNode in = TREES.readTree(input);
            JsonNode out = TREES.readTree(written);
            String difference = subset(in, out, "$");
            if (difference != null) {
                stats.changed.add(difference + " <- " + abbreviate(input));
            }
            Object again = JSON.read(written, type);
            if (!again.equals(value)) {
                stats.changed.add("re-reading the written document gave another value <- " + abbreviate(input));
            }
        } catch (RuntimeException e) {
            stats.changed.add("could not compare: " + e.getClass().getSimpleName() + " <- " + abbreviate(input));
        }
    }

    /** Returns where {@code in} is not contained in {@code out}, or null. */
    private static String subset(JsonNode in, JsonNode out, String path) {
        if (in.isObject()) {
            if (!out.isObject()) {
                return path + " changed kind";
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = in.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode o = out.get(e.getKey());
                if (o == null) {
                    if (!e.getValue().isNull()) {
                        return path + "." + e.getKey() + " was dropped";
                    }
                    continue;
                }
                String d = subset(e.getValue(), o, path + "." + e.getKey());
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (in.isArray()) {
            if (!out.isArray() || out.size() != in.size()) {
                return path + " changed length";
            }
            for (int i = 0; i < in.size(); i++) {
                String d = subset(in.get(i), out.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        return in.equals(out) ? null : path + " was reinterpreted";
    }

    private static String abbreviate(String input) {
        String flat = input.replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…(" + input.length() + " chars)";
    }

    private void report() {
        System.out.printf("JSON adversarial suite (seed %d): %,d inputs tried, %,d typed failures, %,d read, "
                + "%d untyped, %d reinterpreted, %d leaked, %d slow; by problem %s%n", seed(), stats.inputs,
                stats.typed, stats.accepted, stats.untyped.size(), stats.changed.size(), stats.leaked.size(),
                stats.slow.size(), stats.byProblem);
        assertTrue(stats.inputs >= MINIMUM_INPUTS, "only " + stats.inputs + " inputs");
        assertEquals(List.of(), stats.untyped, "untyped failures");
        assertEquals(List.of(), stats.changed.stream().limit(20).toList(), "silently changed values");
        assertEquals(List.of(), stats.leaked.stream().limit(20).toList(), "personal data or oversized input in messages");
        assertEquals(List.of(), stats.slow, "inputs that took over 2 s");
        if (stats.accepted == 0) {
            fail("no mutation was accepted: the equivalence check never ran");
        }
    }
}
