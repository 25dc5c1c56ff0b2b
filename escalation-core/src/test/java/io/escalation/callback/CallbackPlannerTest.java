package io.escalation.callback;

import io.escalation.model.LocalizedText;
import java.util.Locale;
import io.escalation.model.EscalationRef;
import io.escalation.model.ActorId;
import static io.escalation.callback.BusinessCalendarTest.TOKYO;
import static io.escalation.callback.BusinessCalendarTest.TOKYO_OFFICE;
import static io.escalation.callback.BusinessCalendarTest.at;
import static io.escalation.callback.BusinessCalendarTest.tokyo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.model.ContactWindow;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallbackPlannerTest {

    static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
    static final BusinessCalendar BANGKOK_SITE = BusinessCalendar.builder(BANGKOK)
            .everyDay(LocalTime.of(8, 0), LocalTime.of(22, 0)).build();
    static final Candidate TOKYO_AGENT = new Candidate(ActorId.of("tokyo-agent"), LocalizedText.of(Locale.JAPANESE, "東京の担当者").and(Locale.ENGLISH, "the Tokyo agent"), TOKYO_OFFICE,
            Handoff.internalMail(Duration.ofHours(2)));
    static final Candidate BANGKOK_SV = new Candidate(ActorId.of("bangkok-sv"), LocalizedText.of(Locale.JAPANESE, "バンコクのSV").and(Locale.ENGLISH, "a supervisor in Bangkok"),
            BANGKOK_SITE, Handoff.live());
    static final CallbackPlanner PLANNER = CallbackPlanner.builder().build();

    static List<String> codes(CallbackOption o) {
        return o.reasons().stream().map(Reason::code).toList();
    }

    @Test
    void bangkokHandsOverToTokyoByMailAfterTokyoHasClosed() {
        Instant requested = at(BANGKOK, "2026-11-24T17:45"); // 19:45 in Tokyo, Tuesday
        CallbackPlan plan = PLANNER.plan(new CallbackRequest(requested, TOKYO,
                ContactWindow.of(LocalTime.of(10, 0), LocalTime.of(21, 0)), Priority.NORMAL,
                List.of(TOKYO_AGENT, BANGKOK_SV)));
        CallbackOption sv = plan.options().get(0);
        assertEquals("bangkok-sv", sv.candidate().id().value());
        assertEquals(requested, sv.dueAt());
        assertEquals(tokyo("2026-11-24T20:15"), sv.promiseBy());
        assertEquals(tokyo("2026-11-24T20:00"), sv.remindAt());
        assertEquals("本日20時15分までに", sv.promise(Locale.JAPANESE));
        assertEquals("by 8:15 pm today", sv.promise(Locale.ENGLISH));

        CallbackOption agent = plan.options().get(1);
        assertEquals(tokyo("2026-11-25T11:00"), agent.dueAt(), "mail is read within 2 business hours of Tokyo");
        assertEquals(tokyo("2026-11-25T11:30"), agent.promiseBy());
        assertEquals(tokyo("2026-11-25T11:15"), agent.remindAt());
        assertEquals("明日の11時30分までに", agent.promise(Locale.JAPANESE));
        assertEquals("by 11:30 am tomorrow", agent.promise(Locale.ENGLISH));
        assertTrue(codes(agent).containsAll(List.of("handoff-mail", "promise-margin", "reminder")));

        assertEquals("バンコクのSVでしたら本日20時15分までに、東京の担当者でしたら明日の11時30分までにお電話いたします。",
                plan.offer(Locale.JAPANESE));
        assertEquals("A supervisor in Bangkok can call you by 8:15 pm today, or the Tokyo agent by 11:30 am tomorrow.",
                plan.offer(Locale.ENGLISH));
        assertEquals(sv.promiseBy(), plan.promiseBy());
    }

    @Test
    void theCustomersWindowComesFirst() {
        Instant requested = tokyo("2026-11-24T15:00");
        CallbackPlan plan = PLANNER.plan(new CallbackRequest(requested, TOKYO,
                ContactWindow.of(LocalTime.of(10, 0), LocalTime.of(12, 0)), Priority.NORMAL,
                List.of(new Candidate(ActorId.of("sv"), LocalizedText.of(Locale.JAPANESE, "SV").and(Locale.ENGLISH, "a supervisor"), TOKYO_OFFICE, Handoff.live()))));
        CallbackOption o = plan.best().orElseThrow();
        assertEquals(tokyo("2026-11-25T10:00"), o.dueAt());
        assertEquals(tokyo("2026-11-25T10:30"), o.promiseBy());
        assertTrue(codes(o).contains("customer-window"));
    }

    @Test
    void goldenWeekPushesThePromiseAndTheWordsSayTheDate() {
        Instant requested = tokyo("2026-05-01T17:50");
        CallbackPlan plan = CallbackPlanner.builder().rounding(PromiseRounding.WHOLE_HOUR).build()
                .plan(new CallbackRequest(requested, TOKYO, null, Priority.NORMAL, List.of(TOKYO_AGENT)));
        CallbackOption o = plan.best().orElseThrow();
        assertEquals(tokyo("2026-05-07T10:50"), o.dueAt());
        assertEquals(tokyo("2026-05-07T12:00"), o.promiseBy());
        assertEquals("5月7日（木）の午前中に", o.promise(Locale.JAPANESE));
        assertEquals("by noon on Thu, May 7", o.promise(Locale.ENGLISH));
    }

    @Test
    void urgentCallbacksGetHalfTheMargin() {
        Candidate sv = new Candidate(ActorId.of("sv"), LocalizedText.of(Locale.JAPANESE, "SV").and(Locale.ENGLISH, "a supervisor"), TOKYO_OFFICE, Handoff.live());
        Instant requested = tokyo("2026-11-24T10:00");
        CallbackPlan normal = PLANNER.plan(new CallbackRequest(requested, TOKYO, null, Priority.NORMAL, List.of(sv)));
        CallbackPlan urgent = PLANNER.plan(new CallbackRequest(requested, TOKYO, null, Priority.URGENT, List.of(sv)));
        assertEquals(tokyo("2026-11-24T10:30"), normal.promiseBy());
        assertEquals(tokyo("2026-11-24T10:15"), urgent.promiseBy());
    }

    @Test
    void aCandidateWithoutCommonTimeIsReportedNotOffered() {
        BusinessCalendar nights = BusinessCalendar.builder(TOKYO).everyDay(LocalTime.of(1, 0), LocalTime.of(5, 0)).build();
        Candidate night = new Candidate(ActorId.of("night"), LocalizedText.of(Locale.JAPANESE, "夜間担当").and(Locale.ENGLISH, "the night desk"), nights, Handoff.live());
        CallbackPlan plan = PLANNER.plan(new CallbackRequest(tokyo("2026-11-24T10:00"), TOKYO,
                ContactWindow.of(LocalTime.of(10, 0), LocalTime.of(12, 0)), Priority.NORMAL, List.of(night)));
        assertTrue(plan.options().isEmpty());
        assertEquals("no-common-time", plan.unavailable().get(0).reason().code());
        assertEquals("確認ができ次第、こちらからお電話いたします。", plan.offer(Locale.JAPANESE),
                "with nobody able to call, the customer still hears something true");
    }

    @Test
    void anUnknownCustomerZoneAssumesTheSitesAndSaysSo() {
        CallbackPlan plan = PLANNER.plan(new CallbackRequest(tokyo("2026-11-24T10:00"), null, null, Priority.NORMAL,
                List.of(BANGKOK_SV)));
        assertTrue(codes(plan.best().orElseThrow()).contains("customer-zone-assumed"));
        assertEquals("本日8時30分までに", plan.best().orElseThrow().promise(Locale.JAPANESE), "Bangkok time");
    }

    @Test
    void plannerSettingsSayWhatTheyGot() {
        io.escalation.InvalidEscalationException e = assertThrows(io.escalation.InvalidEscalationException.class,
                () -> CallbackPlanner.builder().reminderLead(Duration.ZERO));
        assertEquals("reminderLead", e.violations().get(0).path());
        assertEquals("DurationRange", e.violations().get(0).rule());
        assertTrue(e.getMessage().contains("must be between PT1M and PT24H, but was PT0S"), e.getMessage());
        io.escalation.InvalidEscalationException empty = assertThrows(io.escalation.InvalidEscalationException.class,
                () -> new CallbackRequest(Instant.EPOCH, null, null, Priority.NORMAL, List.of()));
        assertEquals(List.of("candidates"), empty.paths());
    }

    @Test
    void overdueAndChasedCallbacksRaiseThePriority() {
        Instant now = tokyo("2026-11-25T12:00");
        List<OverdueCallbacks.Report> reports = OverdueCallbacks.check(List.of(
                new PromisedCallback(EscalationRef.of("acme", "esc-1"), tokyo("2026-11-25T11:30"), 0),
                new PromisedCallback(EscalationRef.of("acme", "esc-2"), tokyo("2026-11-25T09:00"), 2),
                new PromisedCallback(EscalationRef.of("acme", "esc-3"), tokyo("2026-11-25T15:00"), 0),
                new PromisedCallback(EscalationRef.of("acme", "esc-4"), tokyo("2026-11-25T15:00"), 1)), now);
        assertEquals(List.of("esc-2", "esc-1", "esc-4"), reports.stream().map(r -> r.callback().ref().id().value()).toList());
        assertEquals(4, reports.get(0).priorityIncrease(), "three hours late (two levels) and chased twice (two more)");
        assertEquals(Priority.CRITICAL, reports.get(0).raise(Priority.HIGH));
        assertEquals(1, reports.get(1).priorityIncrease());
        assertTrue(reports.get(1).overdue());
        assertFalse(reports.get(2).overdue());
        assertEquals(1, reports.get(2).priorityIncrease());
        assertEquals("callback-chased", reports.get(2).reasons().get(0).code());
    }

    @Test
    void slaBusinessTimeLeavesOutPauses() {
        Instant from = tokyo("2026-11-24T09:00");
        Instant to = tokyo("2026-11-26T18:00");
        assertEquals(Duration.ofHours(27), TOKYO_OFFICE.between(from, to));
        List<Pause> pauses = List.of(new Pause(tokyo("2026-11-24T17:00"), tokyo("2026-11-25T10:00")),
                new Pause(tokyo("2026-11-25T09:30"), tokyo("2026-11-25T12:00")));
        assertEquals(Duration.ofHours(23), TOKYO_OFFICE.between(from, to, pauses));
    }

    @Test
    void promisesAreSaidRelativeToTheDayOfTheRequest() {
        Candidate sv = new Candidate(ActorId.of("sv"), LocalizedText.of(Locale.JAPANESE, "SV").and(Locale.ENGLISH, "a supervisor"), TOKYO_OFFICE, Handoff.internalMail(Duration.ofHours(18)));
        CallbackPlan plan = PLANNER.plan(new CallbackRequest(tokyo("2026-11-24T10:00"), TOKYO, null, Priority.NORMAL,
                List.of(sv)));
        assertEquals(LocalDate.of(2026, 11, 26), plan.promiseBy().atZone(TOKYO).toLocalDate());
        assertEquals("明後日の10時30分までに", plan.best().orElseThrow().promise(Locale.JAPANESE));
        assertEquals("by 10:30 am on Thu, Nov 26", plan.best().orElseThrow().promise(Locale.ENGLISH));
    }
}
