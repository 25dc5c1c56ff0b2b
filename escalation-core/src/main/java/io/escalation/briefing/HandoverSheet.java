package io.escalation.briefing;

import static io.escalation.internal.validation.Checks.present;

import io.escalation.internal.validation.Checks;
import io.escalation.model.ActorId;
import io.escalation.model.CallState;
import io.escalation.model.CustomerState;
import io.escalation.model.Escalation;
import io.escalation.model.FreeText;
import io.escalation.model.Reason;
import io.escalation.model.Tier;
import io.escalation.model.Urgency;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingDecision;
import io.escalation.text.Texts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import io.escalation.model.LocalizedText;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The receiving supervisor's sheet before taking over (二次対応の準備): the operator's question
 * (the conclusion), where the contact stands, the routing decision with its reasons, any callback
 * promised with its deadline, how the customer is, what the first line already did (so the customer
 * never has to repeat it), and the opening steps from the seeds.
 *
 * <p>A sheet holds facts, not text: {@link #render(Locale)} and {@link #sections(Texts, Locale)}
 * say them in any language of {@link Texts}. The operator's words stay as typed. Immutable;
 * {@link #toString()} shows no personal data.
 *
 * <pre>{@code
 * HandoverSheet sheet = HandoverSheet.builder(escalation, clock.instant())
 *         .zone(ZoneId.of("Asia/Tokyo")).decision(raised.decision()).build();
 * String forTheSupervisor = sheet.render(Locale.JAPANESE);
 * }</pre>
 */
public final class HandoverSheet {

    /**
     * One section: a heading and its lines.
     *
     * @param heading the heading
     * @param items the lines
     */
    public record Section(String heading, List<String> items) {

        /**
         * Copies the lines.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing
         */
        public Section {
            Checks.building(Section.class)
                    .require(heading != null, "heading", "NotNull", "must not be null", null)
                    .require(items != null, "items", "NotNull", "must not be null", null)
                    .noNullElements("items", items).done();
            items = List.copyOf(items);
        }
    }

    private final Escalation escalation;
    private final Instant now;
    private final ZoneId zone;
    private final @Nullable Tier tier;
    private final List<Reason> reasons;
    private final @Nullable ActorId assignee;
    private final @Nullable LocalizedText assigneeName;
    private final @Nullable Instant promiseBy;
    private final @Nullable ActorId callbackResponder;

    private HandoverSheet(Builder b) {
        this.escalation = b.escalation;
        this.now = b.now;
        this.zone = b.zone;
        this.tier = b.tier;
        this.reasons = List.copyOf(b.reasons);
        this.assignee = b.assignee;
        this.assigneeName = b.assigneeName;
        this.promiseBy = b.promiseBy;
        this.callbackResponder = b.callbackResponder;
    }

    /**
     * Starts a sheet for an escalation.
     *
     * @param escalation the escalation being handed over
     * @param now the current instant (from the host's clock), for "on hold for N minutes"
     * @return a builder
     */
    public static Builder builder(Escalation escalation, Instant now) {
        return new Builder(present(HandoverSheet.class, "escalation", escalation),
                present(HandoverSheet.class, "now", now));
    }

    /**
     * Returns a sheet with the escalation alone, times shown in {@code zone}.
     *
     * @param escalation the escalation
     * @param now the current instant
     * @param zone the zone to show times in
     * @return the sheet
     */
    public static HandoverSheet of(Escalation escalation, Instant now, ZoneId zone) {
        return builder(escalation, now).zone(zone).build();
    }

    /**
     * Returns the sheet in a language with the built-in wording.
     *
     * @param locale the supervisor's language
     * @return the text, sections separated by headings
     */
    public String render(Locale locale) {
        return render(Texts.standard(), locale);
    }

    /**
     * Returns the sheet in a language.
     *
     * @param texts the wording
     * @param locale the supervisor's language
     * @return the text
     */
    public String render(Texts texts, Locale locale) {
        StringBuilder sb = new StringBuilder();
        for (Section s : sections(texts, locale)) {
            sb.append(s.heading()).append('\n');
            for (String item : s.items()) {
                sb.append("- ").append(item).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Returns the sheet's sections in a language.
     *
     * @param texts the wording
     * @param locale the supervisor's language
     * @return the sections, in reading order
     */
    public List<Section> sections(Texts texts, Locale locale) {
        present(HandoverSheet.class, "texts", texts);
        present(HandoverSheet.class, "locale", locale);
        List<Section> out = new ArrayList<>();
        out.add(new Section(texts.get("sheet.heading.conclusion", locale), conclusion(texts, locale)));
        out.add(new Section(texts.get("sheet.heading.current_state", locale), current(texts, locale)));
        if (tier != null) {
            out.add(new Section(texts.get("sheet.heading.routing", locale), routing(texts, locale)));
        }
        if (promiseBy != null && callbackResponder != null) {
            out.add(new Section(texts.get("sheet.heading.callback", locale), List.of(texts.format("sheet.callback",
                    locale, Map.of("responder", callbackResponder.value(), "until", date(texts, locale, promiseBy))))));
        }
        out.add(new Section(texts.get("sheet.heading.customer", locale), customer(texts, locale)));
        out.add(new Section(texts.get("sheet.heading.already_done", locale), done(texts, locale)));
        List<String> steps = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            steps.add(texts.get("sheet.step." + i, locale));
        }
        out.add(new Section(texts.get("sheet.heading.opening", locale), steps));
        return List.copyOf(out);
    }

    private List<String> conclusion(Texts texts, Locale locale) {
        List<String> lines = new ArrayList<>();
        try {
            Script script = BriefingRenderer.forLocale(locale).withTexts(texts).withZone(zone)
                    .render(Briefing.from(escalation));
            for (Script.Line l : script.lines()) {
                if (l.part().isConclusion()) {
                    lines.add(l.text());
                }
            }
        } catch (MissingConclusionException e) {
            lines.add(texts.get("sheet.no_conclusion", locale));
        }
        return lines;
    }

    private String date(Texts texts, Locale locale, Instant instant) {
        return texts.date("sheet.date.pattern", locale, instant.atZone(zone));
    }

    private String typed(Texts texts, Locale locale, FreeText text) {
        return texts.format("briefing.free_text", locale, Map.of("text", text.value()));
    }

    private List<String> current(Texts texts, Locale locale) {
        List<String> current = new ArrayList<>();
        CallState call = escalation.callState();
        if (call instanceof CallState.OnHold hold) {
            long minutes = Math.max(0, Duration.between(hold.since(), now).toMinutes());
            current.add(texts.format("sheet.on_hold", locale, Map.of("since", date(texts, locale, hold.since()),
                    "minutes", Long.toString(minutes))));
        } else if (call instanceof CallState.CallbackPromised promised) {
            current.add(texts.format("sheet.callback_promised", locale,
                    Map.of("until", date(texts, locale, promised.until()))));
        } else if (call instanceof CallState.Live) {
            current.add(texts.get("sheet.live", locale));
        } else {
            current.add(texts.get("sheet.ended", locale));
        }
        current.add(texts.format("sheet.raised_on", locale,
                Map.of("date", texts.date("sheet.raised.pattern", locale, escalation.raisedAt().atZone(zone)))));
        current.add(texts.format("sheet.handling_time", locale,
                Map.of("minutes", Long.toString(escalation.handlingTime().toMinutes()))));
        return current;
    }

    private List<String> routing(Texts texts, Locale locale) {
        List<String> lines = new ArrayList<>();
        Tier t = java.util.Objects.requireNonNull(tier);
        String tierName = texts.label(t, locale);
        if (assignee != null) {
            lines.add(texts.format("sheet.routing", locale, Map.of("tier", tierName, "assignee",
                    assigneeName != null ? assigneeName.in(locale) : assignee.value())));
        } else {
            lines.add(texts.format("sheet.routing.queued", locale, Map.of("tier", tierName)));
        }
        for (Reason r : reasons) {
            lines.add(texts.reason(r, locale));
        }
        return lines;
    }

    private List<String> customer(Texts texts, Locale locale) {
        List<String> customer = new ArrayList<>();
        CustomerState state = escalation.customerState();
        customer.add(texts.format("sheet.temperature", locale,
                Map.of("temperature", texts.term(state.temperature(), locale))));
        Urgency u = state.urgency();
        if (u.inAHurry()) {
            customer.add(texts.get("sheet.hurry", locale));
        }
        Instant waiting = u.waitingSince();
        if (waiting != null) {
            customer.add(texts.format("sheet.waiting", locale, Map.of("since", date(texts, locale, waiting))));
        }
        if (u.repeatContacts() > 0) {
            customer.add(texts.format("sheet.repeat", locale, Map.of("count", Integer.toString(u.repeatContacts() + 1))));
        }
        if (u.sameTroubleBefore()) {
            customer.add(texts.get("sheet.same_trouble", locale));
        }
        if (state.demandedSupervisor()) {
            customer.add(texts.get("sheet.demanded_supervisor", locale));
        }
        return customer;
    }

    private List<String> done(Texts texts, Locale locale) {
        List<String> done = new ArrayList<>();
        for (FreeText t : escalation.inquiry().actionsTaken()) {
            done.add(typed(texts, locale, t));
        }
        if (done.isEmpty()) {
            done.add(texts.get("sheet.nothing_done", locale));
        }
        return done;
    }

    /** Shows which sections the sheet has; never the escalation's text. */
    @Override
    public String toString() {
        return "HandoverSheet[" + escalation.ref() + (tier == null ? "" : ", routed to " + tier.code())
                + (promiseBy == null ? "" : ", callback promised") + "]";
    }

    /** Builds a {@link HandoverSheet}; not thread-safe. */
    public static final class Builder {
        private final Escalation escalation;
        private final Instant now;
        private ZoneId zone = ZoneOffset.UTC;
        private @Nullable Tier tier;
        private List<Reason> reasons = List.of();
        private @Nullable ActorId assignee;
        private @Nullable LocalizedText assigneeName;
        private @Nullable Instant promiseBy;
        private @Nullable ActorId callbackResponder;

        private Builder(Escalation escalation, Instant now) {
            this.escalation = escalation;
            this.now = now;
        }

        /**
         * Sets the zone times are shown in (default UTC; usually the center's).
         *
         * @param value the zone
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            this.zone = present(HandoverSheet.class, "zone", value);
            return this;
        }

        /**
         * Shows the routing decision: the tier, who was chosen and why.
         *
         * @param decision the decision routing made
         * @return this builder
         */
        public Builder decision(RoutingDecision decision) {
            present(HandoverSheet.class, "decision", decision);
            Responder chosen = decision.assignee();
            routing(decision.tier(), decision.reasons(), chosen == null ? null : chosen.id());
            this.assigneeName = chosen == null || chosen.name() == null ? null : chosen.name();
            return this;
        }

        /**
         * Shows where the escalation was routed, as a stored escalation remembers it.
         *
         * @param value the tier that holds it
         * @param why the reasons routing gave
         * @param owner who holds it, or {@code null}
         * @return this builder
         */
        public Builder routing(Tier value, List<Reason> why, @Nullable ActorId owner) {
            Checks.building(HandoverSheet.class).require(value != null, "tier", "NotNull", "must not be null", null)
                    .require(why != null, "reasons", "NotNull", "must not be null", null)
                    .noNullElements("reasons", why).done();
            this.tier = value;
            this.reasons = List.copyOf(why);
            this.assignee = owner;
            return this;
        }

        /**
         * Shows the callback promised to the customer.
         *
         * @param promise what the customer was promised
         * @param responder who will call
         * @return this builder
         */
        public Builder callback(Instant promise, ActorId responder) {
            this.promiseBy = present(HandoverSheet.class, "promise", promise);
            this.callbackResponder = present(HandoverSheet.class, "responder", responder);
            return this;
        }

        /**
         * Builds the sheet.
         *
         * @return the sheet
         */
        public HandoverSheet build() {
            return new HandoverSheet(this);
        }
    }
}
