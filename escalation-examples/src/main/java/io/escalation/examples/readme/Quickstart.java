package io.escalation.examples.readme;

import io.escalation.callback.BusinessCalendar;
import io.escalation.callback.CallbackPlan;
import io.escalation.callback.Candidate;
import io.escalation.callback.Handoff;
import io.escalation.desk.EscalationDesk;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.Change;
import io.escalation.model.Channel;
import io.escalation.model.Escalation;
import io.escalation.model.ExperienceLevel;
import io.escalation.model.Inquiry;
import io.escalation.model.RequestKind;
import io.escalation.model.Temperature;
import io.escalation.model.Tier;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.store.InMemoryEscalationStore;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The README's quickstart, verbatim: the everyday path, raise, brief, route, plan a callback, act. */
public final class Quickstart {

    private Quickstart() {}

    /**
     * Runs the quickstart now.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(Clock.systemUTC());
    }

    /**
     * Runs the quickstart with {@code clock}.
     *
     * @param clock where "now" comes from
     */
    public static void run(Clock clock) {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        EscalationDesk desk = EscalationDesk.builder()
                .store(new InMemoryEscalationStore())   // or JdbcEscalations.builder(dataSource).build().store()
                .clock(clock)
                .build();

        Escalation escalation = Escalation.builder()    // validates: InvalidEscalationException names every bad field
                .id("esc-2026-0001").tenant("acme-support").raisedAt(clock.instant())
                .channel(Channel.PHONE)
                .operator("op-017", ExperienceLevel.TRAINEE, "tokyo-1")
                .customer("crm-48213", Locale.JAPAN, tokyo)
                .inquiry(Inquiry.builder(RequestKind.ADVICE)
                        .category("mail-setup", Map.of(Locale.JAPANESE, "メールの設定に失敗する",
                                Locale.ENGLISH, "mail setup failing"))
                        .decisionWanted("設定の見落としが無いか確認したい")
                        .environment("Outlook 2016")
                        .build())
                .temperature(Temperature.CONCERNED)
                .onHold(clock.instant())
                .build();

        Responder sato = Responder.builder("sv-sato", Tier.SUPERVISOR).name("佐藤").build();
        var raised = desk.raise(escalation, RoutingContext.builder(clock.instant()).zone(tokyo).responder(sato).build());
        System.out.println(desk.briefing(raised.ref(), Locale.ENGLISH).paragraph());  // conclusion first
        raised.explain(Locale.ENGLISH).forEach(System.out::println);                  // who gets it, and why

        BusinessCalendar office = BusinessCalendar.builder(tokyo)
                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)).build();
        CallbackPlan plan = desk.planCallback(raised.ref(), List.of(Candidate.of(sato, office, Handoff.live())));
        System.out.println(plan.offer(Locale.JAPANESE));                             // what to tell the customer

        desk.apply(raised.ref(), Actor.supervisor("sv-sato"), Change.acknowledged()); // every later step
    }
}
