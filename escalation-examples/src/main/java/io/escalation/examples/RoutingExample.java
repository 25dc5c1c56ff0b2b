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

    private static final Skill MAIL = Skill.of("mail", java.util.Map.of(Locale.JAPANESE, "メール", Locale.ENGLISH, "mail"));

    private RoutingExample() {}

    /** A vendor's policy: trainees on the night shift always get a supervisor taking over. */
    static final RoutingPolicy NIGHT_TRAINEES = (escalation, context) -> ResponderSelector.standard().staff(
            RoutingDecision.of(Tier.SUPERVISOR, RoutingMode.TAKE_OVER,
                    Reason.of("night-trainee", "acme/night", io.escalation.model.LocalizedText.of(java.util.Map.of(
                            Locale.JAPANESE, "夜間の新人には監督者が代わります",
                            Locale.ENGLISH, "at night a supervisor takes over from a trainee"))))
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
     * @param lang the reader's language
     * @param out where to print
     * @return the standard decision
     */
    public static RoutingDecision run(Escalation escalation, Instant now, Locale lang, PrintStream out) {
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

        Texts texts = Texts.standard();
        print(Say.t(lang, "The standard policy", "標準のポリシー"), standard, escalation, context, texts, lang, out);
        print(Say.t(lang, "A vendor's override, the same call at 23:30", "ベンダー独自のポリシー、同じ電話が23時30分なら"),
                vendor.route(escalation, atNight), escalation, atNight, texts, lang, out);
        print(Say.t(lang, "The center's JSON rules, the customer upset and complaining",
                "センターのJSONルール、お客様が強い不満で苦情の場合"), rules.route(upsetComplaint, context), upsetComplaint,
                context, texts, lang, out);
        return standard;
    }

    private static void print(String title, RoutingDecision d, Escalation escalation, RoutingContext context,
            Texts texts, Locale lang, PrintStream out) {
        out.println("   " + title + Say.t(lang, ": priority ", "：優先度 ") + texts.term(d.priority(), lang));
        for (String line : d.explain(texts, lang, escalation, context)) {
            out.println("     - " + line);
        }
    }

    private static RoutingContext context(Instant now) {
        return RoutingContext.builder(now)
                .zone(ZoneId.of("Asia/Tokyo"))
                .responder(Responder.builder("sv-sato", Tier.SUPERVISOR).name(java.util.Map.of(Locale.JAPANESE, "佐藤", Locale.ENGLISH, "Sato")).skills(MAIL).load(1).quality(0.9)
                        .build())
                .responder(Responder.builder("sv-kato", Tier.SUPERVISOR).name(java.util.Map.of(Locale.JAPANESE, "加藤", Locale.ENGLISH, "Kato")).presence(Presence.AWAY).skills(MAIL)
                        .quality(1.0).build())
                .responder(Responder.available("mgr-ito", Tier.MANAGER))
                .skills("mail-setup", Set.of(MAIL))
                .build();
    }
}
