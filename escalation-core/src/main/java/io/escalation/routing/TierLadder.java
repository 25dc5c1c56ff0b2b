package io.escalation.routing;

import io.escalation.internal.routing.Arguments;
import io.escalation.internal.validation.Checks;
import io.escalation.model.Tier;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The center's tiers in order of authority. The standard ladder is operator &lt; veteran &lt;
 * supervisor &lt; manager; a center may define its own (for example adding a quality-assurance
 * tier between supervisor and manager). Departments and the client are not rungs: routing reaches
 * them through {@link RoutingMode#REFER_TO_DEPARTMENT} and {@link RoutingMode#NEEDS_CLIENT_APPROVAL}.
 */
public final class TierLadder {

    private static final TierLadder STANDARD = new TierLadder(
            List.of(Tier.OPERATOR, Tier.VETERAN, Tier.SUPERVISOR, Tier.MANAGER));

    private final List<Tier> tiers;

    private TierLadder(List<Tier> tiers) {
        this.tiers = List.copyOf(tiers);
    }

    /**
     * Returns the standard ladder.
     *
     * @return operator, veteran, supervisor, manager
     */
    public static TierLadder standard() {
        return STANDARD;
    }

    /**
     * Returns a ladder of the given tiers.
     *
     * @param tiers the tiers, lowest first: at least one, none null, distinct codes and strictly
     *     increasing ranks
     * @return the ladder
     * @throws io.escalation.InvalidEscalationException naming each offending position
     *     ({@code tiers[2]}) and what is wrong with it
     */
    public static TierLadder of(List<Tier> tiers) {
        Checks.Checker check = Checks.building(TierLadder.class)
                .require(tiers != null && !tiers.isEmpty(), "tiers", "NotEmpty", "a tier ladder needs at least one tier",
                        tiers);
        if (check.ok()) {
            check.noNullElements("tiers", tiers);
        }
        if (check.ok()) {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < tiers.size(); i++) {
                Tier t = tiers.get(i);
                check.require(codes.add(t.code()), "tiers[" + i + "]", "DistinctCodes",
                        "repeats the code " + t.code(), t);
                if (i > 0) {
                    Tier below = tiers.get(i - 1);
                    check.require(t.rank() > below.rank(), "tiers[" + i + "]", "IncreasingRank",
                            "tiers must be given in strictly increasing rank, but " + t.code() + " (" + t.rank()
                                    + ") follows " + below.code() + " (" + below.rank() + ")", t);
                }
            }
        }
        check.done();
        return new TierLadder(tiers);
    }

    /**
     * Returns the tiers, lowest first.
     *
     * @return the tiers
     */
    public List<Tier> tiers() {
        return tiers;
    }

    /**
     * Returns the lowest tier on the ladder that is at least {@code tier}'s rank.
     *
     * @param tier any tier
     * @return that tier if it is on the ladder, else the next higher one, else the top
     */
    public Tier atLeast(Tier tier) {
        Arguments.present(TierLadder.class, "tier", tier);
        int rank = tier.rank();
        for (int i = 0, n = tiers.size(); i < n; i++) {
            Tier t = tiers.get(i);
            if (t.rank() >= rank) {
                return t;
            }
        }
        return tiers.get(tiers.size() - 1);
    }

    /**
     * Returns the next tier up.
     *
     * @param tier a tier
     * @return the lowest tier with a higher rank, if any
     */
    public Optional<Tier> above(Tier tier) {
        Arguments.present(TierLadder.class, "tier", tier);
        for (Tier t : tiers) {
            if (t.rank() > tier.rank()) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds a tier by code.
     *
     * @param code the tier's code
     * @return the tier, if on the ladder
     */
    public Optional<Tier> byCode(String code) {
        for (Tier t : tiers) {
            if (t.code().equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns whether {@code other} is a ladder of the same tiers in the same order.
     *
     * @param other any object
     * @return {@code true} for an equal ladder
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TierLadder that && tiers.equals(that.tiers);
    }

    @Override
    public int hashCode() {
        return tiers.hashCode();
    }

    @Override
    public String toString() {
        return "TierLadder" + tiers.stream().map(Tier::code).toList();
    }
}
