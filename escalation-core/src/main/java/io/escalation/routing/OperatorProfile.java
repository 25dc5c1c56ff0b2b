package io.escalation.routing;

import io.escalation.internal.routing.Arguments;
import io.escalation.internal.validation.Checks;
import io.escalation.model.ExperienceLevel;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What routing needs to know about the operator beyond the escalation: their experience and any
 * extra authorities.
 *
 * @param experience trainee, regular or veteran
 * @param authorities extra authorities
 */
public record OperatorProfile(ExperienceLevel experience, Set<Authority> authorities) {

    private static final Map<ExperienceLevel, OperatorProfile> PLAIN = new EnumMap<>(ExperienceLevel.class);

    static {
        for (ExperienceLevel level : ExperienceLevel.values()) {
            PLAIN.put(level, new OperatorProfile(level, Set.of()));
        }
    }

    /**
     * Validates and copies.
     *
     * @throws io.escalation.InvalidEscalationException if the experience or the authorities are
     *     missing, or an authority is null
     */
    public OperatorProfile {
        if (experience == null || authorities == null || Checks.hasNull(authorities)) {
            Checks.building(OperatorProfile.class)
                    .require(experience != null, "experience", "NotNull", "must not be null", null)
                    .require(authorities != null, "authorities", "NotNull", "must not be null", null)
                    .require(authorities == null || !Checks.hasNull(authorities), "authorities", "NotNull",
                            "must not contain null", authorities)
                    .done();
        }
        authorities = authorities.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(authorities));
    }

    /**
     * Returns a profile with no extra authority.
     *
     * @param experience the experience level
     * @return the profile
     */
    public static OperatorProfile of(ExperienceLevel experience) {
        return PLAIN.get(Arguments.present(OperatorProfile.class, "experience", experience));
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
