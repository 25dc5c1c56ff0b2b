package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotNull;

/**
 * The frontline operator who raises the escalation.
 *
 * @param id the operator's id in the host's staff directory
 * @param experience trainee, regular or veteran
 * @param site the site the operator works at
 */
public record Operator(@NotNull OperatorId id, @NotNull ExperienceLevel experience, @NotNull SiteId site) {

    /**
     * Validates the operator.
     *
     * @throws io.escalation.InvalidEscalationException if a part is missing
     */
    public Operator {
        if (!Checks.allPresent(id, experience, site)) {
            Checks.validate(Operator.class, id, experience, site);
        }
    }

    /**
     * Returns an operator.
     *
     * @param id the operator id
     * @param experience the experience level
     * @param site the site
     * @return the operator
     */
    public static Operator of(String id, ExperienceLevel experience, String site) {
        return new Operator(OperatorId.of(id), experience, SiteId.of(site));
    }
}
