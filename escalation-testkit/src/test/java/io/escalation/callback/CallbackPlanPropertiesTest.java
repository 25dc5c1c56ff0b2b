package io.escalation.callback;

import java.util.Locale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.testkit.CalendarGens;
import io.escalation.testkit.Gens;
import io.escalation.testkit.Property;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Rules every callback plan keeps (1,000 requests). */
class CallbackPlanPropertiesTest {

    @Test
    void everyOptionIsDueInsideBothTimesRemindedBeforeThePromiseAndSorted() {
        Property.forAll(CalendarGens.callbackRequests(), Gens.enums(PromiseRounding.class))
                .named("callback plans")
                .check((request, rounding) -> {
                    CallbackPlan plan = CallbackPlanner.builder().rounding(rounding).build().plan(request);
                    assertEquals(request.candidates().size(), plan.options().size() + plan.unavailable().size());
                    CallbackOption previous = null;
                    for (CallbackOption o : plan.options()) {
                        assertTrue(o.remindAt().isBefore(o.promiseBy()), "remindAt < promiseBy");
                        assertFalse(o.dueAt().isAfter(o.promiseBy()), "dueAt <= promiseBy");
                        assertFalse(o.dueAt().isBefore(request.requestedAt()), "never due before the request");
                        assertTrue(o.candidate().calendar().isOpen(o.dueAt()), "due in the responder's working time");
                        if (request.window() != null) {
                            ZoneId zone = request.customerZone() != null ? request.customerZone()
                                    : o.candidate().calendar().zone();
                            assertTrue(request.window().contains(o.dueAt().atZone(zone).toLocalTime()),
                                    "due in the customer's window");
                        }
                        int step = rounding.minutes();
                        ZoneId zone = request.customerZone() != null ? request.customerZone()
                                : o.candidate().calendar().zone();
                        var local = o.promiseBy().atZone(zone);
                        assertTrue(local.getMinute() % step == 0 && local.getSecond() == 0 && local.getNano() == 0,
                                "promises are easy to say: " + local);
                        assertFalse(o.promise(Locale.JAPANESE).contains("お約束しかねます"));
                        assertFalse(o.reasons().isEmpty());
                        if (previous != null) {
                            assertFalse(o.promiseBy().isBefore(previous.promiseBy()), "sorted by promise");
                        }
                        previous = o;
                    }
                });
    }
}
