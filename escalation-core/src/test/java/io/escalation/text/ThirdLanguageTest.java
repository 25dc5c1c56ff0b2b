package io.escalation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.InvalidEscalationException;
import io.escalation.briefing.Briefing;
import io.escalation.briefing.BriefingRenderer;
import io.escalation.briefing.HandoverSheet;
import io.escalation.callback.BusinessCalendar;
import io.escalation.callback.CallbackPlan;
import io.escalation.callback.CallbackPlanner;
import io.escalation.callback.CallbackRequest;
import io.escalation.callback.Candidate;
import io.escalation.callback.Handoff;
import io.escalation.model.ActorId;
import io.escalation.model.Category;
import io.escalation.model.CustomerState;
import io.escalation.model.Escalation;
import io.escalation.model.Inquiry;
import io.escalation.model.LocalizedText;
import io.escalation.model.ModelFixtures;
import io.escalation.model.Priority;
import io.escalation.model.RequestKind;
import io.escalation.model.Temperature;
import io.escalation.model.Tier;
import io.escalation.routing.Presence;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingDecision;
import io.escalation.routing.RoutingPolicies;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A host adds a third language (Chinese, for an offshore site) from its own resources, and a
 * briefing, a handover sheet, a routing reason and a callback offer read in it; no public type
 * changes for it.
 */
class ThirdLanguageTest {

    private static final Locale ZH = Locale.CHINESE;
    private static final Instant T0 = Instant.parse("2026-11-24T01:30:00Z"); // Tuesday 10:30 in Tokyo

    private static Texts withChinese() throws Exception {
        try (InputStream in = ThirdLanguageTest.class.getResourceAsStream("texts_zh.properties")) {
            return Texts.standard().with(ZH, Texts.read(in));
        }
    }

    private static Escalation escalation() {
        return ModelFixtures.seed().raisedAt(T0)
                .inquiry(Inquiry.builder(RequestKind.ADVICE)
                        .category(Category.of("mail-setup", Map.of(Locale.JAPANESE, "メールの設定に失敗する",
                                Locale.ENGLISH, "mail setup failing", ZH, "邮件设置失败")))
                        .decisionWanted("设置是否有遗漏").actionTaken("已输入服务商公布的设置").build())
                .customerState(CustomerState.builder(Temperature.UPSET).demandedSupervisor().build())
                .build();
    }

    @Test
    void aBriefingASheetAReasonAndAnOfferReadInChinese() throws Exception {
        Texts texts = withChinese();
        assertTrue(texts.languages().contains(ZH));
        Escalation e = escalation();

        String briefing = BriefingRenderer.forLocale(ZH).withTexts(texts).render(Briefing.from(e)).paragraph();
        assertEquals("这是关于邮件设置失败的问题，我想确认“设置是否有遗漏”。客户很生气。目前已做的处理：“已输入服务商公布的设置”。",
                briefing);

        RoutingContext context = RoutingContext.builder(T0).zone(ZoneId.of("Asia/Tokyo"))
                .responder(Responder.builder("sv-wang", Tier.SUPERVISOR).name("王主管").load(1).build())
                .responder(Responder.builder("sv-li", Tier.SUPERVISOR).name("李主管").presence(Presence.AWAY).build())
                .build();
        RoutingDecision decision = RoutingPolicies.standard().route(e, context);
        assertTrue(decision.reasons().stream().anyMatch(r -> texts.reason(r, ZH).equals("客户要求主管接听，由主管接手通话")),
                decision.reasons().toString());
        List<String> explained = decision.explain(texts, ZH, e, context);
        assertEquals("主管：接手通话", explained.get(0));
        assertEquals("王主管：正在处理1件", explained.get(1));
        assertEquals("李主管因离席未被分配", explained.get(2));

        String sheet = HandoverSheet.builder(e, T0.plusSeconds(300)).zone(ZoneId.of("Asia/Tokyo")).decision(decision)
                .build().render(texts, ZH);
        assertTrue(sheet.startsWith("■ 问题（结论）\n- 这是关于邮件设置失败的问题"), sheet);
        assertTrue(sheet.contains("■ 分配与理由\n- 由主管处理（王主管）\n"), sheet);
        assertTrue(sheet.contains("- 受理：2026年11月24日 10:30"), sheet);
        assertTrue(sheet.contains("■ 客户状态\n- 情绪：生气\n- 客户要求主管接听"), sheet);

        BusinessCalendar shanghai = BusinessCalendar.builder(ZoneId.of("Asia/Shanghai"))
                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)).build();
        Candidate wang = new Candidate(ActorId.of("sv-wang"),
                LocalizedText.of(Locale.JAPANESE, "上海のSV").and(ZH, "上海的主管"), shanghai, Handoff.live());
        CallbackPlan plan = CallbackPlanner.builder().build().plan(new CallbackRequest(T0, ZoneId.of("Asia/Shanghai"),
                null, Priority.NORMAL, List.of(wang)));
        assertEquals("上海的主管可以今天10点之前给您回电。", plan.offer(texts, ZH));
        assertEquals("上海のSVでしたら本日10時までにお電話いたします。", plan.offer(texts, Locale.JAPANESE));
        for (String text : List.of(briefing, sheet, plan.offer(texts, ZH))) {
            assertFalse(text.matches("(?s).*[ぁ-ん].*"), "no Japanese kana in the Chinese texts: " + text);
        }
    }

    @Test
    void aLanguageIsCheckedLikeTheBuiltInOnes() {
        InvalidEscalationException e = assertThrows(InvalidEscalationException.class, () -> Texts.standard().with(ZH,
                Map.of("briefing.category_first", "关于{category}的问题", "no.such.key", "x")));
        assertEquals(List.of("texts.briefing.category_first", "texts.no.such.key"), e.paths());
    }

    @Test
    void aReaderGetsTheExactTagThenTheLanguageThenEnglish() throws Exception {
        Texts texts = withChinese();
        assertEquals(ZH, texts.languageFor(Locale.forLanguageTag("zh-TW")));
        assertEquals(Locale.ENGLISH, texts.languageFor(Locale.forLanguageTag("th")));
        assertEquals("SV", texts.label(Tier.SUPERVISOR, Locale.JAPANESE));
        assertEquals("supervisor", texts.label(Tier.SUPERVISOR, Locale.forLanguageTag("th")));
        assertEquals("主管", texts.label(Tier.SUPERVISOR, Locale.forLanguageTag("zh-CN")));
    }
}
