package io.escalation.callback;

import static io.escalation.callback.BusinessCalendarTest.TOKYO;
import static io.escalation.callback.BusinessCalendarTest.TOKYO_OFFICE;
import static io.escalation.callback.BusinessCalendarTest.at;
import static io.escalation.callback.BusinessCalendarTest.tokyo;
import static io.escalation.callback.CallbackPlannerTest.BANGKOK;
import static io.escalation.callback.CallbackPlannerTest.BANGKOK_SV;
import static io.escalation.callback.CallbackPlannerTest.TOKYO_AGENT;
import static io.escalation.callback.CallbackPlannerTest.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.InvalidEscalationException;
import io.escalation.model.ActorId;
import io.escalation.model.ContactWindow;
import io.escalation.model.LocalizedText;
import io.escalation.model.Priority;
import io.escalation.text.Texts;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The seeds of issue 12 and the rules that keep a promise: window, quiet hours, horizon, reminders, attempts. */
class CallbackPromiseTest {

    static final ContactWindow TEN_TO_EIGHT = ContactWindow.of(LocalTime.of(10, 0), LocalTime.of(20, 0));
    static final CallbackPlanner PLANNER = CallbackPlanner.builder().build();
    static final BusinessCalendar ROUND_THE_CLOCK = BusinessCalendar.builder(TOKYO)
            .allDay(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
                    DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).build();
    static final BusinessCalendar GOVERNMENT_OFFICE = BusinessCalendar.builder(TOKYO)
            .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
            .holidays(JapaneseHolidays.provider().and(JapaneseHolidays.governmentYearEnd())).build();

    static Candidate sv(BusinessCalendar calendar, Handoff handoff) {
        return new Candidate(ActorId.of("sv"), LocalizedText.of(Locale.JAPANESE, "SV").and(Locale.ENGLISH, "a supervisor"),
                calendar, handoff);
    }

    static Candidate agent(BusinessCalendar calendar) {
        return new Candidate(ActorId.of("agent"), LocalizedText.of(Locale.JAPANESE, "東京の担当者")
                .and(Locale.ENGLISH, "the Tokyo agent"), calendar, Handoff.live());
    }

    // ------------------------------------------------------------------ seeds

    @Test
    void aCustomerReachableUntilEightWhoCallsAtQuarterToEightIsNotPromisedAQuarterPast() {
        Instant requested = at(BANGKOK, "2026-11-24T17:45"); // Tuesday 19:45 in Tokyo
        CallbackPlan plan = PLANNER.plan(new CallbackRequest(requested, TOKYO, TEN_TO_EIGHT, Priority.NORMAL,
                List.of(TOKYO_AGENT, BANGKOK_SV)));
        assertTrue(plan.unavailable().isEmpty());
        for (CallbackOption o : plan.options()) {
            LocalTime promised = o.promiseBy().atZone(TOKYO).toLocalTime();
            assertFalse(promised.isAfter(LocalTime.of(20, 0)) || promised.isBefore(LocalTime.of(10, 0)),
                    "never a promise the customer refused: " + promised);
        }
        CallbackOption sv = plan.options().get(0);
        assertEquals("bangkok-sv", sv.candidate().id().value());
        assertEquals(tokyo("2026-11-25T10:00"), sv.dueAt(), "Bangkok opens at 08:00, 10:00 in Tokyo");
        assertEquals(tokyo("2026-11-25T10:30"), sv.promiseBy());
        assertEquals(tokyo("2026-11-25T10:15"), sv.remindAt());
        assertTrue(codes(sv).contains("promise-outside-window"), codes(sv).toString());
        assertEquals("お約束の時刻がお客様のご希望時間帯（20:00まで）を過ぎるため、次のご希望時間帯に",
                Texts.standard().reason(sv.reasons().stream().filter(r -> r.code().equals("promise-outside-window"))
                        .findFirst().orElseThrow(), Locale.JAPANESE));

        CallbackOption agent = plan.options().get(1);
        assertEquals(tokyo("2026-11-25T11:00"), agent.dueAt(), "mail is read within 2 business hours of Tokyo");
        assertEquals(tokyo("2026-11-25T11:30"), agent.promiseBy());

        assertEquals("バンコクのSVでしたら明日の10時30分までに、東京の担当者でしたら明日の11時30分までにお電話いたします。",
                plan.offer(Locale.JAPANESE));
        assertEquals("A supervisor in Bangkok can call you by 10:30 am tomorrow, or the Tokyo agent by 11:30 am tomorrow.",
                plan.offer(Locale.ENGLISH));
    }

    @Test
    void aPromiseExactlyAtTheWindowsEndIsKept() {
        Instant requested = tokyo("2026-11-24T19:30");
        CallbackOption o = PLANNER.plan(new CallbackRequest(requested, TOKYO, TEN_TO_EIGHT, Priority.NORMAL,
                List.of(sv(ROUND_THE_CLOCK, Handoff.live())))).best().orElseThrow();
        assertEquals(requested, o.dueAt());
        assertEquals(tokyo("2026-11-24T20:00"), o.promiseBy());
        assertEquals("本日20時までに", o.promise(Locale.JAPANESE));
    }

    @Test
    void aGoldenWeekPromiseIsForTheNextBusinessDay() {
        Instant requested = tokyo("2026-05-01T18:20"); // Friday, after the office closed
        CallbackPlan plan = PLANNER.plan(new CallbackRequest(requested, TOKYO, null, Priority.NORMAL,
                List.of(agent(TOKYO_OFFICE))));
        CallbackOption o = plan.best().orElseThrow();
        assertEquals(tokyo("2026-05-07T09:00"), o.dueAt(), "5/2-5/6: weekend, 憲法記念日, みどりの日, こどもの日, 振替休日");
        assertEquals(tokyo("2026-05-07T09:30"), o.promiseBy());
        assertEquals(tokyo("2026-05-07T09:15"), o.remindAt());
        assertTrue(codes(o).contains("responder-closed"));
        assertEquals("東京の担当者でしたら5月7日（木）9時30分までにお電話いたします。", plan.offer(Locale.JAPANESE));
        assertEquals("The Tokyo agent can call you by 9:30 am on Thu, May 7.", plan.offer(Locale.ENGLISH));
    }

    @Test
    void aYearEndCallbackAtAGovernmentStyleSiteIsPromisedForTheFourthOfJanuary() {
        Instant requested = tokyo("2026-12-28T19:10"); // Monday evening; 12/29-1/3 closed by law
        CallbackPlan plan = PLANNER.plan(new CallbackRequest(requested, TOKYO, TEN_TO_EIGHT, Priority.NORMAL,
                List.of(agent(GOVERNMENT_OFFICE))));
        CallbackOption o = plan.best().orElseThrow();
        assertEquals(LocalDate.of(2027, 1, 4), o.promiseBy().atZone(TOKYO).toLocalDate());
        assertEquals(tokyo("2027-01-04T10:00"), o.dueAt(), "the office opens at 9:00, the customer's window at 10:00");
        assertEquals(tokyo("2027-01-04T10:30"), o.promiseBy());
        assertEquals("1月4日（月）10時30分までに", o.promise(Locale.JAPANESE));
        assertEquals("by 10:30 am on Mon, Jan 4", o.promise(Locale.ENGLISH));
    }

    // ------------------------------------------------------------------ quiet hours

    @Test
    void quietHoursMoveTheDueTimeAndThePromiseOutOfThem() {
        CallbackPlanner planner = CallbackPlanner.builder().quietHours(QuietHours.JAPAN_MONEY_LENDING).build();
        CallbackOption late = planner.plan(new CallbackRequest(tokyo("2026-11-24T20:45"), TOKYO, null, Priority.NORMAL,
                List.of(sv(ROUND_THE_CLOCK, Handoff.live())))).best().orElseThrow();
        assertEquals(tokyo("2026-11-25T08:00"), late.dueAt(), "21:15 would be in the quiet hours");
        assertEquals(tokyo("2026-11-25T08:30"), late.promiseBy());
        assertTrue(codes(late).contains("promise-in-quiet-hours"), codes(late).toString());

        CallbackOption night = planner.plan(new CallbackRequest(tokyo("2026-11-24T23:00"), TOKYO, null, Priority.NORMAL,
                List.of(sv(ROUND_THE_CLOCK, Handoff.live())))).best().orElseThrow();
        assertEquals(tokyo("2026-11-25T08:00"), night.dueAt());
        assertTrue(codes(night).contains("quiet-hours"), codes(night).toString());
        assertEquals("架電を控える時間帯（21:00-08:00）を避ける", Texts.standard().reason(night.reasons().stream()
                .filter(r -> r.code().equals("quiet-hours")).findFirst().orElseThrow(), Locale.JAPANESE));
        assertFalse(QuietHours.JAPAN_MONEY_LENDING.contains(night.remindAt().atZone(TOKYO).toLocalTime()));

        CallbackOption kept = planner.plan(new CallbackRequest(tokyo("2026-11-24T20:30"), TOKYO, null, Priority.NORMAL,
                List.of(sv(ROUND_THE_CLOCK, Handoff.live())))).best().orElseThrow();
        assertEquals(tokyo("2026-11-24T21:00"), kept.promiseBy(), "a promise at the start of the quiet hours is kept");
    }

    @Test
    void aRequestsPurposeOverridesTheTenantsQuietHours() {
        CallbackPlanner planner = CallbackPlanner.builder().quietHours(QuietHours.JAPAN_MONEY_LENDING).build();
        CallbackRequest request = new CallbackRequest(tokyo("2026-11-24T23:00"), TOKYO, null, Priority.NORMAL,
                List.of(sv(ROUND_THE_CLOCK, Handoff.live())));
        assertEquals(tokyo("2026-11-24T23:00"), planner.plan(request.withQuietHours(QuietHours.NONE)).dueAt());
        assertEquals(tokyo("2026-11-25T07:00"), planner.plan(request.withQuietHours(
                QuietHours.of(LocalTime.of(23, 15), LocalTime.of(7, 0)))).dueAt(), "a promise by 23:30 would be quiet");
        assertEquals(QuietHours.JAPAN_MONEY_LENDING, planner.plan(request).best().orElseThrow().quietHours());
    }

    @Test
    void quietHoursSayWhatIsWrong() {
        InvalidEscalationException same = assertThrows(InvalidEscalationException.class,
                () -> QuietHours.of(LocalTime.of(21, 0), LocalTime.of(21, 0)));
        assertEquals(List.of("until"), same.paths());
        assertEquals("DifferentFromStart", same.violations().get(0).rule());
        assertEquals(List.of("from", "until"), assertThrows(InvalidEscalationException.class,
                () -> new QuietHours(null, null)).paths());
        assertEquals(List.of("from"), assertThrows(InvalidEscalationException.class,
                () -> QuietHours.of(LocalTime.of(21, 0, 0, 5), LocalTime.of(8, 0))).paths());
        assertTrue(QuietHours.NONE.isNone());
        assertFalse(QuietHours.NONE.contains(LocalTime.MIDNIGHT));
        assertTrue(QuietHours.JAPAN_MONEY_LENDING.contains(LocalTime.of(7, 59)));
        assertFalse(QuietHours.JAPAN_MONEY_LENDING.contains(LocalTime.of(8, 0)));
        assertTrue(QuietHours.JAPAN_MONEY_LENDING.contains(LocalTime.of(21, 0)));
    }

    // ------------------------------------------------------------------ horizon

    @Test
    void beyondTheHorizonNobodyIsOfferedButTheCustomerHearsTheNextPossibleDay() {
        CallbackPlanner planner = CallbackPlanner.builder().horizon(Duration.ofDays(3)).build();
        CallbackPlan plan = planner.plan(new CallbackRequest(tokyo("2026-05-01T18:20"), TOKYO, null, Priority.NORMAL,
                List.of(agent(TOKYO_OFFICE))));
        assertTrue(plan.options().isEmpty());
        CallbackPlan.Unavailable u = plan.unavailable().get(0);
        assertEquals("no-common-time", u.reason().code());
        assertNotNull(u.nextPossible());
        assertEquals(tokyo("2026-05-07T09:00"), u.nextPossible().toInstant());
        assertEquals("3日以内に担当者の営業時間とお客様のご希望時間帯が重なりません", Texts.standard().reason(u.reason(), Locale.JAPANESE));
        assertEquals("確認ができ次第、こちらからお電話いたします（早くても5月7日（木）になります）。", plan.offer(Locale.JAPANESE));
        assertEquals("We will call you back as soon as we have checked (Thu, May 7 at the earliest).",
                plan.offer(Locale.ENGLISH));
    }

    @Test
    void aHorizonOfHoursIsSaidInMinutes() {
        CallbackPlanner planner = CallbackPlanner.builder().horizon(Duration.ofHours(2)).build();
        CallbackPlan plan = planner.plan(new CallbackRequest(tokyo("2026-11-24T18:30"), TOKYO, null, Priority.NORMAL,
                List.of(agent(TOKYO_OFFICE))));
        assertEquals("no-common-time-minutes", plan.unavailable().get(0).reason().code());
        assertEquals("the responder's working time and the customer's window do not meet within 120 minutes",
                Texts.standard().reason(plan.unavailable().get(0).reason(), Locale.ENGLISH));
        assertEquals("確認ができ次第、こちらからお電話いたします（早くても11月25日（水）になります）。", plan.offer(Locale.JAPANESE));
    }

    @Test
    void theDefaultHorizonCoversGoldenWeekAndTheYearEnd() {
        assertEquals(Duration.ofDays(14), CallbackPlanner.DEFAULT_HORIZON);
        CallbackPlan plan = PLANNER.plan(new CallbackRequest(tokyo("2026-04-28T18:30"), TOKYO, null, Priority.NORMAL,
                List.of(agent(GOVERNMENT_OFFICE))));
        assertFalse(plan.options().isEmpty());
    }

    @Test
    void withNobodyAndNoNextDayTheOfferIsStillTrue() {
        BusinessCalendar nights = BusinessCalendar.builder(TOKYO).everyDay(LocalTime.of(1, 0), LocalTime.of(5, 0)).build();
        CallbackPlan plan = PLANNER.plan(new CallbackRequest(tokyo("2026-11-24T10:00"), TOKYO, TEN_TO_EIGHT,
                Priority.NORMAL, List.of(sv(nights, Handoff.live()))));
        assertEquals(null, plan.unavailable().get(0).nextPossible());
        assertEquals("確認ができ次第、こちらからお電話いたします。", plan.offer(Locale.JAPANESE));
        assertEquals("We will call you back as soon as we have checked.", plan.offer(Locale.ENGLISH));
    }

    @Test
    void horizonAndAttemptSettingsSayWhatTheyGot() {
        InvalidEscalationException shortHorizon = assertThrows(InvalidEscalationException.class,
                () -> CallbackPlanner.builder().horizon(Duration.ofMinutes(30)));
        assertEquals(List.of("horizon"), shortHorizon.paths());
        assertTrue(shortHorizon.getMessage().contains("must be between PT1H and PT720H, but was PT30M"),
                shortHorizon.getMessage());
        assertEquals(List.of("horizon"), assertThrows(InvalidEscalationException.class,
                () -> CallbackPlanner.builder().horizon(Duration.ofDays(31))).paths());
        assertEquals(List.of("quietHours"), assertThrows(InvalidEscalationException.class,
                () -> CallbackPlanner.builder().quietHours(null)).paths());
        InvalidEscalationException narrow = assertThrows(InvalidEscalationException.class,
                () -> CallbackPlanner.builder().attempts(AttemptPolicy.of(3, Duration.ofMinutes(10),
                        Duration.ofMinutes(30))).build());
        assertEquals(List.of("attempts.dialWindow"), narrow.paths());
        assertEquals(List.of("budget", "dialWindow", "spacing"), assertThrows(InvalidEscalationException.class,
                () -> AttemptPolicy.of(0, Duration.ZERO, null)).paths());
        assertEquals(List.of("budget"), assertThrows(InvalidEscalationException.class,
                () -> AttemptPolicy.of(AttemptPolicy.MAX_BUDGET + 1, Duration.ofMinutes(5), Duration.ofHours(1))).paths());
    }

    // ------------------------------------------------------------------ reminders

    @Test
    void aReminderThatWouldFireAfterClosingMovesIntoWorkingTime() {
        Instant requested = tokyo("2026-11-24T17:50");
        CallbackOption o = PLANNER.plan(new CallbackRequest(requested, TOKYO, null, Priority.NORMAL,
                List.of(agent(TOKYO_OFFICE)))).best().orElseThrow();
        assertEquals(tokyo("2026-11-24T18:30"), o.promiseBy());
        assertEquals(requested, o.remindAt(), "18:15 is after closing; the office works until 18:00");
        assertTrue(TOKYO_OFFICE.isOpen(o.remindAt()));
        assertTrue(codes(o).contains("reminder-moved"), codes(o).toString());
        assertTrue(o.reminderProtected());
        assertEquals(Duration.ofMinutes(40), o.reminderLead());
    }

    @Test
    void aReminderWithNoWorkingTimeAFullLeadBeforeThePromiseIsUnprotected() {
        CallbackPlanner planner = CallbackPlanner.builder().reminderLead(Duration.ofHours(1)).build();
        CallbackOption o = planner.plan(new CallbackRequest(tokyo("2026-11-24T18:30"), TOKYO, null, Priority.NORMAL,
                List.of(agent(TOKYO_OFFICE)))).best().orElseThrow();
        assertEquals(tokyo("2026-11-25T09:00"), o.dueAt());
        assertEquals(tokyo("2026-11-25T09:30"), o.promiseBy());
        assertEquals(tokyo("2026-11-25T09:00"), o.remindAt(), "08:30 is before opening and nothing since the request");
        assertFalse(o.reminderProtected());
        assertTrue(codes(o).contains(CallbackOption.REMINDER_UNPROTECTED));
        assertEquals("約束の60分前には担当者の営業時間内に通知できないため、約束の30分前に通知", Texts.standard().reason(
                o.reasons().stream().filter(r -> r.code().equals(CallbackOption.REMINDER_UNPROTECTED)).findFirst()
                        .orElseThrow(), Locale.JAPANESE));
    }

    @Test
    void remindersAreNeverInClosedTimeEvenWithTheLongestLead() {
        CallbackPlanner planner = CallbackPlanner.builder().reminderLead(Duration.ofDays(1)).build();
        Instant requested = tokyo("2026-11-20T12:00"); // Friday
        CallbackOption o = planner.plan(new CallbackRequest(requested, TOKYO, null, Priority.NORMAL,
                List.of(sv(TOKYO_OFFICE, Handoff.internalMail(Duration.ofHours(8)))))).best().orElseThrow();
        assertTrue(TOKYO_OFFICE.isOpen(o.remindAt()), o.remindAt().toString());
        assertFalse(o.remindAt().isBefore(requested));
    }

    // ------------------------------------------------------------------ attempts

    @Test
    void attemptsStartAtTheDueTimeAndAreSpacedWithinThePromise() {
        CallbackOption o = PLANNER.plan(new CallbackRequest(tokyo("2026-11-24T10:00"), TOKYO, null, Priority.NORMAL,
                List.of(agent(TOKYO_OFFICE)))).best().orElseThrow();
        assertEquals(List.of(tokyo("2026-11-24T10:00"), tokyo("2026-11-24T10:10"), tokyo("2026-11-24T10:20")),
                o.plannedAttempts());
        CallbackAttempts attempts = o.attempts();
        CallbackAttempts.Next second = attempts.next(1, tokyo("2026-11-24T10:03"));
        assertEquals(tokyo("2026-11-24T10:13"), assertInstanceOf(CallbackAttempts.Dial.class, second).at());
        assertEquals("架電2回目（最大3回）", Texts.standard().reason(second.reason(), Locale.JAPANESE));
        CallbackAttempts.Next spent = attempts.next(3, tokyo("2026-11-24T10:21"));
        assertEquals("attempt-budget-spent", assertInstanceOf(CallbackAttempts.Exhausted.class, spent).reason().code());
        CallbackAttempts.Next late = attempts.next(1, tokyo("2026-11-24T10:25"));
        assertEquals("attempt-no-time-left", assertInstanceOf(CallbackAttempts.Exhausted.class, late).reason().code());
    }

    @Test
    void aRetryNeverFallsInClosedTimeOrQuietHoursOrOutsideTheWindow() {
        BusinessCalendar lunch = BusinessCalendar.builder(TOKYO).weekdays(LocalTime.of(9, 0), LocalTime.of(12, 0))
                .weekdays(LocalTime.of(13, 0), LocalTime.of(18, 0)).build();
        CallbackAttempts attempts = new CallbackAttempts(tokyo("2026-11-24T11:30"), tokyo("2026-11-24T14:00"), TOKYO,
                ContactWindow.of(LocalTime.of(9, 0), LocalTime.of(13, 30)), QuietHours.NONE, lunch,
                AttemptPolicy.of(5, Duration.ofMinutes(30), Duration.ofHours(4)));
        assertEquals(tokyo("2026-11-24T13:00"), ((CallbackAttempts.Dial) attempts.next(1, tokyo("2026-11-24T11:50")))
                .at(), "12:20 is the lunch break");
        assertInstanceOf(CallbackAttempts.Exhausted.class, attempts.next(2, tokyo("2026-11-24T13:05")),
                "13:35 is after the customer's window");
        CallbackAttempts quiet = new CallbackAttempts(tokyo("2026-11-24T20:40"), tokyo("2026-11-24T21:00"), TOKYO, null,
                QuietHours.JAPAN_MONEY_LENDING, ROUND_THE_CLOCK, AttemptPolicy.STANDARD);
        assertInstanceOf(CallbackAttempts.Exhausted.class, quiet.next(2, tokyo("2026-11-24T20:50")));
    }

    @Test
    void attemptInputsAreTyped() {
        CallbackAttempts attempts = new CallbackAttempts(tokyo("2026-11-24T10:00"), tokyo("2026-11-24T10:30"), TOKYO,
                null, QuietHours.NONE, TOKYO_OFFICE, AttemptPolicy.STANDARD);
        assertEquals(List.of("attemptsMade"), assertThrows(InvalidEscalationException.class,
                () -> attempts.next(-1, null)).paths());
        assertEquals(List.of("lastMissedAt"), assertThrows(InvalidEscalationException.class,
                () -> attempts.next(1, null)).paths());
        assertEquals(List.of("dueAt"), assertThrows(InvalidEscalationException.class,
                () -> new CallbackAttempts(tokyo("2026-11-24T11:00"), tokyo("2026-11-24T10:30"), TOKYO, null,
                        QuietHours.NONE, TOKYO_OFFICE, AttemptPolicy.STANDARD)).paths());
        assertEquals(List.of("calendar", "dueAt", "policy", "promiseBy", "quietHours", "zone"),
                assertThrows(InvalidEscalationException.class,
                        () -> new CallbackAttempts(null, null, null, null, null, null, null)).paths());
    }
}
