package io.escalation.routing;

import io.escalation.model.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
     * @param tiers the tiers, at least one, with distinct codes and strictly increasing ranks
     * @return the ladder
     * @throws IllegalArgumentException if the tiers are empty, repeat a code or are not in rank order
     */
    public static TierLadder of(List<Tier> tiers) {
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a tier ladder needs at least one tier");
        }
        List<Tier> sorted = new ArrayList<>(tiers);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).rank() <= sorted.get(i - 1).rank()) {
                throw new IllegalArgumentException("tiers must be given in strictly increasing rank, but "
                        + sorted.get(i).code() + " (" + sorted.get(i).rank() + ") follows " + sorted.get(i - 1).code()
                        + " (" + sorted.get(i - 1).rank() + ")");
            }
        }
        return new TierLadder(sorted);
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
        for (Tier t : tiers) {
            if (t.rank() >= tier.rank()) {
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

    @Override
    public String toString() {
        return "TierLadder" + tiers.stream().map(Tier::code).toList();
    }
}
