package io.escalation.callback;

import io.escalation.internal.validation.Checks;
import io.escalation.model.Reason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
     */
    public record Unavailable(Candidate candidate, Reason reason) {

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
     * Returns the choice to offer the customer in Japanese, e.g.
     * {@code SVでしたら本日15時までに、前回の担当者でしたら明日10時までにお電話いたします。}
     *
     * @return the sentence, or empty when nobody can call
     */
    public Optional<String> offerJapanese() {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (CallbackOption o : options) {
            parts.add(o.candidate().japanese() + "でしたら" + o.promiseJapanese());
        }
        return Optional.of(String.join("、", parts) + "お電話いたします。");
    }

    /**
     * Returns the choice to offer the customer in English, e.g.
     * {@code A supervisor can call you by 3 pm today, or the previous agent by 10 am tomorrow.}
     *
     * @return the sentence, or empty when nobody can call
     */
    public Optional<String> offerEnglish() {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < options.size(); i++) {
            CallbackOption o = options.get(i);
            if (i == 0) {
                String who = o.candidate().english();
                sb.append(Character.toUpperCase(who.charAt(0))).append(who.substring(1)).append(" can call you ")
                        .append(o.promiseEnglish());
            } else {
                sb.append(i == options.size() - 1 ? ", or " : ", ").append(o.candidate().english()).append(' ')
                        .append(o.promiseEnglish());
            }
        }
        return Optional.of(sb.append('.').toString());
    }
}
