package io.escalation.briefing;

import java.util.Locale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.InvalidEscalationException;
import io.escalation.Violation;
import io.escalation.model.Category;
import io.escalation.model.FreeText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import io.escalation.text.Texts;
import org.junit.jupiter.api.Test;

class BriefingTemplatesTest {

    private static List<String> rules(InvalidEscalationException e) {
        return e.violations().stream().map(v -> v.path() + ":" + v.rule()).toList();
    }

    @Test
    void aCenterCannotDropTheConclusionFromItsTemplates() {
        InvalidEscalationException e = assertThrows(InvalidEscalationException.class,
                () -> BriefingRenderer.forLocale(Locale.JAPANESE).withTexts(Texts.standard().with(Locale.JAPANESE, Map.of("briefing.category_first", "{category}の件です。",
                        "briefing.concern", "心配な点があります。"))));
        assertEquals(List.of("texts.briefing.category_first:RequiredPlaceholder",
                "texts.briefing.concern:RequiredPlaceholder"), rules(e));
        assertTrue(e.getMessage().contains("must contain {decision}"), e.getMessage());
        assertTrue(e.getMessage().contains("must contain {concern}"), e.getMessage());
    }

    @Test
    void everyBadOverrideIsReportedAtOnce() {
        Map<String, String> bad = new HashMap<>();
        bad.put("briefing.environment", "環境は{env}です。");
        bad.put("briefing.temperature.FURIOUS", " ");
        bad.put("briefing.date.pattern", "M月d日 {HH}:mm bbb");
        bad.put("briefing.urgency.waiting", "{since}から{count}回");
        bad.put("briefing.actions.separator", "");
        bad.put("nope", "x");
        InvalidEscalationException e = assertThrows(InvalidEscalationException.class,
                () -> Texts.standard().with(Locale.JAPANESE, bad));
        assertEquals(List.of("texts.briefing.actions.separator:NotBlank", "texts.briefing.date.pattern:DatePattern",
                "texts.briefing.date.pattern:KnownPlaceholder",
                "texts.briefing.environment:KnownPlaceholder", "texts.briefing.environment:RequiredPlaceholder",
                "texts.briefing.temperature.FURIOUS:NotBlank", "texts.briefing.urgency.waiting:KnownPlaceholder",
                "texts.nope:KnownKey"), rules(e));
        for (Violation v : e.violations()) {
            assertTrue(v.rejectedKind().startsWith("String(") || v.rejectedKind().equals("null"), v.toString());
        }
    }

    @Test
    void theWishInflectionMayBeSwitchedOffWithEmptyTemplates() {
        Script s = BriefingRenderer.forLocale(Locale.JAPANESE)
                .withTexts(Texts.standard().with(Locale.JAPANESE,
                        Map.of("briefing.decision.wish_ending", "", "briefing.decision.wish_spoken", "")))
                .render(BriefingTest.seedJapanese());
        assertEquals("メールの設定に失敗する案件で、設定の見落としが無いか確認したい。", s.lines().get(0).text());
    }

    @Test
    void operatorTextIsNeverReadAsAPlaceholder() {
        Briefing b = Briefing.builder()
                .categoryFirst(Category.of("odd", "{decision}"), FreeText.of("{category} を確認したい"))
                .environment(FreeText.of("{environment}"))
                .build();
        Script s = BriefingRenderer.forLocale(Locale.JAPANESE).render(b);
        assertEquals("{decision}案件で、{category} を確認したくて。", s.lines().get(0).text());
        assertEquals("お客様の環境は{environment}です。", s.lines().get(1).text());
    }

    @Test
    void centersCanOverrideTemplatesFromTheirOwnProperties() throws IOException {
        Properties own = new Properties();
        own.load(new StringReader("briefing.category_first={category}の件で、{decision}。\n"
                + "briefing.environment=ご利用環境は{environment}とのことです。\n"));
        Script s = BriefingRenderer.forLocale(Locale.JAPANESE).withTexts(Texts.standard().with(Locale.JAPANESE, own))
                .render(BriefingTest.seedJapanese());
        assertEquals("メールの設定に失敗するの件で、設定の見落としが無いか確認したくて。", s.lines().get(0).text());
        assertEquals("ご利用環境はOutlook 2016とのことです。", s.lines().get(2).text());
    }

    @Test
    void theBuiltInLanguagesDefineExactlyTheSameKeys() throws IOException {
        for (String name : List.of("texts_ja.properties", "texts_en.properties")) {
            Properties p = new Properties();
            try (InputStream in = Texts.class.getResourceAsStream(name)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertEquals(new TreeSet<>(Texts.keys()), new TreeSet<>(p.stringPropertyNames()), name);
        }
        assertTrue(Texts.keys().containsAll(Set.of("briefing.category_first", "briefing.concern",
                "briefing.date.pattern")));
    }

    @Test
    void aBlankSeparatorIsAllowedForLanguagesThatJoinWithSpaces() {
        Briefing b = Briefing.builder().concernFirst(FreeText.of("unsure")).actionTaken(FreeText.of("restarted"))
                .actionTaken(FreeText.of("re-entered the password")).build();
        Script s = BriefingRenderer.forLocale(Locale.ENGLISH)
                .withTexts(Texts.standard().with(Locale.ENGLISH, Map.of("briefing.actions.separator", " "))).render(b);
        assertEquals("So far, “restarted” “re-entered the password”.", s.lines().get(1).text());
    }
}
