package io.escalation.routing;

import io.escalation.model.ExperienceLevel;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What routing needs to know about the operator beyond the escalation: their experience and any
 * extra authorities.
 *
 * @param experience trainee, regular or veteran
 * @param authorities extra authorities
 */
public record OperatorProfile(ExperienceLevel experience, Set<Authority> authorities) {

    /** Validates and copies. */
    public OperatorProfile {
        Objects.requireNonNull(experience, "experience");
        authorities = authorities.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(authorities));
    }

    /**
     * Returns a profile with no extra authority.
     *
     * @param experience the experience level
     * @return the profile
     */
    public static OperatorProfile of(ExperienceLevel experience) {
        return new OperatorProfile(experience, Set.of());
    }

    /**
     * Returns whether the operator holds {@code authority}.
     *
     * @param authority an authority
     * @return {@code true} if held
     */
    public boolean has(Authority authority) {
        return authorities.contains(authority);
    }
}
