package io.escalation.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.model.ContactWindow;
import io.escalation.testkit.CalendarGens;
import io.escalation.testkit.CallbackGens;
import io.escalation.testkit.Gens;
import io.escalation.testkit.Property;
import io.escalation.testkit.PropertyReport;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Promises people can keep, over random calendars, windows, quiet hours, request instants (half of
 * them near a DST change) and planner settings: every instant is checked against plain java.time
 * readings of the window and the quiet hours and against the minute-stepping calendar reference.
 */
class CallbackPromisePropertiesTest {

    private static final int TRIES = 600;

    /** The customer's side, read independently of the planner: local time against window and quiet hours. */
    private record Customer(ZoneId zone, @Nullable ContactWindow window, QuietHours quiet) {
        LocalTime local(Instant t) {
            return t.atZone(zone).toLocalTime();
        }

        boolean allows(Instant t) {
            LocalTime l = local(t);
            return (window == null || window.contains(l)) && !quiet.contains(l);
        }
    }

    private static Customer customer(CallbackGens.Scenario s, CallbackOption o) {
        ZoneId zone = s.request().customerZone() != null ? s.request().customerZone() : o.candidate().calendar().zone();
        return new Customer(zone, s.request().window(), s.quietHours());
    }

    /** Whether the responder works at {@code t}, by the calendar and by the independent reference. */
    private static void assertWorking(MinuteReference ref, BusinessCalendar calendar, Instant t, String what) {
        assertTrue(calendar.isOpen(t), what + " in the responder's working time (calendar): " + t);
        assertTrue(ref.isOpen(t), what + " in the responder's working time (reference): " + t);
    }

    @Test
    void promisesDueTimesAndRemindersKeepTheWindowTheQuietHoursTheWorkingTimeAndTheHorizon() {
        AtomicInteger options = new AtomicInteger();
        AtomicInteger moved = new AtomicInteger();
        PropertyReport report = Property.forAll(CallbackGens.scenarios())
                .named("callback promises")
                .tries(TRIES)
                .check(s -> {
                    CallbackPlan plan = s.settings().planner().plan(s.request());
                    Instant requested = s.request().requestedAt();
                    assertEquals(s.request().candidates().size(), plan.options().size() + plan.unavailable().size());
                    assertFalse(plan.offer(java.util.Locale.JAPANESE).isBlank());
                    assertFalse(plan.offer(java.util.Locale.ENGLISH).isBlank());
                    for (CallbackOption o : plan.options()) {
                        options.incrementAndGet();
                        if (o.reasons().stream().anyMatch(r -> r.code().startsWith("promise-"))) {
                            moved.incrementAndGet();
                        }
                        Customer c = customer(s, o);
                        MinuteReference ref = new MinuteReference(s.spec(o.candidate()));
                        BusinessCalendar cal = o.candidate().calendar();
                        Instant due = o.dueAt();
                        Instant promise = o.promiseBy();
                        assertFalse(due.isBefore(requested), "never due before the request");
                        assertWorking(ref, cal, due, "due");
                        assertTrue(c.allows(due), "due inside the window, outside quiet hours: " + due.atZone(c.zone()));
                        assertTrue(promise.isAfter(due), "the promise is after the due time");
                        assertFalse(promise.isAfter(requested.plus(s.settings().horizon())), "promise within the horizon");
                        for (Instant t = due; t.isBefore(promise); t = t.plusSeconds(60)) {
                            assertTrue(c.allows(t), "from due to promise inside the window, outside quiet hours: "
                                    + t.atZone(c.zone()) + " promised " + promise.atZone(c.zone()));
                        }
                        assertTrue(c.allows(promise.minusNanos(1)), "just before the promise");
                        LocalTime p = c.local(promise);
                        assertTrue(c.window() == null || c.window().contains(p) || p.equals(c.window().until()),
                                "a promise inside the window or at its end: " + promise.atZone(c.zone()));
                        assertTrue(!c.quiet().contains(p) || p.equals(c.quiet().from()),
                                "a promise outside quiet hours or at their start: " + promise.atZone(c.zone()));

                        Instant remind = o.remindAt();
                        assertWorking(ref, cal, remind, "reminder");
                        assertTrue(c.allows(remind), "reminder inside the window, outside quiet hours");
                        assertFalse(remind.isBefore(requested), "reminder not before the request");
                        assertTrue(remind.isBefore(promise), "reminder before the promise");
                        if (o.reminderProtected()) {
                            assertFalse(remind.isAfter(promise.minus(s.settings().reminderLead())),
                                    "a protected reminder gives the full lead");
                        }

                        List<Instant> attempts = o.plannedAttempts();
                        AttemptPolicy policy = s.settings().attempts();
                        assertFalse(attempts.isEmpty(), "at least one attempt");
                        assertTrue(attempts.size() <= policy.budget(), "within the budget");
                        assertEquals(due, attempts.get(0), "the first attempt is the due time");
                        Instant previous = null;
                        for (Instant a : attempts) {
                            assertAttempt(ref, cal, c, o, policy, a, previous);
                            previous = a;
                        }
                    }
                    for (CallbackPlan.Unavailable u : plan.unavailable()) {
                        ZonedDateTime next = u.nextPossible();
                        assertTrue(next == null || !next.toInstant().isBefore(requested), "next possible after the request");
                    }
                });
        assertEquals(TRIES, report.tries());
        assertTrue(options.get() > TRIES / 2, "the scenarios plan options: " + options);
        assertTrue(moved.get() > 10, "and some promises move out of the window's end or the quiet hours: " + moved);
    }

    private static void assertAttempt(MinuteReference ref, BusinessCalendar cal, Customer c, CallbackOption o,
            AttemptPolicy policy, Instant a, @Nullable Instant lastMissed) {
        assertWorking(ref, cal, a, "attempt");
        assertTrue(c.allows(a), "attempt inside the window, outside quiet hours: " + a.atZone(c.zone()));
        assertTrue(a.isBefore(o.promiseBy()), "attempt before the promise");
        assertFalse(a.isBefore(o.dueAt()), "attempt not before the due time");
        assertFalse(a.isBefore(o.promiseBy().minus(policy.dialWindow())), "attempt within the dial window");
        if (lastMissed != null) {
            assertFalse(a.isBefore(lastMissed.plus(policy.spacing())), "attempts spaced");
        }
    }

    @Test
    void attemptsFromNextNeverExceedTheBudgetAndNeverFallAfterThePromise() {
        Property.forAll(CallbackGens.scenarios(), Gens.lists(Gens.integers(0, 240), 1, 25))
                .named("callback attempts")
                .tries(TRIES)
                .check((s, delays) -> {
                    CallbackPlan plan = s.settings().planner().plan(s.request());
                    for (CallbackOption o : plan.options()) {
                        Customer c = customer(s, o);
                        MinuteReference ref = new MinuteReference(s.spec(o.candidate()));
                        CallbackAttempts attempts = o.attempts();
                        AttemptPolicy policy = o.attemptPolicy();
                        int made = 0;
                        Instant lastMissed = null;
                        CallbackAttempts.Next next;
                        while ((next = attempts.next(made, lastMissed)) instanceof CallbackAttempts.Dial dial) {
                            assertEquals(made + 1, dial.attempt());
                            assertTrue(dial.attempt() <= policy.budget(), "never more than the budget");
                            assertAttempt(ref, o.candidate().calendar(), c, o, policy, dial.at(), lastMissed);
                            lastMissed = dial.at().plusSeconds(60L * delays.get(made % delays.size()));
                            made++;
                        }
                        assertTrue(made <= policy.budget());
                        String code = next.reason().code();
                        assertEquals(made == policy.budget() ? "attempt-budget-spent" : "attempt-no-time-left", code);
                        assertInstanceOf(CallbackAttempts.Exhausted.class,
                                attempts.next(policy.budget(), o.promiseBy()), "a spent budget stays spent");
                    }
                });
    }

    @Test
    void attemptsForAnyPromiseStayInsideItAndTheCallableTime() {
        Property.forAll(CallbackGens.scenarios(), CalendarGens.minuteDurations(Duration.ofHours(30)),
                CallbackGens.attemptPolicies(Duration.ofMinutes(1)))
                .named("attempts for any promise")
                .tries(TRIES)
                .check((s, length, policy) -> {
                    Candidate candidate = s.request().candidates().get(0);
                    Instant due = s.request().requestedAt();
                    ZoneId zone = s.request().customerZone() != null ? s.request().customerZone()
                            : candidate.calendar().zone();
                    CallbackAttempts attempts = new CallbackAttempts(due, due.plus(length), zone, s.request().window(),
                            s.quietHours(), candidate.calendar(), policy);
                    Customer c = new Customer(zone, s.request().window(), s.quietHours());
                    MinuteReference ref = new MinuteReference(s.spec(candidate));
                    List<Instant> planned = attempts.planned();
                    assertTrue(planned.size() <= policy.budget());
                    Instant previous = null;
                    for (Instant a : planned) {
                        assertWorking(ref, candidate.calendar(), a, "attempt");
                        assertTrue(c.allows(a), "attempt inside the window, outside quiet hours");
                        assertTrue(a.isBefore(attempts.promiseBy()) && !a.isBefore(due), "attempt inside the promise");
                        assertTrue(previous == null || !a.isBefore(previous.plus(policy.spacing())), "spaced");
                        previous = a;
                    }
                    if (planned.isEmpty()) {
                        // nothing callable in the dial window: the reference agrees minute by minute
                        Instant from = due.isAfter(attempts.promiseBy().minus(policy.dialWindow())) ? due
                                : attempts.promiseBy().minus(policy.dialWindow());
                        for (Instant t = from; t.isBefore(attempts.promiseBy()); t = t.plusSeconds(60)) {
                            assertFalse(ref.isOpen(t) && c.allows(t), "a callable minute was left out: " + t);
                        }
                    }
                });
    }
}
