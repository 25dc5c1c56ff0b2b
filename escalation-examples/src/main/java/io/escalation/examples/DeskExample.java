package io.escalation.examples;

import io.escalation.callback.CallbackPlan;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.BusinessTime;
import io.escalation.lifecycle.EscalationDesk;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.Escalation;
import io.escalation.model.Tier;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.store.CaseMatch;
import io.escalation.store.CaseQuery;
import io.escalation.store.InMemoryCaseLibrary;
import io.escalation.store.InMemoryEscalationStore;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** The desk a host calls all day: raise, acknowledge, promise a callback, resolve, find the case again. */
public final class DeskExample {

    private DeskExample() {}

    /** A clock the example moves forward by hand. */
    static final class SteppingClock extends Clock {
        private Instant now;

        SteppingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /**
     * Runs the escalation's life through a desk on an in-memory store.
     *
     * @param escalation the escalation
     * @param out where to print
     * @return the final state
     */
    public static EscalationState run(Escalation escalation, PrintStream out) {
        SteppingClock clock = new SteppingClock(escalation.raisedAt());
        InMemoryCaseLibrary cases = new InMemoryCaseLibrary();
        EscalationDesk desk = EscalationDesk.builder()
                .store(new InMemoryEscalationStore())
                .caseLibrary(cases)
                .clock(clock)
                .listener((event, state) -> out.println("   [event] v" + event.version() + " " + event.action()
                        + " -> " + state.status().japanese() + " / " + state.status().english()))
                .build();

        RoutingContext context = RoutingContext.builder(clock.instant())
                .responder(Responder.available("sv-sato", Tier.SUPERVISOR)).build();
        EscalationDesk.Raised raised = desk.raise(escalation, context);
        var tenant = escalation.tenant();
        var id = escalation.id();
        Actor sv = EscalationDesk.asActor(raised.decision().assignee());

        clock.advance(Duration.ofMinutes(1));
        desk.acknowledge(tenant, id, sv);
        clock.advance(Duration.ofMinutes(2));
        desk.instruct(tenant, id, sv, "送信サーバのSMTP認証を確認してもらって");
        CallbackPlan plan = desk.planCallback(tenant, id, List.of(new io.escalation.callback.Candidate("sv-sato",
                "SV", "a supervisor", CallbackExample.TOKYO_OFFICE, io.escalation.callback.Handoff.live())));
        desk.scheduleCallback(tenant, id, Actor.operator(escalation.operator().id().value()), sv,
                plan.best().orElseThrow());
        out.println("   promised: " + plan.best().orElseThrow().promiseJapanese() + " / "
                + plan.best().orElseThrow().promiseEnglish());
        clock.advance(Duration.ofMinutes(20));
        desk.recordCallbackMade(tenant, id, sv);
        desk.resolve(tenant, id, sv, "SMTP認証をオンにして送受信できることを確認");
        clock.advance(Duration.ofMinutes(5));
        EscalationState closed = desk.close(tenant, id, sv);

        var clocks = desk.slaClocks(tenant, id, CallbackExample.TOKYO_OFFICE::between);
        out.println("   SLA: " + clocks.total().toMinutes() + " min in all, " + clocks.businessTotal().toMinutes()
                + " business min (Tokyo office hours); by status " + clocks.byStatus());
        out.println("   wall-clock measure gives the same total: "
                + desk.slaClocks(tenant, id, BusinessTime.WALL_CLOCK).total().toMinutes() + " min");
        for (CaseMatch m : cases.search(tenant, CaseQuery.text("メール設定"))) {
            out.println("   case library finds " + m.resolvedCase().escalationId() + " for 'メール設定' (score "
                    + m.score() + "): " + m.resolvedCase().resolution().value());
        }
        return closed;
    }
}
