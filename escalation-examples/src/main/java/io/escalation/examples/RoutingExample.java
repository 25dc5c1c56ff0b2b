package io.escalation.examples;

import java.util.Locale;
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
import io.escalation.text.Texts;
import java.time.ZoneId;
import java.util.Locale;
import java.util.List;
import java.util.Set;

/** Routing the seed escalation: the standard policy, a vendor's own policy, and a JSON rule set. */
public final class RoutingExample {

    private static final Skill MAIL = Skill.of("mail", java.util.Map.of(Locale.JAPANESE, "メール"));

    private RoutingExample() {}

    /** A vendor's policy: trainees on the night shift always get a supervisor taking over. */
    static final RoutingPolicy NIGHT_TRAINEES = (escalation, context) -> ResponderSelector.standard().staff(
            RoutingDecision.of(Tier.SUPERVISOR, RoutingMode.TAKE_OVER,
                    Reason.of("night-trainee", "acme/night"))
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
            Texts texts = Texts.standard();
            out.println("   " + entry.getKey() + ": " + texts.label(d.tier(), Locale.ENGLISH) + ", "
                    + texts.term(d.mode(), Locale.ENGLISH) + ", " + (d.assignee() == null
                    ? texts.term(d.staffing(), Locale.ENGLISH) : "assigned to " + d.assignee().id())
                    + ", priority " + texts.term(d.priority(), Locale.ENGLISH));
            for (Reason r : d.reasons()) {
                out.println("     - " + texts.reason(r, Locale.JAPANESE) + " / " + texts.reason(r, Locale.ENGLISH));
            }
        }
        return standard;
    }

    private static RoutingContext context(Instant now) {
        return RoutingContext.builder(now)
                .zone(ZoneId.of("Asia/Tokyo"))
                .responder(Responder.builder("sv-sato", Tier.SUPERVISOR).name("佐藤").skills(MAIL).load(1).quality(0.9)
                        .build())
                .responder(Responder.builder("sv-kato", Tier.SUPERVISOR).name("加藤").presence(Presence.AWAY).skills(MAIL)
                        .quality(1.0).build())
                .responder(Responder.available("mgr-ito", Tier.MANAGER))
                .skills("mail-setup", Set.of(MAIL))
                .build();
    }
}
