package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A tier of the center's escalation ladder (レベル). Tiers are ordered by {@link #rank()}: a
 * higher rank has more authority. The standard ladder is {@link #OPERATOR} &lt; {@link #VETERAN}
 * &lt; {@link #SUPERVISOR} &lt; {@link #MANAGER}; centers may define their own tiers with other
 * codes, ranks and labels. Equal by code and rank: the label is how a tier is said, not what it is;
 * the standard tiers are said in the built-in wording ({@code SV}, {@code 上席}, "supervisor").
 *
 * @param code the identifier, e.g. {@code supervisor}
 * @param rank the position on the ladder, 0-1000; higher means more authority
 * @param label how the tier is said in each language, or {@code null}
 */
public record Tier(
        @NotNull @Pattern(regexp = ModelLimits.CODE, message = ModelLimits.CODE_MESSAGE) String code,
        @Min(0) @Max(1000) int rank,
        @org.jspecify.annotations.Nullable LocalizedText label) implements Comparable<Tier>, Vocabulary {

    /** Frontline operator (オペレーター). */
    public static final Tier OPERATOR = new Tier("operator", 100, null);
    /** Veteran operator (ベテラン), trusted with more. */
    public static final Tier VETERAN = new Tier("veteran", 200, null);
    /** Supervisor or leader (SV / LD). */
    public static final Tier SUPERVISOR = new Tier("supervisor", 300, null);
    /** Manager (上席), who holds the authority for irregular handling. */
    public static final Tier MANAGER = new Tier("manager", 400, null);

    /**
     * Validates code and rank.
     *
     * @throws io.escalation.InvalidEscalationException if either breaks its rule
     */
    public Tier {
        if (!Checks.isCode(code) || rank < 0 || rank > 1000) {
            Checks.validate(Tier.class, code, rank, label);
        }
    }

    /**
     * Returns the tier with this code and rank.
     *
     * @param code the identifier
     * @param rank the position on the ladder
     * @return the tier
     */
    public static Tier of(String code, int rank) {
        return new Tier(code, rank, null);
    }

    /**
     * Returns a center's own tier with its name per language.
     *
     * @param code the identifier
     * @param rank the position on the ladder
     * @param label language to name, e.g. {@code Map.of(JAPANESE, "品質管理", ENGLISH, "quality desk")}
     * @return the tier
     */
    public static Tier of(String code, int rank, java.util.Map<java.util.Locale, String> label) {
        return new Tier(code, rank, LocalizedText.of(label));
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object other) {
        return other instanceof Tier t && t.code.equals(code) && t.rank == rank;
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + rank;
    }

    /**
     * Shows code and rank.
     *
     * @return e.g. {@code Tier[supervisor, 300]}
     */
    @Override
    public String toString() {
        return "Tier[" + code + ", " + rank + "]";
    }

    /**
     * Returns whether this tier is at least as high as {@code other}.
     *
     * @param other the tier to compare with
     * @return {@code rank() >= other.rank()}
     */
    public boolean isAtLeast(Tier other) {
        Checks.present(Tier.class, "other", other);
        return rank >= other.rank;
    }

    /** Orders by rank, then code, so that distinct tiers of equal rank still sort stably. */
    @Override
    public int compareTo(Tier other) {
        int byRank = Integer.compare(rank, other.rank);
        return byRank != 0 ? byRank : code.compareTo(other.code);
    }
}
