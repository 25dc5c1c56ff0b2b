package io.escalation.callback;

import io.escalation.internal.validation.Checks;
import io.escalation.model.Reason;
import java.time.Instant;
import java.time.ZonedDateTime;
import io.escalation.text.Texts;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer to "by when?": one option per candidate who can call, sorted by promise (earliest
 * first), and the candidates who cannot call within the planning horizon with the reason.
 *
 * @param requestedAt when the callback was requested
 * @param options the options, earliest promise first
 * @param unavailable candidates without a common time with the customer, with why
 */
public record CallbackPlan(Instant requestedAt, List<CallbackOption> options, List<Unavailable> unavailable) {

    /**
     * A candidate who cannot call back within the planning horizon.
     *
     * @param candidate the candidate
     * @param reason why
     * @param nextPossible the earliest time they could call beyond the horizon, in the customer's
     *     zone, if the planner found one (it looks 31 days further); never a promise
     */
    public record Unavailable(Candidate candidate, Reason reason, @Nullable ZonedDateTime nextPossible) {

        /**
         * Validates the parts.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing
         */
        public Unavailable {
            Checks.building(Unavailable.class)
                    .require(candidate != null, "candidate", "NotNull", "must not be null", null)
                    .require(reason != null, "reason", "NotNull", "must not be null", null).done();
        }

        /**
         * A candidate who cannot call back, without a known next possible time.
         *
         * @param candidate the candidate
         * @param reason why
         */
        public Unavailable(Candidate candidate, Reason reason) {
            this(candidate, reason, null);
        }
    }

    /** Copies the lists. */
    public CallbackPlan {
        Checks.building(CallbackPlan.class)
                .require(requestedAt != null, "requestedAt", "NotNull", "must not be null", null)
                .require(options != null, "options", "NotNull", "must not be null", null)
                .require(unavailable != null, "unavailable", "NotNull", "must not be null", null)
                .noNullElements("options", options).noNullElements("unavailable", unavailable).done();
        options = List.copyOf(options);
        unavailable = List.copyOf(unavailable);
    }

    /**
     * Returns the option with the earliest promise.
     *
     * @return the best option, or empty when nobody can call
     */
    public Optional<CallbackOption> best() {
        return options.isEmpty() ? Optional.empty() : Optional.of(options.get(0));
    }

    /**
     * Returns the best option's due instant.
     *
     * @return when the best responder can call
     * @throws java.util.NoSuchElementException if nobody can call
     */
    public Instant dueAt() {
        return best().orElseThrow().dueAt();
    }

    /**
     * Returns the best option's promise.
     *
     * @return what to promise
     * @throws java.util.NoSuchElementException if nobody can call
     */
    public Instant promiseBy() {
        return best().orElseThrow().promiseBy();
    }

    /**
     * Returns the best option's reminder.
     *
     * @return when to remind the responder
     * @throws java.util.NoSuchElementException if nobody can call
     */
    public Instant remindAt() {
        return best().orElseThrow().remindAt();
    }

    /**
     * Says what to offer the customer with the built-in wording, e.g.
     * バンコクのSVでしたら本日20時15分までに、東京の担当者でしたら明日の11時30分までにお電話いたします。
     * When nobody can call within the planning horizon it still says something true
     * (確認ができ次第、こちらからお電話いたします。), with the earliest day someone could call when the
     * planner found one beyond the horizon (…（早くても5月7日（木）になります）。), never nothing.
     *
     * @param locale the customer's language
     * @return the offer
     */
    public String offer(Locale locale) {
        return offer(Texts.standard(), locale);
    }

    /**
     * Says what to offer the customer in a language of {@code texts}.
     *
     * @param texts the wording
     * @param locale the customer's language
     * @return the offer
     */
    public String offer(Texts texts, Locale locale) {
        Checks.building(CallbackPlan.class).require(texts != null, "texts", "NotNull", "must not be null", null)
                .require(locale != null, "locale", "NotNull", "must not be null", null).done();
        if (options.isEmpty()) {
            ZonedDateTime next = null;
            for (Unavailable u : unavailable) {
                ZonedDateTime n = u.nextPossible();
                if (n != null && (next == null || n.toInstant().isBefore(next.toInstant()))) {
                    next = n;
                }
            }
            return next == null ? texts.get("callback.offer.none", locale)
                    : texts.format("callback.offer.none_before", locale,
                            Map.of("date", texts.date("callback.date.pattern", locale, next.toLocalDate())));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < options.size(); i++) {
            CallbackOption o = options.get(i);
            String key = i == 0 ? "callback.offer.first" : i == options.size() - 1 ? "callback.offer.last"
                    : "callback.offer.next";
            sb.append(texts.format(key, locale, Map.of("who", o.candidate().name().in(locale),
                    "promise", o.promise(texts, locale))));
        }
        return sb.append(texts.get("callback.offer.end", locale)).toString();
    }
}
