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

class TourTest {

    @Test
    void seedEscalationRoundTripsThroughJson() {
        Escalation e = Tour.mailSetupEscalation(Clock.fixed(Instant.parse("2026-11-24T01:30:00Z"), ZoneOffset.UTC));
        EscalationJson json = EscalationJson.create();
        assertEquals(e, json.readEscalation(json.write(e)));
    }

    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            Tour.main(args);
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void walkThroughPrintsEveryStepAndNoPersonalDataOutsideTheJson() {
        String printed = run();
        assertTrue(printed.contains("1. Built and validated: esc-2026-0001"), printed);
        assertTrue(printed.contains("Read back equal: true"), printed);
        assertTrue(printed.contains("id: must be 1-64 characters"), printed);
        assertTrue(printed.contains("tenant:"), printed);
        assertTrue(printed.contains("JSON rules, the customer upset and complaining: 上席, 対応交代, 緊急"), printed);
        assertTrue(printed.contains("佐藤：メールのスキル、対応中1件、回答品質90%"), printed);
        assertTrue(printed.contains("加藤は離席のため外しました"), printed);
        assertTrue(printed.contains("バンコクのSVでしたら本日20時15分までに、東京の担当者でしたら明日の11時30分までにお電話いたします。"),
                printed);
        assertTrue(printed.contains("[event] v14 CLOSE -> 完了"), printed);
        assertTrue(printed.contains("the JSON history reads back equal: true"), printed);
        assertTrue(printed.contains("   メールの設定に失敗する案件で、設定の見落としが無いか確認したくて。"), printed);
        assertTrue(printed.contains("■ 最初の一言から"), printed);
        assertTrue(printed.contains("受付：令和8年11月24日 10:30"), printed);
        assertTrue(printed.contains("case library finds esc-2026-0001"), printed);
        assertNoPersonalDataOutsideTheJson(printed);
    }

    @Test
    void inEnglishEverythingButTheOperatorsMarkedWordsIsEnglish() {
        String printed = run("--lang", "en");
        assertTrue(printed.contains("   It's about mail setup failing, and I'd like to check “設定の見落としが無いか確認したい”."),
                printed);
        assertTrue(printed.contains("Sato: mail skills, 1 in hand, answer quality 90%"), printed);
        assertTrue(printed.contains("Kato was passed over: away"), printed);
        assertTrue(printed.contains("A supervisor in Bangkok can call you by 8:15 pm today, or the Tokyo agent by 11:30 am"
                + " tomorrow."), printed);
        assertTrue(printed.contains("[event] v14 CLOSE -> closed"), printed);
        assertTrue(printed.contains("case library finds esc-2026-0001 for 'mail setup'"), printed);
        String outsideJson = printed.replaceAll("(?m)^   \\{.*$", "");
        String unmarked = outsideJson.replaceAll("“[^”]*”", "“…”");
        java.util.regex.Matcher japanese = java.util.regex.Pattern
                .compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}、。「」（）：]+").matcher(unmarked);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (japanese.find()) {
            found.add(japanese.group());
        }
        assertEquals(java.util.List.of(), found, unmarked);
        assertNoPersonalDataOutsideTheJson(printed);
    }

    @Test
    void unknownArgumentsPrintUsageAndNothingElse() {
        assertEquals("", run("--language", "en"));
    }

    private static void assertNoPersonalDataOutsideTheJson(String printed) {
        String outsideJson = printed.replaceAll("(?m)^   \\{.*$", "");
        // the example prints the case library's resolution on purpose (it is operator text, shown to
        // the next operator); names and phone numbers must not appear anywhere else
        assertTrue(!outsideJson.contains("山田") && !outsideJson.contains("03-1234-5678"), outsideJson);
    }
}
