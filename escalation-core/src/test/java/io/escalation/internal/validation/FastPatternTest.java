package io.escalation.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written code, key, rule and argument-name checks say exactly what the documented regexes say. */
class FastPatternTest {

    /** Every class of character the patterns tell apart, and neighbours of their ranges. */
    private static final String ALPHABET = "aAzZ09._:-/+= \t@`[{~\u00e9\u30e1\u0000\uff10";

    @Test
    void everyStringOfUpToThreeCharactersGetsTheRegexVerdict() {
        List<String> all = new ArrayList<>(List.of(""));
        List<String> level = List.of("");
        for (int length = 1; length <= 3; length++) {
            List<String> next = new ArrayList<>();
            for (String prefix : level) {
                for (int i = 0; i < ALPHABET.length(); i++) {
                    next.add(prefix + ALPHABET.charAt(i));
                }
            }
            all.addAll(next);
            level = next;
        }
        for (String s : all) {
            assertTrue(Checks.sameVerdictAsPatterns(s), () -> "differs on " + s.codePoints().boxed().toList());
        }
        int n = ALPHABET.length();
        assertEquals(1 + n + n * n + n * n * n, all.size());
    }

    @Test
    void lengthLimitsAreTheRegexes() {
        for (int n : new int[] {1, 31, 32, 33, 63, 64, 65, 127, 128, 129, 199, 200, 201, 1000}) {
            String s = "a".repeat(n);
            assertTrue(Checks.sameVerdictAsPatterns(s), "length " + n);
            assertTrue(Checks.sameVerdictAsPatterns("a" + "-".repeat(n - 1)), "length " + n);
            assertTrue(Checks.sameVerdictAsPatterns("a" + "/".repeat(n - 1)), "length " + n);
            assertTrue(Checks.sameVerdictAsPatterns("a" + "Z".repeat(n - 1)), "length " + n);
        }
        assertEquals(true, Checks.isCode("a".repeat(64)));
        assertEquals(false, Checks.isCode("a".repeat(65)));
        assertEquals(true, Checks.isKey("a".repeat(128)));
        assertEquals(false, Checks.isKey("-a"));
        assertEquals(true, Checks.isRule("a".repeat(200)));
        assertEquals(false, Checks.isRule("a".repeat(201)));
        assertEquals(true, Checks.isArgName("a" + "Z".repeat(31)));
        assertEquals(false, Checks.isArgName("Aa"));
    }
}
