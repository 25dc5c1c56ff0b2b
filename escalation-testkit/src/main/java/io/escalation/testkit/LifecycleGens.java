package io.escalation.testkit;

import io.escalation.lifecycle.Action;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.ActorRole;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.ActorId;
import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.FreeText;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.SiteId;
import io.escalation.model.Tier;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Generators for the lifecycle: raise events, changes of every kind, random attempts at actions
 * by random actors, and histories, for property tests of the state machine, of stores and of
 * event consumers.
 *
 * <p>Changes are generated from the {@link Action} table and the records' components, never
 * from a hand-written list: a new kind of change is generated as soon as it is in the table, as
 * long as its components are of a type listed in {@link #componentTypes()}.
 */
public final class LifecycleGens {

    private static final Map<Action, Gen<Function<Instant, Change>>> CHANGES = new EnumMap<>(Action.class);

    static {
        for (Action action : Action.values()) {
            CHANGES.put(action, recipes(action.changeType()));
        }
    }

    private LifecycleGens() {}

    /**
     * Returns the component types changes may use; a change with a component of another type
     * makes this class fail to load with a {@link GenerationException} naming it.
     *
     * @return the supported types
     */
    public static List<Class<?>> componentTypes() {
        return List.of(Escalation.class, Tier.class, Actor.class, ActorId.class, Priority.class, List.class,
                Reason.class, boolean.class, FreeText.class, Department.class, String.class, Instant.class,
                SiteId.class, Enum.class, long.class, int.class);
    }

    /**
     * Changes of one kind, valid as values; instants are within hours after {@code at}, so some
     * fit the history they are applied to and some do not.
     *
     * @param action the kind
     * @param at the instant the change's own instants are near
     * @return the generator
     */
    public static Gen<Change> changes(Action action, Instant at) {
        return CHANGES.get(action).map(recipe -> recipe.apply(at));
    }

    /**
     * An attempt to perform an action: which action, in which role, and the seed of the change's
     * contents. {@link #toEvent(EscalationState)} turns it into the next event of a state, which
     * the state may accept or refuse.
     *
     * @param action the action, when not following the rules
     * @param role the actor's role, when not following the rules
     * @param sameOperator for operators: whether it is the operator who raised the escalation
     * @param gap time since the previous event
     * @param followRules whether to pick among the actions the status allows (by {@code choice})
     *     and a role allowed to perform it, so sequences get far into the life of an escalation
     * @param choice which allowed action and role to pick
     * @param contents the seed the change's contents are drawn from
     */
    public record Attempt(Action action, ActorRole role, boolean sameOperator, Duration gap, boolean followRules,
            int choice, long contents) {

        /**
         * Returns the action this attempt makes in {@code state}.
         *
         * @param state the current state
         * @return {@code action}, or an allowed action when following the rules
         */
        public Action actionIn(EscalationState state) {
            if (!followRules) {
                return action;
            }
            List<Action> allowed = new ArrayList<>(state.allowedActions());
            if (allowed.isEmpty()) {
                return action;
            }
            Collections.sort(allowed);
            return allowed.get(Math.floorMod(choice, allowed.size()));
        }

        private ActorRole roleFor(Action chosen) {
            if (!followRules) {
                return role;
            }
            List<ActorRole> roles = new ArrayList<>(chosen.roles());
            Collections.sort(roles);
            return roles.get(Math.floorMod(choice / 7, roles.size()));
        }

        /**
         * Builds the event this attempt makes as the next event of {@code state}.
         *
         * @param state the current state
         * @return the event; applying it may be refused
         */
        public EscalationEvent toEvent(EscalationState state) {
            Instant at = state.updatedAt().plus(gap);
            Action chosen = actionIn(state);
            ActorRole actingRole = roleFor(chosen);
            String operatorId = state.escalation().operator().id().value();
            Actor actor = Actor.of(actingRole == ActorRole.OPERATOR && sameOperator ? operatorId
                    : actingRole.name().toLowerCase(Locale.ROOT) + "-1", actingRole);
            Change change = CHANGES.get(chosen).sample(new SplittableRandom(contents), 10).apply(at);
            return new EscalationEvent(state.ref(), state.version() + 1, at, actor, change);
        }
    }

    private static EscalationEvent raised(Escalation e, Actor actor, boolean clientApprovalRequired) {
        return new EscalationEvent(e.ref(), 1, e.raisedAt(), actor, new Change.Raised(e, Tier.SUPERVISOR,
                Actor.supervisor("sv-1"), Priority.NORMAL,
                List.of(Reason.of("generated", "LifecycleGens")), clientApprovalRequired));
    }

    /**
     * Raise events of generated escalations, by their operator, some needing client approval.
     *
     * @return the generator
     */
    public static Gen<EscalationEvent> raises() {
        return Gens.combine(EscalationGens.escalations(), Gens.booleans(), (e, client) ->
                raised(e, Actor.operator(e.operator().id().value()), client));
    }

    /**
     * Attempts at any action by any role, with gaps from 0 to 3 days (mostly minutes); four in five
     * follow the rules.
     *
     * @return the generator
     */
    public static Gen<Attempt> attempts() {
        Gen<Duration> gaps = Gens.frequency(Gens.weighted(8, Gens.durations(Duration.ZERO, Duration.ofHours(1))),
                Gens.weighted(2, Gens.durations(Duration.ZERO, Duration.ofDays(3))));
        return Gens.record(p -> new Attempt(p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), p.get(5), p.get(6)),
                Gens.enums(Action.class), Gens.enums(ActorRole.class), Gens.booleans(), gaps,
                Gens.frequency(Gens.weighted(1, Gens.constant(false)), Gens.weighted(4, Gens.constant(true))),
                Gens.integers(0, 1_000_000), Gens.longs(Long.MIN_VALUE, Long.MAX_VALUE));
    }

    /**
     * Sequences of up to {@code maxLength} attempts.
     *
     * @param maxLength the most attempts
     * @return the generator
     */
    public static Gen<List<Attempt>> sequences(int maxLength) {
        return Gens.lists(attempts(), 0, maxLength);
    }

    /**
     * Valid histories: a raise and the accepted events of up to {@code maxAttempts} attempts. Shrinks
     * toward shorter histories.
     *
     * @param maxAttempts the most attempts made after the raise
     * @return the generator of histories that fold
     */
    public static Gen<List<EscalationEvent>> histories(int maxAttempts) {
        return Gens.combine(raises(), sequences(maxAttempts), LifecycleGens::play);
    }

    /**
     * Plays attempts on the state a raise starts, keeping the events the state accepts.
     *
     * @param raise the raise event
     * @param attempts the attempts
     * @return the accepted history, starting with the raise
     */
    public static List<EscalationEvent> play(EscalationEvent raise, List<Attempt> attempts) {
        EscalationState state = EscalationState.start(raise);
        for (Attempt attempt : attempts) {
            try {
                state = state.apply(attempt.toEvent(state));
            } catch (io.escalation.EscalationException refused) {
                // refused attempts leave the history as it was
            }
        }
        return state.history();
    }

    // ------------------------------------------------------------------ changes from the table

    /** A generator of a change of {@code type}, each instant component relative to the event's instant. */
    private static Gen<Function<Instant, Change>> recipes(Class<? extends Change> type) {
        RecordComponent[] components = type.getRecordComponents();
        List<Gen<Function<Instant, Object>>> parts = new ArrayList<>();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            parts.add(component(type, components[i]));
        }
        Constructor<? extends Change> canonical;
        try {
            canonical = type.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new GenerationException("no canonical constructor on " + type.getName());
        }
        return Gens.sequence(parts).map(fs -> at -> {
            Object[] args = new Object[fs.size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = fs.get(i).apply(at);
            }
            try {
                return canonical.newInstance(args);
            } catch (InvocationTargetException e) {
                throw new GenerationException("generated an invalid " + type.getSimpleName() + ": "
                        + e.getCause().getMessage());
            } catch (ReflectiveOperationException e) {
                throw new GenerationException("cannot construct " + type.getName() + ": " + e);
            }
        });
    }

    private static Gen<Function<Instant, Object>> component(Class<?> owner, RecordComponent c) {
        Gen<Function<Instant, Object>> gen = forType(owner, c.getName(), c.getType(), c.getGenericType());
        return nullable(c.getAnnotatedType()) ? Gens.nullable(gen).map(f -> f == null ? at -> null : f) : gen;
    }

    private static boolean nullable(AnnotatedType type) {
        for (var a : type.getAnnotations()) {
            if (a.annotationType().getSimpleName().equals("Nullable")) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Gen<Function<Instant, Object>> forType(Class<?> owner, String name, Class<?> type, Type generic) {
        if (type == Instant.class) {
            // on a quarter-hour grid from an hour before to four hours after the event
            return Gens.integers(-4, 16).map(q -> at -> at.plus(Duration.ofMinutes(15L * q)));
        }
        Gen<?> plain;
        if (type == Escalation.class) {
            plain = EscalationGens.escalations();
        } else if (type == Tier.class) {
            plain = Gens.elements(Tier.SUPERVISOR, Tier.MANAGER);
        } else if (type == Actor.class) {
            plain = Gens.elements(Actor.supervisor("sv-2"), Actor.manager("mgr-2"), Actor.operator("op-2"),
                    Actor.department("dept-2"));
        } else if (type == ActorId.class) {
            plain = Gens.elements(ActorId.of("sv-1"), ActorId.of("sv-2"), ActorId.of("op-1"));
        } else if (type == Reason.class) {
            plain = Gens.constant(Reason.of("generated", "LifecycleGens"));
        } else if (type == FreeText.class) {
            plain = Gens.elements(FreeText.of("指示"), FreeText.of("回答"), FreeText.of("書類の送付"),
                    FreeText.of("Outlook 2016 の設定を確認"));
        } else if (type == Department.class) {
            plain = Gens.elements(Department.of("dept"), Department.of("client"));
        } else if (type == SiteId.class) {
            plain = Gens.elements(SiteId.of("tokyo-1"), SiteId.of("bangkok-1"));
        } else if (type == String.class) {
            plain = Gens.elements("first-referral", "customer-not-satisfied", "needs-approval");
        } else if (type == boolean.class) {
            plain = Gens.booleans();
        } else if (type == long.class) {
            // versions of a history's first events (SLA occurrences start there)
            plain = Gens.integers(1, 6).map(Integer::longValue);
        } else if (type == int.class && name.equals("attemptBudget")) {
            plain = Gens.integers(1, 4);
        } else if (type == int.class) {
            // positions in short lists (an SLA target's warnings)
            plain = Gens.integers(0, 3);
        } else if (type.isEnum()) {
            plain = Gens.enums((Class) type);
        } else if (type == List.class && generic instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            Gen<Function<Instant, Object>> one = forType(owner, name, element, element);
            return Gens.lists(one, 0, 2).map(fs -> at -> fs.stream().map(f -> f.apply(at)).toList());
        } else {
            throw new GenerationException("no generator for component " + name + " (" + type.getName() + ") of "
                    + owner.getName() + "; LifecycleGens supports " + componentTypes());
        }
        return plain.map(v -> at -> v);
    }
}
