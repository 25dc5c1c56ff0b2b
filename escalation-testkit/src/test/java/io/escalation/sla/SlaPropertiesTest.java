package io.escalation.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.callback.BusinessCalendar;
import io.escalation.lifecycle.Action;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.ActorRole;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.lifecycle.EscalationStatus;
import io.escalation.lifecycle.SlaMetric;
import io.escalation.lifecycle.SlaPolicy;
import io.escalation.model.ActorId;
import io.escalation.testkit.CalendarGens;
import io.escalation.testkit.Gen;
import io.escalation.testkit.Gens;
import io.escalation.testkit.LifecycleGens;
import io.escalation.testkit.Property;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * SLA deadlines against an independent minute-stepping reference on random calendars (with a
 * version change at a random minute) and random histories, and notices that fire once.
 */
class SlaPropertiesTest {

    /** How far past the last event the reference steps before it gives up (a deadline further is "none found"). */
    private static final long MAX_STEPS = 21L * 24 * 60;

    private static final Actor SYSTEM = new Actor(ActorId.of("desk"), ActorRole.SYSTEM);

    /** A random history with every instant on a whole minute, raised between 2020 and 2030. */
    private static Gen<EscalationState> states() {
        return LifecycleGens.histories(25).map(history -> {
            List<EscalationEvent> minutes = new ArrayList<>(history.size());
            for (EscalationEvent e : history) {
                minutes.add(new EscalationEvent(e.ref(), e.version(), e.at().truncatedTo(ChronoUnit.MINUTES), e.actor(),
                        e.change()));
            }
            return EscalationState.fold(minutes);
        });
    }

    /** Random calendars, sometimes changed at a whole minute near the history. */
    private record Calendars(BusinessCalendar first, BusinessCalendar second, long changeAfterMinutes, boolean changed) {
        SlaCalendar at(Instant origin) {
            SlaCalendar one = SlaCalendar.of("site", "v1", first);
            return changed ? one.changedAt(origin.plus(Duration.ofMinutes(changeAfterMinutes)), "v2", second) : one;
        }
    }

    private static Gen<Calendars> calendars() {
        return Gens.record(p -> new Calendars(p.get(0), p.get(1), p.get(2), p.get(3)), CalendarGens.calendars(),
                CalendarGens.calendars(), Gens.longs(1, 5 * 24 * 60), Gens.booleans());
    }

    @Test
    void deadlinesAgreeWithMinuteStepping() {
        AtomicInteger compared = new AtomicInteger();
        AtomicInteger found = new AtomicInteger();
        Property.forAll(states(), calendars(), Gens.longs(1, 16 * 60)).tries(300).named("SLA deadlines vs minutes")
                .check((state, cals, limitMinutes) -> {
                    Instant origin = state.history().get(0).at();
                    SlaCalendar calendar = cals.at(origin);
                    Duration limit = Duration.ofMinutes(limitMinutes);
                    Duration lead = Duration.ofMinutes(Math.max(1, limitMinutes / 3));
                    SlaTargets.Builder b = SlaTargets.builder(calendar);
                    for (SlaMetric m : SlaMetric.values()) {
                        b = limitMinutes > lead.toMinutes() ? b.target(m, limit, SlaWarning.before(lead)) : b.target(m, limit);
                    }
                    SlaTargets targets = b.build();
                    Instant now = state.updatedAt();
                    for (SlaDeadline d : targets.deadlines(state, now)) {
                        compared.incrementAndGet();
                        Instant expected = reference(state, calendar, SlaPolicy.DEFAULT, d.target().metric(), d.since(),
                                limitMinutes);
                        assertEquals(expected, d.breachAt(), () -> d.target().metric() + " since v" + d.since());
                        if (expected != null) {
                            found.incrementAndGet();
                        }
                        if (!d.warnings().isEmpty()) {
                            assertEquals(reference(state, calendar, SlaPolicy.DEFAULT, d.target().metric(), d.since(),
                                    limitMinutes - lead.toMinutes()), d.warnings().get(0).at(), "warning");
                        }
                    }
                });
        assertTrue(compared.get() > 500 && found.get() > 100, compared + " deadlines compared, " + found + " with a breach");
    }

    /**
     * The breach instant by stepping minute by minute from the occurrence's start: a minute counts
     * when the occurrence's status holds, the policy does not pause it and the calendar version in
     * effect is open; the last event's status lasts.
     */
    private static @Nullable Instant reference(EscalationState state, SlaCalendar calendar, SlaPolicy policy,
            SlaMetric metric, long since, long limitMinutes) {
        List<EscalationEvent> history = state.history();
        List<EscalationState> prefixes = new ArrayList<>();
        EscalationState s = EscalationState.start(history.get(0));
        prefixes.add(s);
        for (int i = 1; i < history.size(); i++) {
            s = s.apply(history.get(i));
            prefixes.add(s);
        }
        int first = (int) since - 1;
        Instant t = history.get(first).at();
        Instant last = history.get(history.size() - 1).at();
        long counted = 0;
        int segment = first;
        long steps = MAX_STEPS + Duration.between(t, last).toMinutes(); // fixed before t moves on
        for (long step = 0; step < steps; step++) {
            while (segment + 1 < history.size() && !history.get(segment + 1).at().isAfter(t)) {
                segment++;
            }
            EscalationState here = prefixes.get(segment);
            EscalationStatus status = here.status();
            boolean inside = switch (metric) {
                case ACKNOWLEDGEMENT -> status == EscalationStatus.RAISED;
                case RESOLUTION -> status != EscalationStatus.RESOLVED && status != EscalationStatus.CLOSED
                        && status != EscalationStatus.WITHDRAWN;
                case UPDATE_WHILE_REFERRED -> status == EscalationStatus.REFERRED;
            };
            if (!inside && metric != SlaMetric.RESOLUTION) {
                return null; // the occurrence ended
            }
            boolean paused = metric == SlaMetric.UPDATE_WHILE_REFERRED
                    ? policy.pauseWhileAwaitingCustomer() && here.awaitingCustomer()
                    : policy.pauses(here);
            if (!inside && segment == history.size() - 1) {
                return null; // resolved for good
            }
            if (inside && !paused && calendar.versionAt(t).calendar().isOpen(t)) {
                counted++;
                if (counted == limitMinutes) {
                    return t.plus(Duration.ofMinutes(1));
                }
            } else if (segment == history.size() - 1 && paused) {
                return null; // paused for good
            }
            t = t.plus(Duration.ofMinutes(1));
        }
        return null;
    }

    @Test
    void everyNoticeIsRecordedOnceWhateverTheChecks() {
        AtomicInteger recorded = new AtomicInteger();
        Property.forAll(states(), calendars(), Gens.lists(Gens.longs(0, 3 * 24 * 60), 1, 8)).tries(300)
                .named("SLA notices once").check((start, cals, checks) -> {
                    SlaTargets targets = SlaTargets.builder(cals.at(start.history().get(0).at()))
                            .target(SlaMetric.ACKNOWLEDGEMENT, Duration.ofMinutes(30), SlaWarning.atPercent(50))
                            .target(SlaMetric.RESOLUTION, Duration.ofHours(4), SlaWarning.before(Duration.ofHours(1)),
                                    SlaWarning.atPercent(90))
                            .target(SlaMetric.UPDATE_WHILE_REFERRED, Duration.ofHours(2), SlaWarning.atPercent(75))
                            .build();
                    EscalationState state = start;
                    Instant now = state.updatedAt();
                    List<Long> sorted = checks.stream().sorted().toList();
                    for (long offset : sorted) {
                        now = start.updatedAt().plus(Duration.ofMinutes(offset));
                        for (Change c : targets.due(state, now)) {
                            state = state.apply(new EscalationEvent(state.ref(), state.version() + 1,
                                    now.isBefore(state.updatedAt()) ? state.updatedAt() : now, SYSTEM, c));
                            recorded.incrementAndGet();
                        }
                        assertEquals(List.of(), targets.due(state, now), "nothing is due twice");
                    }
                    Map<String, Integer> counts = new HashMap<>();
                    for (EscalationEvent e : state.history()) {
                        if (e.action() == Action.WARN_SLA || e.action() == Action.RECORD_SLA_BREACH) {
                            counts.merge(e.change().toString(), 1, Integer::sum);
                        }
                    }
                    assertTrue(counts.values().stream().allMatch(n -> n == 1), counts::toString);
                    if (state.status().isOpen()) {
                        for (SlaDeadline d : targets.deadlines(state, now)) {
                            for (SlaDeadline.Warning w : d.warnings()) {
                                if (w.at() != null && !w.at().isAfter(now)) {
                                    assertTrue(state.slaWarned(d.target().metric(), d.since(), w.index()), "due and recorded");
                                }
                            }
                        }
                    }
                });
        assertTrue(recorded.get() > 100, recorded + " notices recorded");
        assertTrue(Set.of(SlaMetric.values()).size() == 3);
    }
}
