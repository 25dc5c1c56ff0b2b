package io.escalation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.json.EscalationJson;
import io.escalation.model.Escalation;
import io.escalation.testkit.TestClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TourTest {

    @Test
    void seedEscalationRoundTripsThroughJson() {
        Escalation e = Tour.mailSetupEscalation(TestClock.fixed(Instant.parse("2026-11-24T01:30:00Z")));
        EscalationJson json = EscalationJson.create();
        assertEquals(e, json.readEscalation(json.write(e)));
    }

    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            Tour.main(args);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void walkThroughPrintsEveryStepAndNoPersonalDataOutsideTheJson() {
        String printed = run();
        assertTrue(printed.contains("   案件              esc-2026-0001"), printed);
        assertTrue(printed.contains("   オペレーター      op-017（新人）"), printed);
        assertTrue(printed.contains("読み戻して一致：true"), printed);
        assertTrue(printed.contains("   id        must be 1-64 characters"), printed);
        assertTrue(printed.contains("センターのJSONルール、お客様が強い不満で苦情の場合：優先度 緊急"), printed);
        assertTrue(printed.contains("佐藤：メールのスキル、対応中1件、回答品質90%"), printed);
        assertTrue(printed.contains("加藤は離席のため外しました"), printed);
        assertTrue(printed.contains("（時間の都合で省略：実施済みの対応、環境、背景）"), printed);
        assertTrue(printed.contains("お客様へ：バンコクのSVでしたら本日20時15分までに、東京の担当者でしたら明日の11時30分までにお電話いたします。"),
                printed);
        assertTrue(printed.contains("   v14  11/25 16:03  完了"), printed);
        assertTrue(printed.contains("データベースを開き直すと：完了、14件のイベント、同じ履歴：true"), printed);
        assertTrue(printed.contains("   メールの設定に失敗する案件で、設定の見落としが無いか確認したくて。"), printed);
        assertTrue(printed.contains("■ 最初の一言から"), printed);
        assertTrue(printed.contains("受付：令和8年11月24日 10:30"), printed);
        assertTrue(printed.contains("「メール設定」で検索すると esc-2026-0001が見つかる"), printed);
        assertNoPersonalDataOutsideTheJson(printed);
        assertNoRawNames(printed);
    }

    @Test
    void inEnglishEverythingButTheOperatorsMarkedWordsIsEnglish() {
        String printed = run("--lang", "en");
        assertTrue(printed.contains("   It's about mail setup failing, and I'd like to check “設定の見落としが無いか確認したい”."),
                printed);
        assertTrue(printed.contains("Sato: mail skills, 1 in hand, answer quality 90%"), printed);
        assertTrue(printed.contains("Kato was passed over: away"), printed);
        assertTrue(printed.contains("To the customer: A supervisor in Bangkok can call you by 8:15 pm today, or the Tokyo"
                + " agent by 11:30 am tomorrow."), printed);
        assertTrue(printed.contains("   v6   11/24 10:58  took the contact over         manager mgr-tanaka          → taken over"),
                printed);
        assertTrue(printed.contains("The database opened again: closed, 14 events, the same history: true"), printed);
        assertTrue(printed.contains("A later operator searching 'mail setup' finds esc-2026-0001"), printed);
        assertNoRawNames(printed);
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

    /** No enum constant's name (TAKE_OVER, ACTIONS_TAKEN, ...) and no Java map or record dump reaches a person. */
    private static void assertNoRawNames(String printed) {
        String outsideJson = printed.replaceAll("(?m)^   \\{.*$", "");
        java.util.regex.Matcher raw = java.util.regex.Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)+\\b|\\b[A-Z][a-z]+\\[|=\\[")
                .matcher(outsideJson);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (raw.find()) {
            found.add(raw.group());
        }
        assertEquals(java.util.List.of(), found, outsideJson);
    }

    private static void assertNoPersonalDataOutsideTheJson(String printed) {
        String outsideJson = printed.replaceAll("(?m)^   \\{.*$", "");
        // the example prints the case library's resolution on purpose (it is operator text, shown to
        // the next operator); names and phone numbers must not appear anywhere else
        assertTrue(!outsideJson.contains("山田") && !outsideJson.contains("03-1234-5678"), outsideJson);
    }
}
