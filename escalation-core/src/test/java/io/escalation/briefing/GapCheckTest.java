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
            assertTrue(!g.japanese().isBlank() && !g.english().isBlank());
        }
    }

    @Test
    void centersAddTheirOwnRulesPerCategoryOnTopOfTheStandardOnes() {
        Gap refundNeedsOrder = new Gap("missing-order-number", "inquiry.background", "注文番号を確認してください",
                "ask for the order number");
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
                io.escalation.InvalidEscalationException.class, () -> new Gap("missing environment", "f", " ", "x"));
        assertEquals(List.of("code", "japanese"), e.paths());
        GapCheck broken = GapCheck.builder().rule(x -> null).build();
        assertEquals(List.of("gaps"), org.junit.jupiter.api.Assertions.assertThrows(
                io.escalation.InvalidEscalationException.class, () -> broken.check(ModelFixtures.seed().build())).paths());
    }

    @Test
    void theSheetIsRenderedInTheLanguageItWasPreparedIn() {
        Escalation e = ModelFixtures.seed().callState(CallState.callbackPromised(Instant.parse("2026-11-24T09:00:00Z")))
                .inquiry(Inquiry.builder(RequestKind.TAKE_OVER).concern("x").build()).build();
        HandoverSheet en = HandoverSheet.of(e, Instant.parse("2026-11-24T01:00:00Z"), ZoneId.of("Asia/Tokyo"),
                Locale.US);
        assertEquals(Locale.ENGLISH, en.locale());
        assertEquals("Current state\n- callback promised by Nov 24, 18:00\n- first-line handling time: "
                + e.handlingTime().toMinutes() + " min\n", en.render().substring(0, en.render().indexOf("Customer")));
        assertTrue(en.render().contains("Already done (never make the customer repeat it)\n- (none recorded"));
        assertTrue(en.render().endsWith("- Propose a solution, or apologise where the company is at fault\n"));
    }

    @Test
    void handoverSheetHasStateCustomerWhatWasDoneAndTheOpeningSteps() {
        Instant hold = Instant.parse("2026-11-24T01:30:00Z");
        Escalation e = ModelFixtures.seed().callState(CallState.onHold(hold))
                .customerState(new CustomerState(Temperature.UPSET, new Urgency(true, null, 1, true), true))
                .inquiry(Inquiry.builder(RequestKind.TAKE_OVER).concern("x").actionTaken("設定値を案内")
                        .actionTaken("再起動を依頼").build()).build();
        HandoverSheet ja = HandoverSheet.of(e, hold.plusSeconds(420), ZoneId.of("Asia/Tokyo"), Locale.JAPAN);
        assertEquals("保留中（11月24日 10:30から、7分経過）", ja.currentState().get(0));
        assertEquals(List.of("温度感：ご立腹", "お急ぎ", "今回で2回目のお問い合わせ", "以前にも同じ事象あり", "上席対応をご要望（上司を出せ）"),
                ja.customerState());
        assertEquals(List.of("設定値を案内", "再起動を依頼"), ja.alreadyDone());
        assertEquals(5, ja.openingSteps().size());
        assertTrue(ja.render().startsWith("■ 現在の状況\n- 保留中"));
        HandoverSheet en = HandoverSheet.of(e, hold.plusSeconds(420), ZoneId.of("Asia/Tokyo"), Locale.ENGLISH);
        assertEquals("on hold since Nov 24, 10:30 (7 min)", en.currentState().get(0));
        assertTrue(en.openingSteps().get(2).contains("need not repeat"));
        assertTrue(!en.toString().contains("再起動"));
    }
}
