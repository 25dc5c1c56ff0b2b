package io.escalation.sla;

import io.escalation.internal.validation.Checks;
import io.escalation.lifecycle.Action;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.lifecycle.EscalationStatus;
import io.escalation.lifecycle.SlaMetric;
import io.escalation.lifecycle.SlaPolicy;
import io.escalation.model.Priority;
import io.escalation.model.RequestKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A center's SLA targets (Salesforce's milestones, Zendesk's SLA policies): per metric, and per
 * priority and request kind where they differ, how much working time of one {@link SlaCalendar}
 * each may take, paused as an {@link SlaPolicy} says, and when to warn before. The most specific
 * target applies (priority and kind, then priority, then kind, then the default), for the
 * escalation's current priority. Immutable and thread-safe.
 *
 * <pre>{@code
 * SlaTargets targets = SlaTargets.builder(SlaCalendar.of("tokyo-office", "2026-04", tokyoOffice))
 *         .target(SlaMetric.ACKNOWLEDGEMENT, Duration.ofMinutes(15), SlaWarning.atPercent(60))
 *         .target(SlaMetric.ACKNOWLEDGEMENT, Priority.URGENT, Duration.ofMinutes(5))
 *         .target(SlaMetric.RESOLUTION, Duration.ofHours(8), SlaWarning.before(Duration.ofHours(1)))
 *         .target(SlaMetric.UPDATE_WHILE_REFERRED, Duration.ofHours(4))
 *         .build();
 * }</pre>
 *
 * <p>Measured stretches: {@link SlaMetric#ACKNOWLEDGEMENT} from the raise while the status is
 * {@code RAISED}; {@link SlaMetric#RESOLUTION} from the raise while it is not resolved, closed or
 * withdrawn (after a reopen the same clock runs on); both paused as the policy says.
 * {@link SlaMetric#UPDATE_WHILE_REFERRED} from each referral while referred, paused only while
 * waiting for the customer if the policy says so (its statuses would pause it always).
 */
public final class SlaTargets {

    /** The statuses in which resolution time no longer runs. */
    private static final java.util.Set<EscalationStatus> DONE = java.util.EnumSet.of(EscalationStatus.RESOLVED,
            EscalationStatus.CLOSED, EscalationStatus.WITHDRAWN);

    private final SlaCalendar calendar;
    private final SlaPolicy policy;
    private final List<SlaTarget> targets;

    private SlaTargets(Builder b) {
        this.calendar = b.calendar;
        this.policy = b.policy;
        this.targets = List.copyOf(b.targets);
    }

    /**
     * Starts targets measured in {@code calendar}, paused by {@link SlaPolicy#DEFAULT}.
     *
     * @param calendar the calendar
     * @return a builder
     * @throws io.escalation.InvalidEscalationException if it is missing
     */
    public static Builder builder(SlaCalendar calendar) {
        return new Builder(Checks.present(SlaTargets.class, "calendar", calendar));
    }

    /**
     * Returns the calendar time is measured in.
     *
     * @return the calendar
     */
    public SlaCalendar calendar() {
        return calendar;
    }

    /**
     * Returns the pause policy.
     *
     * @return the policy
     */
    public SlaPolicy policy() {
        return policy;
    }

    /**
     * Returns every target, in the order added.
     *
     * @return the targets
     */
    public List<SlaTarget> targets() {
        return targets;
    }

    /**
     * Returns the target that applies to a metric for a priority and a request kind.
     *
     * @param metric the metric
     * @param priority the escalation's priority
     * @param kind its request kind
     * @return the most specific target, or empty when none applies
     */
    public Optional<SlaTarget> targetFor(SlaMetric metric, Priority priority, RequestKind kind) {
        Checks.building(SlaTargets.class)
                .require(metric != null, "metric", "NotNull", "must not be null", null)
                .require(priority != null, "priority", "NotNull", "must not be null", null)
                .require(kind != null, "kind", "NotNull", "must not be null", null).done();
        SlaTarget best = null;
        for (SlaTarget t : targets) {
            if (t.metric() == metric && t.appliesTo(priority, kind)
                    && (best == null || t.specificity() > best.specificity())) {
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Returns where every applicable target stands for an escalation now: one deadline per
     * occurrence (one for acknowledgement and resolution, one per referral), oldest first.
     *
     * @param state the escalation
     * @param now the current instant; an instant before the last event counts as the last event's
     * @return the deadlines
     * @throws io.escalation.InvalidEscalationException if an argument is missing
     * @throws io.escalation.callback.CalendarException beyond the calendar's supported range
     */
    public List<SlaDeadline> deadlines(EscalationState state, Instant now) {
        Checks.building(SlaTargets.class)
                .require(state != null, "state", "NotNull", "must not be null", null)
                .instant("now", now).done();
        List<Segment> timeline = timeline(state.history());
        Instant at = now.isBefore(state.updatedAt()) ? state.updatedAt() : now;
        RequestKind kind = state.escalation().inquiry().kind();
        List<SlaDeadline> out = new ArrayList<>();
        for (SlaMetric metric : SlaMetric.values()) {
            Optional<SlaTarget> target = targetFor(metric, state.priority(), kind);
            if (target.isEmpty()) {
                continue;
            }
            for (Occurrence o : occurrences(metric, timeline)) {
                out.add(deadline(target.get(), o, at));
            }
        }
        out.sort(Comparator.comparingLong(SlaDeadline::since));
        return List.copyOf(out);
    }

    /**
     * Returns the notices due now and not yet recorded in the history, as the changes that record
     * them ({@link Change.SlaWarned}, {@link Change.SlaBreached}), earliest first. Nothing is due for
     * an escalation that is no longer open.
     *
     * @param state the escalation
     * @param now the current instant
     * @return the changes to record, each once
     */
    public List<Change> due(EscalationState state, Instant now) {
        List<SlaDeadline> deadlines = deadlines(state, now);
        if (!state.status().isOpen()) {
            return List.of();
        }
        record Due(Instant at, Change change) {}
        List<Due> due = new ArrayList<>();
        for (SlaDeadline d : deadlines) {
            SlaMetric metric = d.target().metric();
            for (SlaDeadline.Warning w : d.warnings()) {
                Instant at = w.at();
                if (at != null && !at.isAfter(now) && !state.slaWarned(metric, d.since(), w.index())) {
                    due.add(new Due(at, new Change.SlaWarned(metric, d.since(), w.index(),
                            calendar.versionAt(at).version())));
                }
            }
            Instant breach = d.breachAt();
            if (breach != null && !breach.isAfter(now) && !state.slaBreached(metric, d.since())) {
                due.add(new Due(breach, new Change.SlaBreached(metric, d.since(), calendar.versionAt(breach).version())));
            }
        }
        due.sort(Comparator.comparing(Due::at));
        return due.stream().map(Due::change).toList();
    }

    /**
     * Returns when the next notice falls due: the earliest warning or breach instant not yet
     * recorded (possibly already past), for scheduling a timer.
     *
     * @param state the escalation
     * @param now the current instant
     * @return the instant, or empty when none is ahead while the clocks stand as they do now or
     *     the escalation is no longer open
     */
    public Optional<Instant> nextNoticeAt(EscalationState state, Instant now) {
        List<SlaDeadline> deadlines = deadlines(state, now);
        if (!state.status().isOpen()) {
            return Optional.empty();
        }
        Instant next = null;
        for (SlaDeadline d : deadlines) {
            SlaMetric metric = d.target().metric();
            for (SlaDeadline.Warning w : d.warnings()) {
                if (w.at() != null && !state.slaWarned(metric, d.since(), w.index())) {
                    next = earlier(next, w.at());
                }
            }
            if (d.breachAt() != null && !state.slaBreached(metric, d.since())) {
                next = earlier(next, d.breachAt());
            }
        }
        return Optional.ofNullable(next);
    }

    private static Instant earlier(@Nullable Instant a, Instant b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    // ------------------------------------------------------------------ computing

    /** A stretch of the history with one status; {@code to} is null for the last, open-ended one. */
    private record Segment(long version, Action action, Instant from, @Nullable Instant to, EscalationStatus status,
            boolean awaiting) {}

    /** One measured occurrence: its stretches, whether each counts, and whether it ended. */
    private record Occurrence(long since, List<Segment> segments, List<Boolean> counted, boolean ended) {}

    private static List<Segment> timeline(List<EscalationEvent> history) {
        List<Segment> out = new ArrayList<>(history.size());
        EscalationStatus status = EscalationStatus.RAISED;
        boolean awaiting = false;
        for (int i = 0; i < history.size(); i++) {
            EscalationEvent e = history.get(i);
            Action action = e.action();
            status = action.to().orElse(status);
            if (action == Action.AWAIT_CUSTOMER) {
                awaiting = true;
            } else if (action == Action.RECORD_CUSTOMER_RESPONSE || !status.isOpen()) {
                awaiting = false;
            }
            Instant to = i + 1 < history.size() ? history.get(i + 1).at() : null;
            out.add(new Segment(e.version(), action, e.at(), to, status, awaiting));
        }
        return out;
    }

    private List<Occurrence> occurrences(SlaMetric metric, List<Segment> timeline) {
        return switch (metric) {
            case ACKNOWLEDGEMENT -> List.of(occurrence(timeline, 0, s -> s.status() == EscalationStatus.RAISED, true));
            case RESOLUTION -> List.of(occurrence(timeline, 0, s -> !DONE.contains(s.status()), false));
            case UPDATE_WHILE_REFERRED -> {
                List<Occurrence> out = new ArrayList<>();
                for (int i = 0; i < timeline.size(); i++) {
                    if (timeline.get(i).action() == Action.REFER) {
                        out.add(occurrence(timeline, i, s -> s.status() == EscalationStatus.REFERRED, true));
                    }
                }
                yield out;
            }
        };
    }

    /**
     * Collects the occurrence starting at segment {@code first}: while {@code in} holds (and,
     * when {@code once}, only until it first stops holding).
     */
    private Occurrence occurrence(List<Segment> timeline, int first, java.util.function.Predicate<Segment> in,
            boolean once) {
        List<Segment> segments = new ArrayList<>();
        List<Boolean> counted = new ArrayList<>();
        boolean ended = false;
        boolean referral = timeline.get(first).action() == Action.REFER;
        for (int i = first; i < timeline.size(); i++) {
            Segment s = timeline.get(i);
            boolean inside = in.test(s);
            if (!inside && once) {
                ended = true;
                break;
            }
            segments.add(s);
            boolean paused = referral ? policy.pauseWhileAwaitingCustomer() && s.awaiting()
                    : policy.pauses(s.status(), s.awaiting());
            counted.add(inside && !paused);
            ended = !inside;
        }
        return new Occurrence(timeline.get(first).version(), segments, counted, ended);
    }

    private SlaDeadline deadline(SlaTarget target, Occurrence o, Instant now) {
        Duration used = Duration.ZERO;
        List<SlaCalendar.Measured> measured = new ArrayList<>();
        for (int i = 0; i < o.segments().size(); i++) {
            if (o.counted().get(i)) {
                Segment s = o.segments().get(i);
                Instant to = s.to() == null ? now : s.to();
                for (SlaCalendar.Measured m : calendar.measure(s.from(), to)) {
                    measured.add(m);
                    used = used.plus(m.counted());
                }
            }
        }
        boolean running = !o.ended() && !o.segments().isEmpty() && o.counted().get(o.counted().size() - 1);
        Instant breachAt = instantWhen(target.limit(), o, now, running);
        List<SlaDeadline.Warning> warnings = new ArrayList<>(target.warnings().size());
        for (int i = 0; i < target.warnings().size(); i++) {
            SlaWarning w = target.warnings().get(i);
            warnings.add(new SlaDeadline.Warning(i, w, instantWhen(w.usedOf(target.limit()), o, now, running)));
        }
        SlaDeadline.Status status;
        if (breachAt != null && !breachAt.isAfter(now)) {
            status = SlaDeadline.Status.BREACHED;
        } else if (o.ended()) {
            status = SlaDeadline.Status.MET;
        } else if (running) {
            status = SlaDeadline.Status.RUNNING;
        } else {
            status = SlaDeadline.Status.PAUSED;
        }
        return new SlaDeadline(target, o.since(), status, used, breachAt, warnings, measured);
    }

    /** The instant at which {@code amount} of counted time is reached, or null if it is not (yet) known. */
    private @Nullable Instant instantWhen(Duration amount, Occurrence o, Instant now, boolean running) {
        Duration used = Duration.ZERO;
        for (int i = 0; i < o.segments().size(); i++) {
            if (!o.counted().get(i)) {
                continue;
            }
            Segment s = o.segments().get(i);
            Instant to = s.to() == null ? now : s.to();
            Duration here = calendar.between(s.from(), to);
            if (used.plus(here).compareTo(amount) >= 0) {
                return calendar.add(s.from(), amount.minus(used));
            }
            used = used.plus(here);
        }
        return running ? calendar.add(now, amount.minus(used)) : null;
    }

    /** Builds {@link SlaTargets}; not thread-safe. */
    public static final class Builder {
        private final SlaCalendar calendar;
        private SlaPolicy policy = SlaPolicy.DEFAULT;
        private boolean policySet;
        private final List<SlaTarget> targets = new ArrayList<>();

        private Builder(SlaCalendar calendar) {
            this.calendar = calendar;
        }

        /**
         * Sets when clocks stand still (default {@link SlaPolicy#DEFAULT}).
         *
         * @param value the policy
         * @return this builder
         * @throws io.escalation.InvalidEscalationException if null or already set
         */
        public Builder policy(SlaPolicy value) {
            Checks.building(SlaTargets.class)
                    .require(value != null, "policy", "NotNull", "must not be null", null)
                    .require(!policySet, "policy", "SetOnce", "policy was already set", null).done();
            this.policy = value;
            this.policySet = true;
            return this;
        }

        /**
         * Adds the default target of a metric.
         *
         * @param metric the metric
         * @param limit the working time allowed
         * @param warnings when to warn
         * @return this builder
         * @throws io.escalation.InvalidEscalationException naming every broken rule, or if the
         *     metric already has a default target
         */
        public Builder target(SlaMetric metric, Duration limit, SlaWarning... warnings) {
            return add(metric, null, null, limit, warnings);
        }

        /**
         * Adds a metric's target for one priority.
         *
         * @param metric the metric
         * @param priority the priority
         * @param limit the working time allowed
         * @param warnings when to warn
         * @return this builder
         */
        public Builder target(SlaMetric metric, Priority priority, Duration limit, SlaWarning... warnings) {
            requireKey("priority", priority);
            return add(metric, priority, null, limit, warnings);
        }

        /**
         * Adds a metric's target for one request kind.
         *
         * @param metric the metric
         * @param kind the request kind
         * @param limit the working time allowed
         * @param warnings when to warn
         * @return this builder
         */
        public Builder target(SlaMetric metric, RequestKind kind, Duration limit, SlaWarning... warnings) {
            requireKey("kind", kind);
            return add(metric, null, kind, limit, warnings);
        }

        /**
         * Adds a metric's target for one priority and request kind.
         *
         * @param metric the metric
         * @param priority the priority
         * @param kind the request kind
         * @param limit the working time allowed
         * @param warnings when to warn
         * @return this builder
         */
        public Builder target(SlaMetric metric, Priority priority, RequestKind kind, Duration limit,
                SlaWarning... warnings) {
            requireKey("priority", priority);
            requireKey("kind", kind);
            return add(metric, priority, kind, limit, warnings);
        }

        private static void requireKey(String path, @Nullable Object value) {
            Checks.present(SlaTargets.class, path, value);
        }

        private Builder add(SlaMetric metric, @Nullable Priority priority, @Nullable RequestKind kind, Duration limit,
                SlaWarning @Nullable [] warnings) {
            Checks.building(SlaTargets.class)
                    .require(warnings != null, "warnings", "NotNull", "must not be null", null).done();
            SlaTarget t = new SlaTarget(metric, priority, kind, limit, Arrays.asList(warnings));
            Checks.building(SlaTargets.class)
                    .require(targets.stream().noneMatch(o -> o.metric() == metric && o.priority() == priority
                            && o.kind() == kind), "target", "Unique", "a target for this metric, priority and kind"
                            + " was already added", null).done();
            targets.add(t);
            return this;
        }

        /**
         * Builds the targets.
         *
         * @return the targets
         */
        public SlaTargets build() {
            return new SlaTargets(this);
        }
    }
}
