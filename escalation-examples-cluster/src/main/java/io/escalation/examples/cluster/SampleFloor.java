package io.escalation.examples.cluster;

import io.escalation.callback.BusinessCalendar;
import io.escalation.desk.EscalationDesk;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationState;
import io.escalation.lifecycle.SlaMetric;
import io.escalation.model.ActorId;
import io.escalation.model.Category;
import io.escalation.model.Channel;
import io.escalation.model.Escalation;
import io.escalation.model.ExperienceLevel;
import io.escalation.model.Inquiry;
import io.escalation.model.RequestKind;
import io.escalation.model.Temperature;
import io.escalation.model.TenantId;
import io.escalation.model.Tier;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.sla.SlaCalendar;
import io.escalation.sla.SlaTargets;
import io.escalation.sla.SlaWarning;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The floor the demo and the tests run on: one tenant, two supervisors and a manager, the Tokyo
 * office's SLA target (pick-up within 15 minutes, a warning at 60 %), and escalations made up from
 * a number. Made-up data only: customer references, no names or phone numbers.
 */
public final class SampleFloor {

    /** The tenant. */
    public static final TenantId TENANT = TenantId.of("tokyo-center");

    /** Tuesday 2026-11-24, 10:30 in Tokyo: inside office hours. */
    public static final Instant T0 = Instant.parse("2026-11-24T01:30:00Z");

    /** Pick-up within 15 business minutes, warned at 60 % (9 minutes). */
    public static final SlaTargets SLA = SlaTargets.builder(SlaCalendar.of("tokyo-office", "2026-04",
                    BusinessCalendar.builder(ZoneId.of("Asia/Tokyo")).weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                            .build()))
            .target(SlaMetric.ACKNOWLEDGEMENT, Duration.ofMinutes(15), SlaWarning.atPercent(60))
            .build();

    /** The supervisors and the manager on shift. */
    public static final List<Responder> ROSTER = List.of(Responder.available("sv-1", Tier.SUPERVISOR),
            Responder.available("sv-2", Tier.SUPERVISOR), Responder.available("mg-1", Tier.MANAGER));

    private static final RequestKind[] KINDS = {RequestKind.ADVICE, RequestKind.COMPLAINT, RequestKind.TAKE_OVER,
        RequestKind.HARASSMENT};
    private static final Temperature[] TEMPERATURES = {Temperature.CALM, Temperature.DISSATISFIED,
        Temperature.UPSET};

    private SampleFloor() {}

    /**
     * Makes up the {@code n}-th escalation: its kind and temperature vary with {@code n}.
     *
     * @param n any number 0 or more
     * @param raisedAt when it is raised
     * @return the escalation {@code esc-<n>}
     */
    public static Escalation escalation(int n, Instant raisedAt) {
        return Escalation.builder()
                .id("esc-" + n)
                .tenant(TENANT)
                .raisedAt(raisedAt)
                .channel(Channel.PHONE)
                .operator("op-" + (n % 7), n % 2 == 0 ? ExperienceLevel.TRAINEE : ExperienceLevel.VETERAN, "tokyo-1")
                .customer("customer-" + n, Locale.JAPAN, ZoneId.of("Asia/Tokyo"))
                .inquiry(Inquiry.builder(KINDS[n % KINDS.length])
                        .category(Category.of("card", "カードの利用"))
                        .decisionWanted("再発行の手数料を免除してよいか")
                        .build())
                .temperature(TEMPERATURES[n % TEMPERATURES.length])
                .build();
    }

    /**
     * Returns the routing context at an instant, with the roster.
     *
     * @param now the instant
     * @return the context
     */
    public static RoutingContext context(Instant now) {
        return RoutingContext.builder(now).roster(ROSTER).build();
    }

    /**
     * Promises the customer a callback by {@code sv-1}: reminder in 5 minutes, call within the hour,
     * promised within 90 minutes.
     *
     * @param desk the desk
     * @param state the escalation
     * @param now the instant of the promise
     * @return the state with the callback pending
     */
    public static EscalationState promiseCallback(EscalationDesk desk, EscalationState state, Instant now) {
        return desk.apply(state.ref(), Actor.supervisor("sv-1"), new Change.CallbackScheduled(ActorId.of("sv-1"),
                now.plus(Duration.ofMinutes(60)), now.plus(Duration.ofMinutes(90)), now.plus(Duration.ofMinutes(5))));
    }
}
