package io.escalation.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.InvalidEscalationException;
import io.escalation.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ModelValidationTest {

    static final Instant NOW = Instant.parse("2026-11-24T01:30:00Z");

    static Escalation.Builder seed() {
        return Escalation.builder()
                .id("esc-1")
                .tenant("acme")
                .raisedAt(NOW)
                .channel(Channel.PHONE)
                .operator(Operator.of("op-1", ExperienceLevel.TRAINEE, "tokyo-1"))
                .customer(Customer.builder(CustomerRef.of("c-1"), Locale.JAPAN).timeZone(ZoneId.of("Asia/Tokyo"))
                        .build())
                .inquiry(Inquiry.builder(RequestKind.ADVICE)
                        .category(Category.of("mail-setup", "メールの設定に失敗する"))
                        .decisionWanted("設定の見落としが無いか確認したい")
                        .build());
    }

    @Test
    void seedEscalationBuildsWithDocumentedDefaults() {
        Escalation e = seed().build();
        assertEquals(CustomerState.CALM, e.customerState());
        assertEquals(FaultAttribution.UNDETERMINED, e.fault());
        assertEquals(CallState.live(), e.callState());
        assertEquals(Duration.ZERO, e.handlingTime());
        assertEquals(e, e.toBuilder().build());
    }

    @Test
    void builderReportsEveryViolationAtOnceWithPathsAndRules() {
        InvalidEscalationException ex = assertThrows(InvalidEscalationException.class,
                () -> Escalation.builder().id("has space").tenant("").handlingTime(Duration.ofMinutes(-1)).build());
        assertEquals("Escalation", ex.type());
        assertEquals(List.of("channel", "customer", "handlingTime", "id", "inquiry", "operator", "raisedAt", "tenant"),
                ex.paths());
        Violation id = ex.violations().stream().filter(v -> v.path().equals("id")).findFirst().orElseThrow();
        assertEquals("Pattern", id.rule());
        assertEquals("String(length=9)", id.rejectedKind());
    }

    @Test
    void aFieldRejectedDuringConversionIsNotAlsoReportedAsMissing() {
        InvalidEscalationException ex = assertThrows(InvalidEscalationException.class,
                () -> seed().tenant(" ").build());
        assertEquals(1, ex.violations().size());
        assertEquals("Pattern", ex.violations().get(0).rule());
    }

    @Test
    void nullsAreViolationsNotNullPointerExceptions() {
        assertThrows(InvalidEscalationException.class, () -> new TenantId(null));
        assertThrows(InvalidEscalationException.class, () -> new Operator(null, null, null));
        assertThrows(InvalidEscalationException.class, () -> Customer.builder(null, null).build());
        assertThrows(InvalidEscalationException.class, () -> Inquiry.builder(null).build());
        assertThrows(InvalidEscalationException.class, () -> new CustomerState(null, null, false));
        assertThrows(InvalidEscalationException.class, () -> new CallState.OnHold(null));
        assertThrows(InvalidEscalationException.class, () -> new ContactWindow(null, LocalTime.NOON));
        assertThrows(InvalidEscalationException.class, () -> new Reason(null, null, null, null));
    }

    @Test
    void nullListElementsAreReportedWithTheirIndex() {
        List<FreeText> actions = new ArrayList<>(Arrays.asList(FreeText.of("a"), null));
        InvalidEscalationException ex = assertThrows(InvalidEscalationException.class,
                () -> new Inquiry(null, RequestKind.ADVICE, null, null, actions, null, null, List.of(), null));
        assertEquals(List.of("actionsTaken[1]"), ex.paths());
    }

    @Test
    void inquiryBuilderNamesTheIndexOfABadItem() {
        InvalidEscalationException ex = assertThrows(InvalidEscalationException.class,
                () -> Inquiry.builder(RequestKind.ADVICE).actionTaken("ok").actionTaken(" ").historyEntry("")
                        .decisionWanted("x".repeat(ModelLimits.TEXT_MAX + 1)).build());
        assertEquals(List.of("actionsTaken[1]", "decisionWanted", "history[0]"), ex.paths());
    }

    @Test
    void listsAreCopiedAndUnmodifiable() {
        List<FreeText> actions = new ArrayList<>(List.of(FreeText.of("a")));
        Inquiry inquiry = new Inquiry(null, RequestKind.ADVICE, null, null, actions, null, null, List.of(), null);
        actions.add(FreeText.of("b"));
        assertEquals(1, inquiry.actionsTaken().size());
        assertThrows(UnsupportedOperationException.class, () -> inquiry.actionsTaken().add(FreeText.of("c")));
    }

    @Test
    void codesFollowTheDocumentedPattern() {
        assertEquals("tokyo-1", SiteId.of("tokyo-1").value());
        assertEquals("a.b_c:d-e", Skill.of("a.b_c:d-e").code());
        assertThrows(InvalidEscalationException.class, () -> SiteId.of("-tokyo"));
        assertThrows(InvalidEscalationException.class, () -> Department.of("x".repeat(65)));
        assertThrows(InvalidEscalationException.class, () -> OperatorId.of("東京"));
        assertEquals("x".repeat(64), Department.of("x".repeat(64)).code());
    }

    @Test
    void contactPointsCheckTheirShapeWithoutEchoingTheValue() {
        assertEquals(ContactPoint.Kind.PHONE, ContactPoint.phone("+81 3-1234-5678").kind());
        InvalidEscalationException phone = assertThrows(InvalidEscalationException.class,
                () -> ContactPoint.phone("call me maybe"));
        assertEquals("PhoneNumber", phone.violations().get(0).rule());
        assertFalse(phone.getMessage().contains("maybe"));
        InvalidEscalationException mail = assertThrows(InvalidEscalationException.class,
                () -> ContactPoint.email("a@b@c"));
        assertEquals("EmailAddress", mail.violations().get(0).rule());
        assertFalse(mail.getMessage().contains("a@b@c"));
    }

    @Test
    void contactWindowMayCrossMidnightButNotBeEmpty() {
        ContactWindow night = ContactWindow.of(LocalTime.of(22, 0), LocalTime.of(1, 0));
        assertTrue(night.crossesMidnight());
        assertTrue(night.contains(LocalTime.of(23, 30)));
        assertTrue(night.contains(LocalTime.of(0, 59)));
        assertFalse(night.contains(LocalTime.of(1, 0)));
        ContactWindow day = ContactWindow.of(LocalTime.of(10, 0), LocalTime.of(12, 0));
        assertTrue(day.contains(LocalTime.of(10, 0)));
        assertFalse(day.contains(LocalTime.of(12, 0)));
        assertThrows(InvalidEscalationException.class, () -> ContactWindow.of(LocalTime.NOON, LocalTime.NOON));
    }

    @Test
    void customerLocaleMustNameALanguage() {
        InvalidEscalationException ex = assertThrows(InvalidEscalationException.class,
                () -> Customer.builder(CustomerRef.of("c"), Locale.ROOT).build());
        assertEquals(List.of("locale"), ex.paths());
    }

    @Test
    void handlingTimeIsBoundedToSevenDays() {
        assertEquals(Escalation.MAX_HANDLING_TIME, seed().handlingTime(Escalation.MAX_HANDLING_TIME).build()
                .handlingTime());
        assertThrows(InvalidEscalationException.class,
                () -> seed().handlingTime(Escalation.MAX_HANDLING_TIME.plusNanos(1)).build());
    }

    @Test
    void temperaturesAreOrderedFromCalmToFuriousWithBothLanguages() {
        Temperature[] all = Temperature.values();
        assertEquals(List.of("CALM", "CONCERNED", "DISSATISFIED", "STRONG_DEMAND", "UPSET", "FURIOUS"),
                Arrays.stream(all).map(Enum::name).toList());
        assertTrue(Temperature.FURIOUS.isAtLeast(Temperature.UPSET));
        assertFalse(Temperature.CALM.isAtLeast(Temperature.CONCERNED));
        io.escalation.text.Texts texts = io.escalation.text.Texts.standard();
        assertEquals("納得がいかない", texts.term(Temperature.DISSATISFIED, Locale.JAPANESE));
        assertEquals("ご立腹", texts.term(Temperature.UPSET, Locale.JAPAN));
        assertEquals("furious", texts.term(Temperature.FURIOUS, Locale.US));
        for (Temperature t : all) {
            assertFalse(texts.term(t, Locale.JAPANESE).equals(t.name()));
            assertFalse(texts.term(t, Locale.ENGLISH).equals(t.name()));
        }
    }

    @Test
    void standardTiersAreOrdered() {
        assertTrue(Tier.MANAGER.isAtLeast(Tier.SUPERVISOR));
        assertTrue(Tier.SUPERVISOR.compareTo(Tier.VETERAN) > 0);
        assertTrue(Tier.VETERAN.compareTo(Tier.OPERATOR) > 0);
        assertNotEquals(Tier.of("qa", 300), Tier.SUPERVISOR);
        assertTrue(Tier.of("qa", 300).compareTo(Tier.SUPERVISOR) != 0);
    }

    @Test
    void priorityRaisesAndSaturates() {
        assertEquals(Priority.HIGH, Priority.NORMAL.raise(1));
        assertEquals(Priority.CRITICAL, Priority.HIGH.raise(10));
        assertEquals(Priority.LOW, Priority.NORMAL.raise(-5));
        assertEquals(Priority.URGENT, Priority.URGENT.max(Priority.LOW));
    }

    @Test
    void urgencyKnowsWhetherAnySignalIsPresent() {
        assertFalse(Urgency.NONE.any());
        assertTrue(new Urgency(false, NOW.minus(Duration.ofDays(1)), 0, false).any());
        assertTrue(new Urgency(false, null, 2, false).any());
        assertThrows(InvalidEscalationException.class, () -> new Urgency(false, null, 1000, false));
    }

    @Test
    void violationsAreRerootedUnderTheirParentPath() {
        Violation v = new Violation("value", "NotBlank", "must not be blank", "String(length=0)");
        assertEquals("inquiry.value", v.under("inquiry").path());
        assertEquals("list[2]", new Violation("[2]", "NotNull", "m", "null").under("list").path());
        assertEquals("x", new Violation("", "R", "m", "null").under("x").path());
    }
}
