package io.escalation.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.model.CallState;
import io.escalation.model.Category;
import io.escalation.model.CustomerState;
import io.escalation.model.Escalation;
import io.escalation.model.FaultAttribution;
import io.escalation.model.Inquiry;
import io.escalation.model.ModelFixtures;
import io.escalation.model.RequestKind;
import io.escalation.model.Temperature;
import io.escalation.model.Urgency;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GapCheckTest {

    private static final GapCheck CHECK = GapCheck.standard(Set.of("mail-setup"));

    private static List<String> codes(Escalation e) {
        return CHECK.check(e).stream().map(Gap::code).toList();
    }

    @Test
    void aTechnicalCategoryNeedsTheEnvironment() {
        Escalation e = ModelFixtures.seed().inquiry(Inquiry.builder(RequestKind.ADVICE)
                .category(Category.of("mail-setup", "メール")).decisionWanted("x").actionTaken("再起動").build()).build();
        assertEquals(List.of("missing-environment"), codes(e));
        assertEquals("inquiry.environment", CHECK.check(e).get(0).field());
    }

    @Test
    void aTakeOverNeedsHoldOrCallbackFirst() {
        Escalation e = ModelFixtures.seed().inquiry(Inquiry.builder(RequestKind.TAKE_OVER).concern("x")
                .actionTaken("y").build()).build();
        assertEquals(List.of("hold-or-callback"), codes(e));
        assertEquals(List.of(), codes(e.toBuilder().callState(CallState.onHold(Instant.EPOCH)).build()));
    }

    @Test
    void aCallbackNeedsAWindowAndTheCustomersZone() {
        Escalation e = ModelFixtures.seed().callState(CallState.callbackPromised(Instant.EPOCH))
                .customer(io.escalation.model.Customer.builder(io.escalation.model.CustomerRef.of("c"), Locale.JAPAN).build())
                .inquiry(Inquiry.builder(RequestKind.ADVICE).concern("x").actionTaken("y").build()).build();
        assertEquals(List.of("missing-reachable-window", "missing-time-zone"), codes(e));
    }

    @Test
    void irregularHandlingNeedsTheFaultAndAComplaintTheImpact() {
        Escalation irregular = ModelFixtures.seed().inquiry(Inquiry.builder(RequestKind.IRREGULAR_HANDLING).concern("x")
                .actionTaken("y").build()).build();
        assertEquals(List.of("missing-fault"), codes(irregular));
        assertEquals(List.of(), codes(irregular.toBuilder().fault(FaultAttribution.COMPANY).build()));
        Escalation complaint = ModelFixtures.seed().inquiry(Inquiry.builder(RequestKind.COMPLAINT).concern("x").build()).build();
        assertTrue(codes(complaint).containsAll(List.of("missing-impact", "missing-actions-taken")));
        for (Gap g : CHECK.check(complaint)) {
            assertTrue(!g.text(Locale.JAPANESE).equals(g.code()) && !g.text(Locale.ENGLISH).equals(g.code()));
        }
    }

    @Test
    void centersAddTheirOwnRulesPerCategoryOnTopOfTheStandardOnes() {
        Gap refundNeedsOrder = new Gap("missing-order-number", "inquiry.background",
                io.escalation.model.LocalizedText.of(Locale.JAPANESE, "注文番号を確認してください")
                        .and(Locale.ENGLISH, "ask for the order number"));
        GapCheck check = CHECK.toBuilder().forCategory("refund", e -> List.of(refundNeedsOrder)).build();
        Escalation refund = ModelFixtures.seed().inquiry(Inquiry.builder(RequestKind.ADVICE)
                .category(Category.of("refund", "返金")).decisionWanted("x").actionTaken("y").build()).build();
        assertEquals(List.of(refundNeedsOrder), check.check(refund));
        assertEquals(List.of(), CHECK.check(refund), "the standard check is unchanged");
        Escalation mail = refund.toBuilder().inquiry(refund.inquiry().toBuilder()
                .category(Category.of("mail-setup", "メール")).build()).build();
        assertEquals(List.of("missing-environment"), check.check(mail).stream().map(Gap::code).toList());
    }

    @Test
    void aGapNeedsACodeAndTexts() {
        io.escalation.InvalidEscalationException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.escalation.InvalidEscalationException.class, () -> new Gap("missing environment", " ", null));
        assertEquals(List.of("code", "field"), e.paths());
        GapCheck broken = GapCheck.builder().rule(x -> null).build();
        assertEquals(List.of("gaps"), org.junit.jupiter.api.Assertions.assertThrows(
                io.escalation.InvalidEscalationException.class, () -> broken.check(ModelFixtures.seed().build())).paths());
    }

    @Test
    void theSheetIsRenderedInAnyLanguage() {
        Escalation e = ModelFixtures.seed().callState(CallState.callbackPromised(Instant.parse("2026-11-24T09:00:00Z")))
                .inquiry(Inquiry.builder(RequestKind.TAKE_OVER).concern("x").build()).build();
        HandoverSheet sheet = HandoverSheet.of(e, Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
        String en = sheet.render(Locale.US);
        String current = en.substring(en.indexOf("Current state"), en.indexOf("Customer"));
        assertEquals("Current state\n- callback promised by Nov 24, 18:00\n- raised: Nov 24, 2026 10:30\n"
                + "- first-line handling time: " + e.handlingTime().toMinutes() + " min\n", current);
        assertTrue(en.contains("Already done (never make the customer repeat it)\n- (none recorded"), en);
        assertTrue(en.endsWith("- Propose a solution, or apologise where the company is at fault\n"), en);
        assertTrue(sheet.render(Locale.JAPANESE).contains("■ 現在の状況\n- 折り返しをお約束済み（11月24日 18:00まで）"));
    }

    @Test
    void handoverSheetHasTheQuestionStateRoutingCallbackCustomerWhatWasDoneAndTheOpeningSteps() {
        Instant hold = Instant.parse("2026-11-24T01:30:00Z");
        Escalation e = ModelFixtures.seed().callState(CallState.onHold(hold))
                .customerState(new CustomerState(Temperature.UPSET, new Urgency(true, null, 1, true), true))
                .inquiry(Inquiry.builder(RequestKind.TAKE_OVER)
                        .category(Category.of("mail-setup", java.util.Map.of(Locale.JAPANESE, "メールの設定に失敗する")))
                        .decisionWanted("設定の見落としが無いか確認したい").actionTaken("設定値を案内")
                        .actionTaken("再起動を依頼").build()).build();
        HandoverSheet sheet = HandoverSheet.builder(e, hold.plusSeconds(420)).zone(ZoneId.of("Asia/Tokyo"))
                .routing(io.escalation.model.Tier.SUPERVISOR, List.of(io.escalation.model.Reason.of("demanded-supervisor",
                        "standard/demanded-supervisor")), io.escalation.model.ActorId.of("sv-sato"))
                .callback(hold.plusSeconds(3600), io.escalation.model.ActorId.of("sv-sato"))
                .build();
        java.util.List<HandoverSheet.Section> ja = sheet.sections(io.escalation.text.Texts.standard(), Locale.JAPAN);
        assertEquals(List.of("■ 用件（結論）", "■ 現在の状況", "■ 振り分けと理由", "■ お約束済みの折り返し", "■ お客様の状態",
                "■ 一次対応で実施済みの内容（お客様に繰り返させない）", "■ 最初の一言から"),
                ja.stream().map(HandoverSheet.Section::heading).toList());
        assertEquals(List.of("メールの設定に失敗する案件で、設定の見落としが無いか確認したくて。"), ja.get(0).items());
        assertEquals("保留中（11月24日 10:30から、7分経過）", ja.get(1).items().get(0));
        assertEquals("受付：令和8年11月24日 10:30", ja.get(1).items().get(1));
        assertEquals(List.of("SVが対応（sv-sato）", "お客様が上席対応をご要望（上司を出せ）のため、SVが対応を代わる"), ja.get(2).items());
        assertEquals(List.of("sv-satoが11月24日 11:30までにお電話する"), ja.get(3).items());
        assertEquals(List.of("温度感：ご立腹", "お急ぎ", "今回で2回目のお問い合わせ", "以前にも同じ事象あり", "上席対応をご要望（上司を出せ）"),
                ja.get(4).items());
        assertEquals(List.of("設定値を案内", "再起動を依頼"), ja.get(5).items());
        assertEquals(5, ja.get(6).items().size());
        String en = sheet.render(Locale.ENGLISH);
        assertTrue(en.contains("- on hold since Nov 24, 10:30 (7 min)"), en);
        assertTrue(en.contains("- for the supervisor (sv-sato)\n- the customer demanded a supervisor"), en);
        assertTrue(en.contains("need not repeat"), en);
        assertTrue(!sheet.toString().contains("再起動"));
    }

    @Test
    void theFirstYearOfAnEraIsGannen() {
        Escalation e = ModelFixtures.seed().raisedAt(Instant.parse("2019-05-01T01:00:00Z")).build();
        String ja = HandoverSheet.of(e, Instant.parse("2019-05-01T02:00:00Z"), ZoneId.of("Asia/Tokyo"))
                .render(Locale.JAPANESE);
        assertTrue(ja.contains("受付：令和元年5月1日 10:00"), ja);
    }
}
