package io.escalation.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.callback.CallbackOption;
import io.escalation.callback.CallbackPlan;
import io.escalation.callback.CallbackPlanner;
import io.escalation.callback.CallbackRequest;
import io.escalation.callback.PromiseRounding;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract a center's configured {@link CallbackPlanner} must pass with its responders'
 * calendars, as an abstract JUnit Jupiter class: extend it, return your planner (and, optionally,
 * requests shaped like yours) and your test inherits one property test per {@link Law}.
 *
 * <pre>{@code
 * class AcmeCallbacksTest extends CallbackPlanContract {
 *     protected CallbackPlanner planner() { return Acme.callbackPlanner(); }
 *     protected PromiseRounding rounding() { return PromiseRounding.HALF_HOUR; }
 * }
 * }</pre>
 */
public abstract class CallbackPlanContract {

    /** The laws a callback plan is checked against; each is one test and can be waived. */
    public enum Law {
        /** Every candidate is either an option or listed as unavailable. */
        EVERY_CANDIDATE_ACCOUNTED_FOR,
        /** The request comes first, then the due time, then the promise; the reminder comes before the promise. */
        TIMES_IN_ORDER,
        /** An option is due when the responder works and, if the customer gave a window, inside it. */
        DUE_WHEN_BOTH_CAN_TALK,
        /** Promises fall on the rounding's step in the customer's zone and never say "cannot promise". */
        PROMISES_EASY_TO_SAY,
        /** Every option states its reasons. */
        OPTIONS_EXPLAINED,
        /** Options are sorted by their promise. */
        SORTED_BY_PROMISE
    }

    /** Creates the contract. */
    protected CallbackPlanContract() {}

    /**
     * Returns the planner under test.
     *
     * @return the planner, configured as in production
     */
    protected abstract CallbackPlanner planner();

    /**
     * Returns the rounding the planner was built with (a center fact the laws check promises against).
     *
     * @return {@link PromiseRounding#QUARTER_HOUR}, the planner's default
     */
    protected PromiseRounding rounding() {
        return PromiseRounding.QUARTER_HOUR;
    }

    /**
     * Returns the requests to plan; override with your responders' calendars.
     *
     * @return {@link CalendarGens#callbackRequests()} by default
     */
    protected Gen<CallbackRequest> requests() {
        return CalendarGens.callbackRequests();
    }

    /**
     * Returns how many requests each law plans.
     *
     * @return {@value Property#DEFAULT_TRIES} by default
     */
    protected int tries() {
        return Property.DEFAULT_TRIES;
    }

    /**
     * Returns the laws that do not hold for your center, each with the reason.
     *
     * @return none by default
     */
    protected Set<Waiver> waivers() {
        return Set.of();
    }

    /** Checks one option of a plan. */
    @FunctionalInterface
    private interface OptionCheck {
        void check(CallbackRequest request, CallbackOption option);
    }

    private void everyOption(Law law, OptionCheck check) {
        CallbackPlanner planner = planner();
        plans(law).check(request -> {
            for (CallbackOption o : planner.plan(request).options()) {
                check.check(request, o);
            }
        });
    }

    private Property.ForAll1<CallbackRequest> plans(Law law) {
        Waivers.skipIfWaived(this, waivers(), law);
        return Property.forAll(requests()).named(Waivers.name(law)).tries(tries());
    }

    private static ZoneId customerZone(CallbackRequest request, CallbackOption o) {
        return request.customerZone() != null ? request.customerZone() : o.candidate().calendar().zone();
    }

    @Test
    void everyCandidateIsAnOptionOrUnavailable() {
        CallbackPlanner planner = planner();
        plans(Law.EVERY_CANDIDATE_ACCOUNTED_FOR).check(request -> {
            CallbackPlan plan = planner.plan(request);
            assertEquals(request.candidates().size(), plan.options().size() + plan.unavailable().size());
        });
    }

    @Test
    void theRequestComesBeforeTheDueTimeWhichComesBeforeThePromise() {
        everyOption(Law.TIMES_IN_ORDER, (request, o) -> {
            assertTrue(o.remindAt().isBefore(o.promiseBy()), "remindAt < promiseBy");
            assertFalse(o.dueAt().isAfter(o.promiseBy()), "dueAt <= promiseBy");
            assertFalse(o.dueAt().isBefore(request.requestedAt()), "never due before the request");
        });
    }

    @Test
    void anOptionIsDueWhenTheResponderWorksAndTheCustomerCanTalk() {
        everyOption(Law.DUE_WHEN_BOTH_CAN_TALK, (request, o) -> {
            assertTrue(o.candidate().calendar().isOpen(o.dueAt()), "due in the responder's working time");
            if (request.window() != null) {
                assertTrue(request.window().contains(o.dueAt().atZone(customerZone(request, o)).toLocalTime()),
                        "due in the customer's window");
            }
        });
    }

    @Test
    void promisesAreEasyToSay() {
        int step = rounding().minutes();
        everyOption(Law.PROMISES_EASY_TO_SAY, (request, o) -> {
            ZonedDateTime local = o.promiseBy().atZone(customerZone(request, o));
            assertTrue(local.getMinute() % step == 0 && local.getSecond() == 0 && local.getNano() == 0,
                    "promises fall on the " + step + "-minute step: " + local);
            assertFalse(o.promise(Locale.JAPANESE).contains("お約束しかねます"), "an option always promises");
        });
    }

    @Test
    void everyOptionIsExplained() {
        everyOption(Law.OPTIONS_EXPLAINED, (request, o) -> assertFalse(o.reasons().isEmpty(), "reasons"));
    }

    @Test
    void optionsAreSortedByTheirPromise() {
        CallbackPlanner planner = planner();
        plans(Law.SORTED_BY_PROMISE).check(request -> {
            CallbackOption previous = null;
            for (CallbackOption o : planner.plan(request).options()) {
                if (previous != null) {
                    assertFalse(o.promiseBy().isBefore(previous.promiseBy()), "sorted by promise");
                }
                previous = o;
            }
        });
    }
}
