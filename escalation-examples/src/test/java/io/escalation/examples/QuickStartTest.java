package io.escalation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.json.EscalationJson;
import io.escalation.model.Escalation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class QuickStartTest {

    @Test
    void seedEscalationRoundTripsThroughJson() {
        Escalation e = QuickStart.mailSetupEscalation(Clock.fixed(Instant.parse("2026-11-24T01:30:00Z"), ZoneOffset.UTC));
        EscalationJson json = EscalationJson.create();
        assertEquals(e, json.readEscalation(json.write(e)));
    }

    @Test
    void walkThroughPrintsEveryStepAndNoPersonalDataOutsideTheJson() {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            QuickStart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("1. Built and validated: esc-2026-0001"), printed);
        assertTrue(printed.contains("Read back equal: true"), printed);
        assertTrue(printed.contains("id: must be 1-64 characters"), printed);
        assertTrue(printed.contains("tenant:"), printed);
        assertTrue(printed.contains("JSON rules, the customer upset and complaining: manager, take the contact over"),
                printed);
        assertTrue(printed.contains("バンコクのSVでしたら本日20時15分までに、東京の担当者でしたら明日の11時30分までにお電話いたします。"),
                printed);
        assertTrue(printed.contains("A supervisor in Bangkok can call you by 8:15 pm today, or the Tokyo agent by 11:30 am"
                + " tomorrow."), printed);
        assertTrue(printed.contains("[event] v14 CLOSE"), printed);
        assertTrue(printed.contains("the JSON history reads back equal: true"), printed);
        assertTrue(printed.contains("ja: メールの設定に失敗する案件で、設定の見落としが無いか確認したくて。"), printed);
        assertTrue(printed.contains("■ 最初の一言から"), printed);
        assertTrue(printed.contains("case library finds esc-2026-0001"), printed);
        String outsideJson = printed.replaceAll("(?m)^   \\{.*$", "");
        // the example prints the case library's resolution on purpose (it is operator text, shown to
        // the next operator); names and phone numbers must not appear anywhere else
        assertTrue(!outsideJson.contains("山田") && !outsideJson.contains("03-1234-5678"), outsideJson);
    }
}
