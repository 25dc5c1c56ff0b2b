package io.escalation.briefing;

import java.util.Locale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.InvalidEscalationException;
import io.escalation.model.Category;
import io.escalation.model.CustomerState;
import io.escalation.model.Escalation;
import io.escalation.model.FreeText;
import io.escalation.model.Inquiry;
import io.escalation.model.ModelFixtures;
import io.escalation.model.RequestKind;
import io.escalation.model.Temperature;
import io.escalation.model.Urgency;
import java.lang.reflect.Method;
import io.escalation.text.Texts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BriefingTest {

    /** The seeds' worked example, as an operator types it in Japanese. */
    static Briefing seedJapanese() {
        return Briefing.builder()
                .categoryFirst(Category.of("mail-setup", "メールの設定に失敗する"), FreeText.of("設定の見落としが無いか確認したい"))
                .actionTaken(FreeText.of("プロバイダが公開している設定値を入力してもらった"))
                .environment(FreeText.of("Outlook 2016"))
                .background(FreeText.of("昨日から送受信ができない"))
                .build();
    }

    /** The same example typed in English. */
    static Briefing seedEnglish() {
        return Briefing.builder()
                .categoryFirst(Category.of("mail-setup", "mail setup failing"), FreeText.of("whether a setting was missed"))
                .actionTaken(FreeText.of("the customer entered the settings the provider publishes"))
                .environment(FreeText.of("Outlook 2016"))
                .background(FreeText.of("sending and receiving have failed since yesterday"))
                .build();
    }

    @Test
    void goldenJapanese() {
        Script script = BriefingRenderer.forLocale(Locale.JAPANESE).render(seedJapanese());
        assertEquals(List.of(BriefingPart.CATEGORY_AND_DECISION, BriefingPart.ACTIONS_TAKEN, BriefingPart.ENVIRONMENT,
                BriefingPart.BACKGROUND), script.parts());
        assertEquals("メールの設定に失敗する案件で、設定の見落としが無いか確認したくて。"
                + "ここまでの対応は、プロバイダが公開している設定値を入力してもらった。"
                + "お客様の環境はOutlook 2016です。"
                + "背景として、昨日から送受信ができないとのことです。", script.paragraph());
    }

    @Test
    void goldenEnglish() {
        Script script = BriefingRenderer.forLocale(Locale.ENGLISH).render(seedEnglish());
        assertEquals("It's about mail setup failing, and I'd like to check “whether a setting was missed”."
                + " So far, “the customer entered the settings the provider publishes”."
                + " The customer is on “Outlook 2016”."
                + " Background: “sending and receiving have failed since yesterday”.", script.paragraph());
    }

    @Test
    void goldenJapaneseWithTheTemperatureFirstWhereTheSiteSaysSo() {
        Briefing b = Briefing.builder()
                .categoryFirst(Category.of("mail-setup", "メールの設定に失敗する"), FreeText.of("設定の見落としが無いか確認したい"))
                .customer(Temperature.UPSET, new Urgency(false, null, 1, false))
                .actionTaken(FreeText.of("プロバイダが公開している設定値を入力してもらった"))
                .environment(FreeText.of("Outlook 2016"))
                .build();
        BriefingPolicy start = BriefingPolicy.DEFAULT.withCustomerState(BriefingPolicy.Placement.START);
        assertEquals("お客様はご立腹です。今回で2回目のお問い合わせです。"
                + "メールの設定に失敗する案件で、設定の見落としが無いか確認したくて。"
                + "ここまでの対応は、プロバイダが公開している設定値を入力してもらった。"
                + "お客様の環境はOutlook 2016です。", BriefingRenderer.forLocale(Locale.JAPANESE).render(b, start).paragraph());
        assertEquals("It's about メールの設定に失敗する, and I'd like to check “設定の見落としが無いか確認したい”."
                + " So far, “プロバイダが公開している設定値を入力してもらった”. The customer is on “Outlook 2016”."
                + " The customer is upset. This is their contact number 2 about it.",
                BriefingRenderer.forLocale(Locale.ENGLISH).render(b, BriefingPolicy.DEFAULT.withCustomerState(
                        BriefingPolicy.Placement.END)).paragraph(),
                "a category without English wording is said as it is; the operator's words are marked as theirs");
    }

    @Test
    void goldenEnglishConcernFirst() {
        Briefing b = Briefing.builder().concernFirst(FreeText.of("the setup flow may no longer apply"))
                .categoryAndDecision(Category.of("mail-setup", "mail setup failing"),
                        FreeText.of("whether I can guide the customer with it"))
                .build();
        assertEquals("I'm worried that “the setup flow may no longer apply”. It's about mail setup failing, and I'd like"
                + " to check “whether I can guide the customer with it”.", BriefingRenderer.forLocale(Locale.ENGLISH).render(b).paragraph());
    }

    @Test
    void theFirstStageOffersOnlyTheTwoOpenings() {
        Set<String> methods = Arrays.stream(Briefing.Opening.class.getMethods()).map(Method::getName)
                .collect(Collectors.toSet());
        assertEquals(Set.of("categoryFirst", "concernFirst"), methods,
                "background or details cannot come first: the first stage has no method for them");
        assertTrue(Arrays.stream(Briefing.Details.class.getMethods()).anyMatch(m -> m.getName().equals("background")));
    }

    @Test
    void concernFirstOpensWithTheWorryThenCategoryAndDecision() {
        Briefing b = Briefing.builder().concernFirst(FreeText.of("このフローが今も有効か分からない"))
                .categoryAndDecision(Category.of("mail-setup", "メールの設定に失敗する"), FreeText.of("この手順で案内してよいか"))
                .customer(Temperature.CONCERNED, null).build();
        Script s = BriefingRenderer.forLocale(Locale.JAPANESE).render(b);
        assertEquals(List.of(BriefingPart.CONCERN, BriefingPart.CATEGORY_AND_DECISION, BriefingPart.CUSTOMER_STATE),
                s.parts());
        assertEquals("このフローが今も有効か分からないという点が心配です。", s.lines().get(0).text());
        assertEquals("お客様は不安そうにされています。", s.lines().get(2).text());
    }

    @Test
    void fromAnEscalationOrdersTheFormWhateverOrderItWasFilledIn() {
        Escalation e = ModelFixtures.seed()
                .inquiry(Inquiry.builder(RequestKind.ADVICE).historyEntry("先月も同じ問い合わせ").background("お急ぎ")
                        .environment("Outlook 2016").actionTaken("再起動済み")
                        .decisionWanted("設定の見落としが無いか確認したい")
                        .category(Category.of("mail-setup", "メールの設定に失敗する")).build())
                .customerState(new CustomerState(Temperature.UPSET, new Urgency(true, null, 2, false), false))
                .build();
        Briefing b = Briefing.from(e);
        Script s = BriefingRenderer.forLocale(Locale.JAPANESE).render(b);
        assertEquals(List.of(BriefingPart.CATEGORY_AND_DECISION, BriefingPart.CUSTOMER_STATE, BriefingPart.ACTIONS_TAKEN,
                BriefingPart.ENVIRONMENT, BriefingPart.BACKGROUND, BriefingPart.HISTORY), s.parts());
        assertEquals("お客様はご立腹です。お急ぎとのことです。今回で3回目のお問い合わせです。", s.lines().get(1).text());
    }

    @Test
    void noConclusionMeansATypedErrorNamingWhatIsMissing() {
        Escalation e = ModelFixtures.seed().inquiry(Inquiry.builder(RequestKind.ADVICE)
                .category(Category.of("mail-setup", "メール")).background("秘密の背景").build()).build();
        MissingConclusionException ex = assertThrows(MissingConclusionException.class, () -> Briefing.from(e));
        assertEquals(List.of("inquiry.decisionWanted", "inquiry.concern"), ex.missing());
        assertFalse(ex.getMessage().contains("秘密"));
    }

    @Test
    void theTemperatureGoesWhereTheSitePutsIt() {
        Briefing b = Briefing.from(ModelFixtures.seed().customerState(CustomerState.of(Temperature.FURIOUS))
                .inquiry(Inquiry.builder(RequestKind.ADVICE).category(Category.of("x", "請求")).decisionWanted("返金可否")
                        .actionTaken("確認済み").build()).build());
        BriefingRenderer r = BriefingRenderer.forLocale(Locale.JAPANESE);
        assertEquals(BriefingPart.CUSTOMER_STATE, r.render(b, BriefingPolicy.DEFAULT
                .withCustomerState(BriefingPolicy.Placement.START)).parts().get(0));
        assertEquals(BriefingPart.CUSTOMER_STATE, r.render(b).parts().get(1));
        List<BriefingPart> end = r.render(b, BriefingPolicy.DEFAULT.withCustomerState(BriefingPolicy.Placement.END)).parts();
        assertEquals(BriefingPart.CUSTOMER_STATE, end.get(end.size() - 1));
    }

    @Test
    void policiesCanReorderDetailsButNeverTheConclusion() {
        BriefingPolicy environmentFirst = BriefingPolicy.DEFAULT.withDetailOrder(List.of(BriefingPart.ENVIRONMENT,
                BriefingPart.ACTIONS_TAKEN, BriefingPart.HISTORY, BriefingPart.BACKGROUND));
        assertEquals(List.of(BriefingPart.CATEGORY_AND_DECISION, BriefingPart.ENVIRONMENT, BriefingPart.ACTIONS_TAKEN,
                BriefingPart.BACKGROUND), BriefingRenderer.forLocale(Locale.JAPANESE).render(seedJapanese(), environmentFirst).parts());
        InvalidEscalationException e = assertThrows(InvalidEscalationException.class,
                () -> BriefingPolicy.DEFAULT.withDetailOrder(List.of(BriefingPart.BACKGROUND, BriefingPart.CONCERN,
                        BriefingPart.ENVIRONMENT, BriefingPart.HISTORY)));
        assertEquals(List.of("detailOrder"), e.paths());
        assertEquals("DetailPermutation", e.violations().get(0).rule());
        assertTrue(e.getMessage().contains("conclusion always comes first"), e.getMessage());
        assertTrue(e.getMessage().contains("but was [BACKGROUND, CONCERN, ENVIRONMENT, HISTORY]"), e.getMessage());
    }

    @Test
    void aBudgetKeepsTheConclusionThenDetailsWhileTheyFit() {
        BriefingRenderer r = BriefingRenderer.forLocale(Locale.JAPANESE);
        Script full = r.render(seedJapanese());
        Duration all = SpeakingRate.DEFAULT.estimate(full);
        BudgetedScript roomy = r.render(seedJapanese(), BriefingPolicy.DEFAULT, all);
        assertEquals(full, roomy.script());
        assertTrue(roomy.omitted().isEmpty());
        BudgetedScript tight = r.render(seedJapanese(), BriefingPolicy.DEFAULT, Duration.ofSeconds(12));
        assertEquals(List.of(BriefingPart.CATEGORY_AND_DECISION), tight.script().parts().subList(0, 1));
        assertTrue(tight.estimate().compareTo(Duration.ofSeconds(12)) <= 0);
        assertFalse(tight.omitted().isEmpty());
        BudgetedScript tiny = r.render(seedJapanese(), BriefingPolicy.DEFAULT, Duration.ofSeconds(1));
        assertTrue(tiny.conclusionOverBudget());
        assertEquals(List.of(BriefingPart.CATEGORY_AND_DECISION), tiny.script().parts());
        assertEquals(List.of(BriefingPart.ACTIONS_TAKEN, BriefingPart.ENVIRONMENT, BriefingPart.BACKGROUND), tiny.omitted());
    }

    @Test
    void speakingTimeIsEstimatedByCharactersOrWords() {
        assertEquals(Duration.ofSeconds(2), SpeakingRate.DEFAULT.estimate("メールの設定です", Locale.JAPANESE).plusMillis(400));
        assertEquals(Duration.ofSeconds(4), SpeakingRate.DEFAULT.estimate("one two three four five six seven eight nine ten",
                Locale.ENGLISH));
        assertEquals(Duration.ofMillis(1600), SpeakingRate.DEFAULT.estimate("邮件设置失败", Locale.CHINESE).plusMillis(400),
                "Chinese is counted by characters too");
        InvalidEscalationException e = assertThrows(InvalidEscalationException.class, () -> new SpeakingRate(0.5, 40));
        assertEquals(List.of("charactersPerSecond", "wordsPerMinute"), e.paths());
        assertTrue(e.getMessage().contains("must be between 1 and 20, but was 0.5"), e.getMessage());
    }

    @Test
    void centersCanOverrideTemplates() {
        BriefingRenderer polite = BriefingRenderer.forLocale(Locale.JAPANESE).withTexts(Texts.standard().with(Locale.JAPANESE, Map.of(
                "briefing.category_first", "{category}の件で、{decision}。", "briefing.decision.wish_spoken", "たいのですが")));
        assertEquals("メールの設定に失敗するの件で、設定の見落としが無いか確認したいのですが。",
                polite.render(seedJapanese()).lines().get(0).text());
        InvalidEscalationException e = assertThrows(InvalidEscalationException.class,
                () -> Texts.standard().with(Locale.JAPANESE, Map.of("nope", "x")));
        assertEquals(List.of("texts.nope"), e.paths());
    }

    @Test
    void waitingSinceIsShownInTheCentersZone() {
        Briefing b = Briefing.builder().concernFirst(FreeText.of("不安")).customer(Temperature.DISSATISFIED,
                new Urgency(false, Instant.parse("2026-11-23T01:00:00Z"), 0, true)).build();
        String line = BriefingRenderer.forLocale(Locale.ENGLISH).withZone(ZoneId.of("Asia/Tokyo")).render(b).lines().get(1).text();
        assertEquals("The customer does not accept our answer. They have been waiting since Nov 23, 10:00."
                + " They had the same trouble before.", line);
    }

    @Test
    void toStringNeverShowsTheOperatorsWords() {
        assertEquals("Briefing[CATEGORY_AND_DECISION, ACTIONS_TAKEN, ENVIRONMENT, BACKGROUND]", seedJapanese().toString());
        Script s = BriefingRenderer.forLocale(Locale.JAPANESE).render(seedJapanese());
        assertFalse(s.toString().contains("Outlook"));
        assertFalse(s.lines().get(0).toString().contains("メール"));
    }
}
