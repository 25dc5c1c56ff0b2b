package io.escalation.testkit;

import io.escalation.model.ActorId;
import io.escalation.model.Tier;
import io.escalation.routing.Presence;
import io.escalation.routing.Responder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rosters: responders with distinct ids ({@code r0}, {@code r1}, ...), narrowed in the floor's words:
 * {@code rosters().nobodyPresent()}, {@code rosters().ofTiers(Tier.SUPERVISOR).sized(1, 3)}.
 * Immutable. Get one from {@link EscalationGens#rosters()}.
 *
 * <p>Shrinks toward fewer responders (the empty roster first), then simpler ones (the lowest tier
 * allowed, available, no skills, no load). Edge cases: the empty roster, everyone away, and one
 * available responder of each tier.
 */
public final class RosterGen extends DomainGen<List<Responder>> {

    private final List<Tier> tiers;
    private final List<Presence> presences;
    private final int minSize;
    private final int maxSize;
    private final Gen<List<Responder>> gen;

    private RosterGen(List<Tier> tiers, List<Presence> presences, int minSize, int maxSize) {
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a roster needs at least one tier to draw from");
        }
        if (presences.isEmpty()) {
            throw new IllegalArgumentException("a roster needs at least one presence to draw from");
        }
        if (minSize < 0 || maxSize < minSize) {
            throw new IllegalArgumentException("a roster needs 0 <= minSize <= maxSize, but got " + minSize + ", "
                    + maxSize);
        }
        this.tiers = List.copyOf(tiers);
        this.presences = List.copyOf(presences);
        this.minSize = minSize;
        this.maxSize = maxSize;
        // drawn as a list, so shrinking drops responders one by one; ids follow the position
        this.gen = Gens.lists(RoutingGens.responders("r", this.tiers, this.presences), minSize, maxSize)
                .map(RosterGen::numbered);
    }

    private static List<Responder> numbered(List<Responder> drafts) {
        List<Responder> out = new ArrayList<>(drafts.size());
        for (Responder r : drafts) {
            out.add(new Responder(ActorId.of("r" + out.size()), r.tier(), r.presence(), r.skills(), r.load(),
                    r.qualityScore(), r.name()));
        }
        return List.copyOf(out);
    }

    static RosterGen of(List<Tier> tiers) {
        return new RosterGen(tiers, List.of(Presence.values()), 0, 8);
    }

    @Override
    Gen<List<Responder>> delegate() {
        return gen;
    }

    @Override
    public List<Shrinkable<List<Responder>>> edgeCases() {
        List<Shrinkable<List<Responder>>> out = new ArrayList<>();
        if (minSize == 0) {
            out.add(Shrinkable.of(List.of()));
        }
        int n = Math.max(minSize, Math.min(maxSize, tiers.size()));
        if (n > 0 && presences.contains(Presence.AWAY)) {
            out.add(Shrinkable.of(everyone(n, Presence.AWAY)));
        }
        if (n > 0 && presences.contains(Presence.AVAILABLE)) {
            out.add(Shrinkable.of(everyone(n, Presence.AVAILABLE)));
        }
        return out;
    }

    private List<Responder> everyone(int n, Presence presence) {
        List<Responder> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Responder(ActorId.of("r" + i), tiers.get(i % tiers.size()), presence, java.util.Set.of(), 0,
                    null, null));
        }
        return List.copyOf(out);
    }

    /**
     * Only responders of these tiers; shrinks toward the first.
     *
     * @param allowed at least one
     * @return the narrowed generator
     */
    public RosterGen ofTiers(Tier... allowed) {
        return new RosterGen(Arrays.asList(allowed), presences, minSize, maxSize);
    }

    /**
     * Only rosters of {@code [min, max]} responders.
     *
     * @param min the fewest, zero or more
     * @param max the most, at least {@code min}
     * @return the narrowed generator
     */
    public RosterGen sized(int min, int max) {
        return new RosterGen(tiers, presences, min, max);
    }

    /**
     * Only the empty roster: nobody on shift.
     *
     * @return the narrowed generator
     */
    public RosterGen empty() {
        return sized(0, 0);
    }

    /**
     * Rosters where everyone is away (nobody can be assigned), with at least one responder.
     *
     * @return the narrowed generator
     */
    public RosterGen nobodyPresent() {
        return new RosterGen(tiers, List.of(Presence.AWAY), Math.max(1, minSize), Math.max(1, maxSize));
    }

    /**
     * Rosters where nobody is away (available or busy).
     *
     * @return the narrowed generator
     */
    public RosterGen everyonePresent() {
        return new RosterGen(tiers, List.of(Presence.AVAILABLE, Presence.BUSY), minSize, maxSize);
    }
}
