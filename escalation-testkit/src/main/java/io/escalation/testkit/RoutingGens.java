package io.escalation.testkit;

import io.escalation.model.ActorId;
import io.escalation.model.Department;
import io.escalation.model.ExperienceLevel;
import io.escalation.model.Skill;
import io.escalation.model.Temperature;
import io.escalation.model.Tier;
import io.escalation.routing.Authority;
import io.escalation.routing.OperatorProfile;
import io.escalation.routing.Presence;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.Thresholds;
import io.escalation.routing.TierLadder;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Generators for routing: responders, rosters, thresholds and whole contexts, so vendors can
 * property-test their own policies (see {@link RoutingPolicyContract}).
 */
public final class RoutingGens {

    /** The skills generated responders have and categories need. */
    public static final List<Skill> SKILLS = List.of(Skill.of("mail"), Skill.of("billing"), Skill.of("network"));

    /** A team leader between veteran and supervisor, in some centers' ladders. */
    public static final Tier LEADER = Tier.of("leader", 250);
    /** A quality-assurance tier between supervisor and manager, in some centers' ladders. */
    public static final Tier QUALITY_ASSURANCE = Tier.of("qa", 350);
    /** A director above the manager, in some centers' ladders. */
    public static final Tier DIRECTOR = Tier.of("director", 500);

    private RoutingGens() {}

    /**
     * Sets of the generated skills.
     *
     * @return the generator
     */
    public static Gen<Set<Skill>> skillSets() {
        return Gens.lists(Gens.elements(SKILLS), 0, 3).map(l -> Set.copyOf(new HashSet<>(l)));
    }

    /**
     * Responders of the standard tiers with any presence, skills, load and score.
     *
     * @param id the responder's id
     * @return the generator
     */
    public static Gen<Responder> responders(String id) {
        return responders(id, TierLadder.standard().tiers());
    }

    /**
     * Responders of the given tiers with any presence, skills, load and score.
     *
     * @param id the responder's id
     * @param tiers the tiers to draw from, at least one
     * @return the generator
     */
    public static Gen<Responder> responders(String id, List<Tier> tiers) {
        return responders(id, tiers, List.of(Presence.values()));
    }

    static Gen<Responder> responders(String id, List<Tier> tiers, List<Presence> presences) {
        Gen<Double> scores = Gens.integers(0, 100).map(i -> i / 100.0);
        return Gens.combine(Gens.elements(tiers), Gens.elements(presences), skillSets(), Gens.integers(0, 20),
                Gens.nullable(scores), (tier, presence, skills, load, score) -> new Responder(ActorId.of(id), tier,
                        presence, skills, load, score, null));
    }

    /**
     * Tier ladders: the standard one half of the time, otherwise a center's own — without the
     * veteran rung, and with a {@link #LEADER}, a {@link #QUALITY_ASSURANCE} or a {@link #DIRECTOR}
     * tier added. Every ladder keeps the supervisor and the manager.
     *
     * @return the generator
     */
    public static Gen<TierLadder> ladders() {
        Gen<TierLadder> custom = Gens.record(p -> {
            List<Tier> tiers = new ArrayList<>();
            tiers.add(Tier.OPERATOR);
            if (!p.<Boolean>get(0)) {
                tiers.add(Tier.VETERAN);
            }
            if (p.<Boolean>get(1)) {
                tiers.add(LEADER);
            }
            tiers.add(Tier.SUPERVISOR);
            if (p.<Boolean>get(2)) {
                tiers.add(QUALITY_ASSURANCE);
            }
            tiers.add(Tier.MANAGER);
            if (p.<Boolean>get(3)) {
                tiers.add(DIRECTOR);
            }
            return TierLadder.of(tiers);
        }, Gens.booleans(), Gens.booleans(), Gens.booleans(), Gens.booleans());
        return Gens.frequency(Gens.weighted(1, Gens.constant(TierLadder.standard())), Gens.weighted(1, custom));
    }

    /**
     * Rosters of 0-8 responders of the standard tiers with distinct ids.
     *
     * @return the generator, to narrow further ({@code rosters().nobodyPresent()})
     */
    public static RosterGen rosters() {
        return rosters(TierLadder.standard().tiers());
    }

    /**
     * Rosters of 0-8 responders of the given tiers with distinct ids.
     *
     * @param tiers the tiers to draw from, at least one
     * @return the generator
     */
    public static RosterGen rosters(List<Tier> tiers) {
        return RosterGen.of(tiers);
    }

    /**
     * Valid thresholds, including the defaults.
     *
     * @return the generator
     */
    public static Gen<Thresholds> thresholds() {
        Gen<Duration> minutes = Gens.integers(1, 60).map(Duration::ofMinutes);
        Gen<Thresholds> random = Gens.record(p -> new Thresholds(p.get(0), p.get(1), p.get(2), p.get(3), p.get(4),
                        p.get(5), p.get(6)),
                minutes, minutes, minutes, Gens.enums(Temperature.class), Gens.enums(Temperature.class),
                Gens.integers(1, 5), Gens.integers(1, 5));
        return Gens.frequency(Gens.weighted(1, Gens.constant(Thresholds.DEFAULTS)), Gens.weighted(3, random));
    }

    /**
     * Operator profiles of every experience, with any authorities.
     *
     * @return the generator
     */
    public static Gen<OperatorProfile> operatorProfiles() {
        return Gens.combine(Gens.enums(ExperienceLevel.class), Gens.lists(Gens.enums(Authority.class), 0, 2),
                (level, auth) -> new OperatorProfile(level, auth.isEmpty() ? Set.of() : EnumSet.copyOf(auth)));
    }

    /**
     * Routing contexts: any instant and zone, optional handling time and operator profile, a
     * ladder from {@link #ladders()} with a roster of its tiers, thresholds, outsourcing,
     * department ownership and skills for the known categories of
     * {@link EscalationGens#categories()}, and overdue-callback facts.
     *
     * @return the generator, to narrow further ({@code contexts().nobodyPresent()})
     */
    public static ContextGen contexts() {
        return ContextGen.any();
    }

    /**
     * Routing contexts on one ladder, with rosters of its tiers; otherwise as {@link #contexts()}.
     *
     * @param ladder the center's ladder
     * @return the generator
     */
    public static ContextGen contexts(TierLadder ladder) {
        return contexts().ladder(ladder);
    }

    /**
     * Returns the tiers a standard-ladder roster may hold.
     *
     * @return operator, veteran, supervisor, manager
     */
    public static List<Tier> standardTiers() {
        return TierLadder.standard().tiers();
    }
}
