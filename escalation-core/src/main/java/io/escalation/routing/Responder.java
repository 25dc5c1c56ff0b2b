package io.escalation.routing;

import io.escalation.model.ActorId;
import io.escalation.internal.validation.Checks;
import io.escalation.model.Skill;
import io.escalation.model.Tier;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Someone who can receive escalations, as known to the roster now.
 *
 * @param id the responder's id in the host's staff directory
 * @param tier their tier
 * @param presence available, busy or away
 * @param skills the topics they handle well
 * @param load how many escalations they hold now (0-1000)
 * @param qualityScore how complete their answers are, 0 to 1, if the center measures it
 */
public record Responder(
        @NotNull ActorId id,
        @NotNull Tier tier,
        @NotNull Presence presence,
        @NotNull Set<@NotNull Skill> skills,
        @Min(0) @Max(1000) int load,
        @Nullable @DecimalMin(value = "0.0", message = "must be between 0 and 1")
        @DecimalMax(value = "1.0", message = "must be between 0 and 1") Double qualityScore) {

    /**
     * Validates the responder and copies the skills.
     *
     * @throws io.escalation.InvalidEscalationException if a part breaks its rule
     */
    public Responder {
        if (id == null || tier == null || presence == null || skills == null || Checks.hasNull(skills)
                || load < 0 || load > 1000 || (qualityScore != null && !(qualityScore >= 0.0 && qualityScore <= 1.0))) {
            Checks.Checker check = Checks.of(Responder.class, id, tier, presence, skills, load, qualityScore);
            if (skills != null) {
                check.require(!Checks.hasNull(skills), "skills", "NotNull", "must not contain null", null);
            }
            check.done();
        }
        skills = Set.copyOf(skills);
    }

    /**
     * Returns an available responder without skills, load or score, for quick setups and tests.
     *
     * @param id the id
     * @param tier the tier
     * @return the responder
     */
    public static Responder available(String id, Tier tier) {
        return new Responder(ActorId.of(id), tier, Presence.AVAILABLE, Set.of(), 0, null);
    }

    /**
     * Returns whether the responder can be assigned at all (not away).
     *
     * @return {@code true} unless away
     */
    public boolean isPresent() {
        return presence != Presence.AWAY;
    }
}
