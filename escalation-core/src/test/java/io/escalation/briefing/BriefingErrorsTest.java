package io.escalation.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.EscalationException;
import io.escalation.InvalidEscalationException;
import io.escalation.model.CallState;
import io.escalation.model.Category;
import io.escalation.model.CustomerState;
import io.escalation.model.Escalation;
import io.escalation.model.FreeText;
import io.escalation.model.Inquiry;
import io.escalation.model.ModelFixtures;
import io.escalation.model.RequestKind;
import io.escalation.model.Temperature;
import io.escalation.model.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input gets typed errors that name the parameter; nothing but a rendered script shows the operator's words. */
class BriefingErrorsTest {

    private static final String CANARY = "CANARY秘密";

    private static FreeText canary(String where) {
        return FreeText.of(CANARY + " " + where);
    }

    @Test
    void aMissingArgumentIsATypedErrorNamingTheParameter() {
        Executable[] calls = {
            () -> Briefing.builder().categoryFirst(null, FreeText.of("x")),
            () -> Briefing.builder().concernFirst(FreeText.of("x")).environment(null),
            () -> Briefing.from(null),
            () -> BriefingRenderer.forLocale(Locale.JAPANESE).render(null),
            () -> BriefingRenderer.forLocale(Locale.JAPANESE).render(BriefingTest.seedJapanese(), (BriefingPolicy) null),
            () -> BriefingRenderer.forLocale(Locale.JAPANESE).render(BriefingTest.seedJapanese(), (Duration) null),
            () -> new BriefingPolicy(null, List.of()),
            () -> GapCheck.standard(Set.of()).check(null),
            () -> HandoverSheet.of(ModelFixtures.seed().build(), null, ZoneId.of("UTC")),
        };
        List<String> paths = new ArrayList<>();
        for (Executable call : calls) {
            InvalidEscalationException e = assertThrows(InvalidEscalationException.class, call);
            assertTrue(e.violations().stream().anyMatch(v -> v.rule().equals("NotNull")), e.getMessage());
            paths.add(e.paths().get(0));
        }
        assertEquals(List.of("category", "environment", "escalation", "briefing", "policy", "budget", "customerState",
                "escalation", "now"), paths);
    }

    @Test
    void aPartSetTwiceIsRefusedRatherThanSilentlyReplaced() {
        Briefing.Details d = Briefing.builder().categoryFirst(Category.of("mail-setup", "メール"), canary("decision"))
                .environment(canary("first environment"));
        InvalidEscalationException e = assertThrows(InvalidEscalationException.class,
                () -> d.environment(canary("second environment")));
        assertEquals(List.of("environment"), e.paths());
        assertEquals("SetOnce", e.violations().get(0).rule());
        assertFalse(e.getMessage().contains(CANARY), e.getMessage());
        Briefing.Details withState = d.customer(Temperature.UPSET, null);
        assertEquals(List.of("customer"), assertThrows(InvalidEscalationException.class,
                () -> withState.customer(Temperature.CALM, null)).paths());
        assertEquals(List.of("background"), assertThrows(InvalidEscalationException.class,
                () -> d.background(FreeText.of("a")).background(FreeText.of("b"))).paths());
    }

    @Test
    void actionsAndHistoryAccumulateInOrder() {
        Briefing b = Briefing.builder().concernFirst(FreeText.of("不安")).actionTaken(FreeText.of("一"))
                .historyEntry(FreeText.of("先月")).actionTaken(FreeText.of("二")).historyEntry(FreeText.of("今月"))
                .build();
        assertEquals(List.of(FreeText.of("一"), FreeText.of("二")), b.actionsTaken());
        assertEquals(List.of(FreeText.of("先月"), FreeText.of("今月")), b.history());
    }

    @Test
    void aNegativeBudgetIsRefusedAndTheShortFormUsesTheDefaultPolicy() {
        InvalidEscalationException e = assertThrows(InvalidEscalationException.class,
                () -> BriefingRenderer.forLocale(Locale.ENGLISH).render(BriefingTest.seedEnglish(), Duration.ofSeconds(-1)));
        assertEquals(List.of("budget"), e.paths());
        assertTrue(e.getMessage().contains("must not be negative, but was PT-1S"), e.getMessage());
        BriefingRenderer r = BriefingRenderer.forLocale(Locale.ENGLISH);
        assertEquals(r.render(BriefingTest.seedEnglish(), BriefingPolicy.DEFAULT, Duration.ofSeconds(9)),
                r.render(BriefingTest.seedEnglish(), Duration.ofSeconds(9)));
        BudgetedScript zero = r.render(BriefingTest.seedEnglish(), Duration.ZERO);
        assertTrue(zero.conclusionOverBudget());
        assertEquals(List.of(BriefingPart.CATEGORY_AND_DECISION), zero.script().parts());
    }

    @Test
    void speakingRatesOutsideTheirRangesAreRefused() {
        assertEquals(List.of("charactersPerSecond"),
                assertThrows(InvalidEscalationException.class, () -> new SpeakingRate(Double.NaN, 150)).paths());
        assertEquals(List.of("wordsPerMinute"),
                assertThrows(InvalidEscalationException.class, () -> new SpeakingRate(5, 401)).paths());
        assertEquals(Duration.ofSeconds(1), new SpeakingRate(8, 150).estimate("あいうえおかきく", Locale.JAPANESE));
    }

    @Test
    void nothingButTheScriptShowsTheOperatorsWords() {
        Escalation e = ModelFixtures.seed()
                .callState(CallState.onHold(Instant.parse("2026-11-24T01:30:00Z")))
                .customerState(new CustomerState(Temperature.FURIOUS, new Urgency(true, null, 2, true), true))
                .inquiry(Inquiry.builder(RequestKind.COMPLAINT).concern(CANARY + " concern")
                        .category(Category.of("mail-setup", "メール")).decisionWanted(CANARY + " decision")
                        .actionTaken(CANARY + " action").environment(CANARY + " environment")
                        .background(CANARY + " background").historyEntry(CANARY + " history").build())
                .build();
        Briefing b = Briefing.from(e);
        BriefingRenderer r = BriefingRenderer.forLocale(Locale.JAPANESE);
        Script script = r.render(b);
        assertTrue(script.paragraph().contains(CANARY + " action"), "the script itself is meant to be read out");
        BudgetedScript cut = r.render(b, Duration.ofSeconds(5));
        HandoverSheet sheet = HandoverSheet.of(e, Instant.parse("2026-11-24T01:40:00Z"), ZoneId.of("Asia/Tokyo"));
        List<Object> values = new ArrayList<>(List.of(b, script, cut, sheet, r, GapCheck.standard(Set.of("mail-setup"))));
        values.addAll(script.lines());
        values.addAll(GapCheck.standard(Set.of("mail-setup")).check(e));
        for (Object o : values) {
            assertFalse(o.toString().contains(CANARY), o.getClass().getSimpleName() + ": " + o);
        }
        EscalationException missing = assertThrows(MissingConclusionException.class, () -> Briefing.from(
                e.toBuilder().inquiry(Inquiry.builder(RequestKind.ADVICE).background(CANARY).build()).build()));
        assertFalse(missing.getMessage().contains(CANARY));
        assertEquals(Arrays.asList("inquiry.category", "inquiry.decisionWanted", "inquiry.concern"),
                ((MissingConclusionException) missing).missing());
    }
}
