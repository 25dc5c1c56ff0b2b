package io.escalation.store;

import io.escalation.internal.validation.Checks;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.Category;
import io.escalation.model.EscalationId;
import io.escalation.model.FreeText;
import io.escalation.model.Inquiry;
import io.escalation.model.TenantId;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A resolved escalation as a searchable case, so the next operator can answer a similar question
 * without escalating: what was asked, in which environment, and how it was resolved.
 *
 * @param tenant the tenant
 * @param escalationId the escalation it came from
 * @param category the inquiry's category, if known
 * @param question what was asked: the decision wanted, else the concern
 * @param environment the customer's environment, if recorded
 * @param resolution how it was resolved
 * @param resolvedAt when it was resolved
 */
public record ResolvedCase(
        @NotNull TenantId tenant,
        @NotNull EscalationId escalationId,
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
        if (!Checks.allPresent(tenant, escalationId, question, resolution, resolvedAt)) {
            Checks.validate(ResolvedCase.class, tenant, escalationId, category, question, environment, resolution,
                    resolvedAt);
        }
    }

    /**
     * Makes a case of a resolved escalation.
     *
     * @param state a state with a resolution
     * @return the case
     * @throws IllegalArgumentException if the escalation has no resolution, or neither a decision
     *     wanted nor a concern to serve as the question
     */
    public static ResolvedCase of(EscalationState state) {
        FreeText resolution = state.resolution();
        if (resolution == null) {
            throw new IllegalArgumentException("escalation " + state.id() + " has no resolution (status "
                    + state.status() + ")");
        }
        Inquiry inquiry = state.escalation().inquiry();
        FreeText question = inquiry.decisionWanted() != null ? inquiry.decisionWanted() : inquiry.concern();
        if (question == null) {
            throw new IllegalArgumentException("escalation " + state.id() + " has neither a decision wanted nor a"
                    + " concern to file the case under");
        }
        return new ResolvedCase(state.escalation().tenant(), state.id(), inquiry.category(), question,
                inquiry.environment(), resolution, state.updatedAt());
    }
}
