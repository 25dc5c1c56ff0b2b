package io.escalation.routing;

import io.escalation.model.ActorId;
import io.escalation.internal.validation.Checks;
import io.escalation.model.LocalizedText;
import io.escalation.model.Skill;
import io.escalation.model.Tier;
import jakarta.validation.Valid;
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
 * @param name how the floor calls them ({@code 佐藤}) per language, shown when a decision explains itself;
 *     never in reasons, logs or {@code toString()}
 */
public record Responder(
        @NotNull ActorId id,
        @NotNull Tier tier,
        @NotNull Presence presence,
        @NotNull Set<@NotNull Skill> skills,
        @Min(0) @Max(1000) int load,
        @Nullable @DecimalMin(value = "0.0", message = "must be between 0 and 1")
        @DecimalMax(value = "1.0", message = "must be between 0 and 1") Double qualityScore,
        @Nullable @Valid LocalizedText name) {

    /**
     * Validates the responder and copies the skills.
     *
     * @throws io.escalation.InvalidEscalationException if a part breaks its rule
     */
    public Responder {
        if (id == null || tier == null || presence == null || skills == null || Checks.hasNull(skills)
                || load < 0 || load > 1000 || (qualityScore != null && !(qualityScore >= 0.0 && qualityScore <= 1.0))) {
            Checks.Checker check = Checks.of(Responder.class, id, tier, presence, skills, load, qualityScore, name);
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
        return builder(id, tier).build();
    }

    /**
     * Starts a responder: available, no skills, no load, no score, no name until set.
     *
     * @param id the responder's id in the staff directory
     * @param tier their tier
     * @return a builder
     */
    public static Builder builder(String id, Tier tier) {
        return new Builder(id, tier);
    }

    /** Shows id, tier, presence and load; not the name. */
    @Override
    public String toString() {
        return "Responder[" + id + ", " + tier.code() + ", " + presence + ", load " + load + "]";
    }

    /** Builds a {@link Responder}; not thread-safe. */
    public static final class Builder {
        private final String id;
        private final Tier tier;
        private Presence presence = Presence.AVAILABLE;
        private Set<Skill> skills = Set.of();
        private int load;
        private @Nullable Double quality;
        private @Nullable LocalizedText name;

        private Builder(String id, Tier tier) {
            this.id = id;
            this.tier = tier;
        }

        /**
         * Sets available, busy or away (default available).
         *
         * @param value the presence
         * @return this builder
         */
        public Builder presence(Presence value) {
            this.presence = value;
            return this;
        }

        /**
         * Sets the topics they handle well.
         *
         * @param values the skills
         * @return this builder
         */
        public Builder skills(Skill... values) {
            this.skills = values == null ? null : new java.util.LinkedHashSet<>(java.util.Arrays.asList(values));
            return this;
        }

        /**
         * Sets how many escalations they hold now.
         *
         * @param value 0-1000
         * @return this builder
         */
        public Builder load(int value) {
            this.load = value;
            return this;
        }

        /**
         * Sets how complete their answers are.
         *
         * @param value 0 to 1
         * @return this builder
         */
        public Builder quality(double value) {
            this.quality = value;
            return this;
        }

        /**
         * Sets how the floor calls them, the same in every language.
         *
         * @param value e.g. {@code 佐藤}
         * @return this builder
         */
        public Builder name(String value) {
            var check = Checks.building(Responder.class);
            this.name = check.attempt("name", () -> LocalizedText.of(value));
            check.done();
            return this;
        }

        /**
         * Sets how the floor calls them per language, e.g. {@code Map.of(JAPANESE, "佐藤", ENGLISH, "Sato")}.
         *
         * @param value language to name
         * @return this builder
         */
        public Builder name(java.util.Map<java.util.Locale, String> value) {
            var check = Checks.building(Responder.class);
            this.name = check.attempt("name", () -> LocalizedText.of(value));
            check.done();
            return this;
        }

        /**
         * Builds the responder.
         *
         * @return the responder
         * @throws io.escalation.InvalidEscalationException naming every broken rule
         */
        public Responder build() {
            var check = Checks.building(Responder.class);
            ActorId actorId = check.attempt("id", () -> ActorId.of(id));
            check.done();
            return new Responder(java.util.Objects.requireNonNull(actorId), tier, presence, skills, load, quality, name);
        }
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
