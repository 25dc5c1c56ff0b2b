package io.escalation.store;

import io.escalation.internal.validation.Checks;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.Category;
import io.escalation.model.EscalationRef;
import io.escalation.model.FreeText;
import io.escalation.model.Inquiry;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A resolved escalation as a searchable case, so the next operator can answer a similar question
 * without escalating: what was asked, in which environment, and how it was resolved.
 *
 * @param ref the escalation it came from
 * @param category the inquiry's category, if known
 * @param question what was asked: the decision wanted, else the concern
 * @param environment the customer's environment, if recorded
 * @param resolution how it was resolved
 * @param resolvedAt when it was resolved
 */
public record ResolvedCase(
        @NotNull EscalationRef ref,
        @Nullable Category category,
        @NotNull FreeText question,
        @Nullable FreeText environment,
        @NotNull FreeText resolution,
        @NotNull Instant resolvedAt) {

    /**
     * Validates the case.
     *
     * @throws io.escalation.InvalidEscalationException if a required part is missing
     */
    public ResolvedCase {
        if (!Checks.allPresent(ref, question, resolution, resolvedAt)) {
            Checks.validate(ResolvedCase.class, ref, category, question, environment, resolution,
                    resolvedAt);
        }
    }

    /**
     * Makes a case of a resolved escalation.
     *
     * @param state a state with a resolution
     * @return the case
     * @throws io.escalation.InvalidEscalationException if the escalation has no resolution
     *     ({@code resolution}, rule {@code Resolved}), or neither a decision wanted nor a concern to
     *     serve as the question ({@code question}, rule {@code NotNull})
     */
    public static ResolvedCase of(EscalationState state) {
        var check = Checks.building(ResolvedCase.class);
        check.require(state != null, "state", "NotNull", "must not be null", state);
        check.done();
        FreeText resolution = state.resolution();
        Inquiry inquiry = state.escalation().inquiry();
        FreeText question = inquiry.decisionWanted() != null ? inquiry.decisionWanted() : inquiry.concern();
        check.require(resolution != null, "resolution", "Resolved",
                "the escalation must be resolved (it is " + state.status() + ")", resolution);
        check.require(question != null, "question", "NotNull",
                "the escalation needs a decision wanted or a concern to file the case under", question);
        check.done();
        return new ResolvedCase(state.ref(), inquiry.category(), java.util.Objects.requireNonNull(question),
                inquiry.environment(), java.util.Objects.requireNonNull(resolution), state.updatedAt());
    }
}
