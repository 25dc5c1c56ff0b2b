package io.escalation.examples;

import java.util.Locale;
import io.escalation.callback.CallbackOption;
import io.escalation.callback.CallbackPlan;
import io.escalation.callback.Candidate;
import io.escalation.callback.Handoff;
import io.escalation.desk.EscalationDesk;
import io.escalation.json.EscalationJson;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.BusinessTime;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.lifecycle.ExplanationOutcome;
import io.escalation.lifecycle.ReferralKind;
import io.escalation.model.ActorId;
import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.EscalationRef;
import io.escalation.model.Tier;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.store.CaseMatch;
import io.escalation.store.CaseQuery;
import io.escalation.store.InMemoryCaseLibrary;
import io.escalation.store.InMemoryEscalationStore;
import io.escalation.testkit.TestClock;
import io.escalation.text.Texts;
import java.util.Locale;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * The desk a host calls all day, through the seeds' manager flow: monitor, instruct, the manager
 * takes over, refer to the department, explain, the customer is not satisfied, refer again,
 * explain, the customer accepts, resolve, close; then a later operator finds the case.
 */
public final class DeskExample {

    private DeskExample() {}

    /**
     * Runs the escalation's life through a desk on an in-memory store.
     *
     * @param escalation the escalation
     * @param lang the reader's language
     * @param out where to print
     * @return the final state
     */
    public static EscalationState run(Escalation escalation, Locale lang, PrintStream out) {
        TestClock clock = TestClock.fixed(escalation.raisedAt());
        InMemoryCaseLibrary cases = new InMemoryCaseLibrary();
        EscalationDesk desk = EscalationDesk.builder()
                .store(new InMemoryEscalationStore())
                .caseLibrary(cases)
                .clock(clock)
                .listener((event, state) -> out.println("   [event] v" + event.version() + " " + event.action()
                        + " -> " + Texts.standard().term(state.status(), lang)))
                .build();

        RoutingContext context = RoutingContext.builder(clock.instant())
                .responder(Responder.available("sv-sato", Tier.SUPERVISOR))
                .responder(Responder.available("mgr-tanaka", Tier.MANAGER)).build();
        EscalationRef ref = desk.raise(escalation, context).ref();
        Actor sato = Actor.supervisor("sv-sato");
        Actor tanaka = Actor.manager("mgr-tanaka");
        Actor billing = Actor.department("mail-ops-kimura");
        Department mailOps = Department.of("mail-ops");

        clock.advance(Duration.ofMinutes(1));
        desk.apply(ref, sato, Change.acknowledged());                                    // listens in
        clock.advance(Duration.ofMinutes(2));
        desk.apply(ref, sato, Change.instructed("送信サーバのSMTP認証を確認してもらって"));
        CallbackPlan plan = desk.planCallback(ref, List.of(Candidate.of(Responder.builder("sv-sato", Tier.SUPERVISOR)
                .name(java.util.Map.of(Locale.JAPANESE, "佐藤", Locale.ENGLISH, "Sato")).build(), CallbackExample.TOKYO_OFFICE, Handoff.live())));
        CallbackOption promise = plan.best().orElseThrow();
        desk.apply(ref, Actor.operator(escalation.operator().id().value()), EscalationDesk.promised(promise));
        out.println("   promised: " + promise.promise(lang));
        clock.advance(Duration.ofMinutes(20));
        desk.apply(ref, sato, new Change.CallbackMade());
        clock.advance(Duration.ofMinutes(5));
        desk.apply(ref, tanaka, Change.takenOver(Tier.MANAGER));                          // the manager takes over
        desk.apply(ref, tanaka, Change.referred(ReferralKind.DEPARTMENT, mailOps, "server-side-check", null));
        clock.advance(Duration.ofDays(1));
        desk.apply(ref, billing, Change.answerReceived("サーバ側の障害でした"));
        desk.apply(ref, tanaka, Change.explained(ExplanationOutcome.NOT_SATISFIED, "wants-compensation", null));
        desk.apply(ref, tanaka, Change.referred(ReferralKind.DEPARTMENT, mailOps, "customer-not-satisfied",
                "補償の可否を確認してください"));                                             // back to the department
        clock.advance(Duration.ofHours(5));
        desk.apply(ref, billing, Change.answerReceived("復旧済み。再設定で送信できます"));
        desk.apply(ref, tanaka, Change.explained(ExplanationOutcome.ACCEPTED, null, null));  // the customer accepts
        desk.apply(ref, tanaka, Change.resolved("SMTP認証をオンにして送受信できることを確認", null));
        clock.advance(Duration.ofMinutes(5));
        EscalationState closed = desk.apply(ref, tanaka, Change.closed());

        var clocks = desk.slaClocks(ref, CallbackExample.TOKYO_OFFICE::between);
        out.println("   SLA: " + clocks.total().toMinutes() + " min in all, " + clocks.paused().toMinutes()
                + " min paused while referred, " + clocks.businessTotal().toMinutes()
                + " business min (Tokyo office hours)");
        out.println("   wall-clock measure gives the same total: "
                + desk.slaClocks(ref, BusinessTime.WALL_CLOCK).total().toMinutes() + " min");
        EscalationJson json = EscalationJson.create();
        List<EscalationEvent> history = closed.history().stream().map(json::write).map(json::readEvent).toList();
        out.println("   history: " + history.size() + " events; the JSON history reads back equal: "
                + history.equals(closed.history()));
        String words = lang.getLanguage().equals("ja") ? "メール設定" : "mail setup";
        for (CaseMatch m : cases.search(ref.tenant(), CaseQuery.text(words))) {
            out.println("   case library finds " + m.resolvedCase().ref().id() + " for '" + words + "' (score "
                    + m.score() + "), resolved as the operator wrote it: “" + m.resolvedCase().resolution().value()
                    + "”");
        }
        return closed;
    }
}
