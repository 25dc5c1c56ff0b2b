package io.escalation.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.testkit.TestClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuickstartTest {

    @Test
    void theReadmesQuickstartRunsAndSaysWhatTheReadmePromises() {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            // Tuesday 10:30 in Tokyo
            Quickstart.run(TestClock.fixed(Instant.parse("2026-11-24T01:30:00Z")));
        } finally {
            System.setOut(original);
        }
        String[] printed = buffer.toString(StandardCharsets.UTF_8).split("\\R");
        assertEquals("It's about mail setup failing, and I'd like to check “設定の見落としが無いか確認したい”."
                + " The customer is worried. The customer is on “Outlook 2016”.", printed[0]);
        assertEquals("supervisor: answer while the customer holds", printed[1]);
        assertTrue(printed[2].startsWith("佐藤: "), printed[2]);
        assertEquals("佐藤でしたら本日11時までにお電話いたします。", printed[printed.length - 1]);
    }
}
