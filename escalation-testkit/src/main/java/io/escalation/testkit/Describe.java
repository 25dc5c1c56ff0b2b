package io.escalation.testkit;

import io.escalation.model.CallState;
import io.escalation.model.Customer;
import io.escalation.model.CustomerState;
import io.escalation.model.Escalation;
import io.escalation.model.FreeText;
import io.escalation.model.Inquiry;
import io.escalation.model.Urgency;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.Thresholds;
import io.escalation.routing.TierLadder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Renders counterexamples for failure reports so a person reads them fast: an escalation as a
 * short briefing-like summary (conclusion first, then the customer's state, then what is filled
 * in), a context as its few facts. Personal data never appears: free text shows only its length,
 * names and contact points only that they are present.
 */
final class Describe {

    private Describe() {}

    static String value(@Nullable Object o) {
        if (o instanceof Escalation e) {
            return escalation(e);
        }
        if (o instanceof RoutingContext c) {
            return context(c);
        }
        if (o instanceof Collection<?> list && !list.isEmpty() && list.iterator().next() instanceof Escalation) {
            List<String> out = new ArrayList<>();
            list.forEach(x -> out.add(value(x)));
            return out.toString();
        }
        return String.valueOf(o);
    }

    static String escalation(Escalation e) {
        Inquiry q = e.inquiry();
        CustomerState s = e.customerState();
        StringBuilder b = new StringBuilder("escalation ").append(e.tenant().value()).append('/').append(e.id().value())
                .append(": ").append(q.kind());
        if (q.category() != null) {
            b.append(" about ").append(q.category().code());
        }
        b.append(", decision wanted ").append(text(q.decisionWanted())).append(", concern ").append(text(q.concern()));
        b.append(" | customer ").append(s.temperature());
        if (s.demandedSupervisor()) {
            b.append(", demanded a supervisor");
        }
        String urgency = urgency(s.urgency());
        if (!urgency.isEmpty()) {
            b.append(", ").append(urgency);
        }
        b.append(" | ").append(e.operator().experience()).append(" operator ").append(e.operator().id().value())
                .append(" at ").append(e.operator().site().value()).append(", ").append(e.channel())
                .append(", handling ").append(e.handlingTime()).append(", ").append(call(e.callState()))
                .append(", fault ").append(e.fault()).append(", raised ").append(e.raisedAt());
        List<String> filled = new ArrayList<>();
        if (!q.actionsTaken().isEmpty()) {
            filled.add(q.actionsTaken().size() + " actions taken");
        }
        if (q.environment() != null) {
            filled.add("environment " + text(q.environment()));
        }
        if (q.background() != null) {
            filled.add("background " + text(q.background()));
        }
        if (!q.history().isEmpty()) {
            filled.add(q.history().size() + " history entries");
        }
        if (q.impact() != null) {
            filled.add("impact " + text(q.impact()));
        }
        filled.add(customer(e.customer()));
        b.append(" | ").append(String.join(", ", filled));
        return b.toString();
    }

    private static String customer(Customer c) {
        StringBuilder b = new StringBuilder("customer ").append(c.locale().toLanguageTag());
        if (c.timeZone() != null) {
            b.append(' ').append(c.timeZone());
        }
        if (c.name() != null) {
            b.append(", name [redacted]");
        }
        if (c.contact() != null) {
            b.append(", contact [redacted]");
        }
        if (c.reachable() != null) {
            b.append(", reachable ").append(c.reachable().from()).append('-').append(c.reachable().until());
        }
        return b.toString();
    }

    private static String urgency(Urgency u) {
        List<String> out = new ArrayList<>();
        if (u.inAHurry()) {
            out.add("in a hurry");
        }
        if (u.waitingSince() != null) {
            out.add("waiting since " + u.waitingSince());
        }
        if (u.repeatContacts() > 0) {
            out.add(u.repeatContacts() + " repeat contacts");
        }
        if (u.sameTroubleBefore()) {
            out.add("same trouble before");
        }
        return String.join(", ", out);
    }

    private static String call(CallState state) {
        if (state instanceof CallState.OnHold h) {
            return "on hold since " + h.since();
        }
        if (state instanceof CallState.CallbackPromised p) {
            return "callback promised until " + p.until();
        }
        return state instanceof CallState.Ended ? "call ended" : "live";
    }

    private static String text(@Nullable FreeText t) {
        return t == null ? "-" : "[" + t.value().length() + " chars]";
    }

    static String context(RoutingContext c) {
        StringBuilder b = new StringBuilder("context at ").append(c.now()).append(' ').append(c.zone());
        b.append(", handling ").append(c.handlingTime() == null ? "from the escalation" : c.handlingTime());
        if (c.operator() != null) {
            b.append(", operator ").append(c.operator().experience());
            if (!c.operator().authorities().isEmpty()) {
                b.append(' ').append(c.operator().authorities());
            }
        }
        long present = c.roster().stream().filter(Responder::isPresent).count();
        b.append(", roster of ").append(c.roster().size()).append(" (").append(present).append(" present)");
        if (!c.roster().isEmpty()) {
            b.append(' ').append(c.roster());
        }
        if (!c.ladder().equals(TierLadder.standard())) {
            b.append(", ladder ").append(c.ladder());
        }
        b.append(", thresholds ").append(c.thresholds().equals(Thresholds.DEFAULTS) ? "default" : c.thresholds());
        if (c.outsourced()) {
            b.append(", outsourced");
        }
        if (!c.departments().isEmpty()) {
            b.append(", departments for ").append(c.departments().keySet());
        }
        if (c.overdueCallbacks() > 0) {
            b.append(", ").append(c.overdueCallbacks()).append(" overdue callbacks");
        }
        if (c.customerChasing()) {
            b.append(", customer chasing");
        }
        return b.toString();
    }
}
