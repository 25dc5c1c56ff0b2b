package check;

import io.escalation.callback.BusinessCalendar;
import io.escalation.callback.JapaneseHolidays;
import io.escalation.desk.EscalationDesk;
import io.escalation.json.EscalationJson;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.model.CallState;
import io.escalation.model.Category;
import io.escalation.model.Channel;
import io.escalation.model.Customer;
import io.escalation.model.CustomerRef;
import io.escalation.model.Escalation;
import io.escalation.model.ExperienceLevel;
import io.escalation.model.Inquiry;
import io.escalation.model.Operator;
import io.escalation.model.RequestKind;
import io.escalation.model.Tier;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingPolicies;
import io.escalation.store.InMemoryEscalationStore;
import io.escalation.text.Texts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/** A host on the module path: JSON, routing, calendars, texts and the desk. */
public final class Main {
    public static void main(String[] args) {
        Instant now = Instant.parse("2026-11-24T01:30:00Z");
        Escalation e = Escalation.builder().id("esc-1").tenant("acme").raisedAt(now).channel(Channel.PHONE)
                .operator(Operator.of("op-1", ExperienceLevel.TRAINEE, "tokyo-1"))
                .customer(Customer.builder(CustomerRef.of("c-1"), Locale.JAPAN).build())
                .inquiry(Inquiry.builder(RequestKind.ADVICE).category(Category.of("mail-setup",
                        Map.of(Locale.JAPANESE, "メールの設定に失敗する", Locale.ENGLISH, "mail setup failing")))
                        .decisionWanted("設定の見落としが無いか確認したい").build())
                .callState(CallState.onHold(now)).build();
        EscalationJson json = EscalationJson.create();
        System.out.println("json " + json.readEscalation(json.write(e)).equals(e));
        RoutingContext ctx = RoutingContext.builder(now).responder(Responder.available("sv-1", Tier.SUPERVISOR)).build();
        var decision = RoutingPolicies.standard().route(e, ctx);
        System.out.println("routing " + Texts.standard().label(decision.tier(), Locale.ENGLISH));
        BusinessCalendar tokyo = BusinessCalendar.builder(ZoneId.of("Asia/Tokyo"))
                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)).holidays(JapaneseHolidays.provider()).build();
        System.out.println("calendar " + tokyo.add(now, Duration.ofHours(8)));
        EscalationDesk desk = EscalationDesk.builder().store(new InMemoryEscalationStore())
                .clock(Clock.fixed(now, ZoneOffset.UTC)).build();
        var ref = desk.raise(e, ctx).ref();
        var state = desk.apply(ref, Actor.supervisor("sv-1"), Change.acknowledged());
        EscalationEvent last = state.history().get(state.history().size() - 1);
        System.out.println("desk " + state.status() + " " + json.readEvent(json.write(last)).equals(last));
    }
}
