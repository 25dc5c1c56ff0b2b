package io.escalation.examples;

import io.escalation.model.ActorId;
import io.escalation.model.Escalation;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.Skill;
import io.escalation.model.Tier;
import io.escalation.routing.Presence;
import io.escalation.routing.Responder;
import io.escalation.routing.ResponderSelector;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingDecision;
import io.escalation.routing.RoutingMode;
import io.escalation.routing.RoutingPolicies;
import io.escalation.routing.RoutingPolicy;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Routing the seed escalation: the standard policy, a vendor's own policy, and a JSON rule set. */
public final class RoutingExample {

    private RoutingExample() {}

    /** A vendor's policy: trainees on the night shift always get a supervisor taking over. */
    static final RoutingPolicy NIGHT_TRAINEES = (escalation, context) -> ResponderSelector.standard().staff(
            RoutingDecision.of(Tier.SUPERVISOR, RoutingMode.TAKE_OVER,
                    Reason.of("night-trainee", "夜間の新人はSVが代わる", "trainees at night are taken over", "acme/night"))
                    .withPriority(Priority.HIGH),
            escalation, context);

    /** The center's rules as JSON; anything they do not cover goes to the standard policy. */
    static final String RULES = """
            {
              "name": "acme",
              "rules": [
                { "name": "upset-to-manager",
                  "when": { "temperatureAtLeast": "UPSET", "kindIn": ["COMPLAINT", "IRREGULAR_HANDLING"] },
                  "then": { "tier": "manager", "mode": "TAKE_OVER", "priority": "URGENT" },
                  "because": { "ja": "強いご不満の苦情は上席が対応", "en": "upset complaints go to a manager" } }
              ],
              "otherwise": "standard"
            }
            """;

    /**
     * Routes the escalation three ways and prints the decisions with their reasons.
     *
     * @param escalation the escalation
     * @param now the instant of the decision
     * @param out where to print
     * @return the standard decision
     */
    public static RoutingDecision run(Escalation escalation, Instant now, PrintStream out) {
        RoutingContext context = context(now);
        RoutingContext atNight = context(now.plus(java.time.Duration.ofHours(13))); // 23:30 in Tokyo
        Escalation upsetComplaint = escalation.toBuilder()
                .customerState(io.escalation.model.CustomerState.of(io.escalation.model.Temperature.UPSET))
                .inquiry(escalation.inquiry().toBuilder().kind(io.escalation.model.RequestKind.COMPLAINT).build())
                .build();

        RoutingDecision standard = RoutingPolicies.standard().route(escalation, context);
        RoutingPolicy vendor = RoutingPolicies.override(RoutingPolicies.standard(),
                RoutingPolicies.when((e, c) -> c.now().atZone(c.zone()).getHour() >= 22, NIGHT_TRAINEES));
        RoutingPolicy rules = RoutingPolicies.fromJson(RULES);

        for (var entry : List.of(java.util.Map.entry("standard policy", standard),
                java.util.Map.entry("vendor override, same call at 23:30", vendor.route(escalation, atNight)),
                java.util.Map.entry("JSON rules, the customer upset and complaining",
                        rules.route(upsetComplaint, context)))) {
            RoutingDecision d = entry.getValue();
            out.println("   " + entry.getKey() + ": " + d.tier().code() + ", " + d.mode().english() + ", "
                    + (d.assignee() == null ? d.staffing() : "assigned to " + d.assignee().id()) + ", priority "
                    + d.priority().english());
            for (Reason r : d.reasons()) {
                out.println("     - " + r.japanese() + " / " + r.english());
            }
        }
        return standard;
    }

    private static RoutingContext context(Instant now) {
        return RoutingContext.builder(now)
                .zone(ZoneId.of("Asia/Tokyo"))
                .responder(new Responder(ActorId.of("sv-sato"), Tier.SUPERVISOR, Presence.AVAILABLE, Set.of(Skill.of("mail")), 1, 0.9))
                .responder(new Responder(ActorId.of("sv-kato"), Tier.SUPERVISOR, Presence.AWAY, Set.of(Skill.of("mail")), 0, 1.0))
                .responder(Responder.available("mgr-ito", Tier.MANAGER))
                .skills("mail-setup", Set.of(Skill.of("mail")))
                .build();
    }
}
