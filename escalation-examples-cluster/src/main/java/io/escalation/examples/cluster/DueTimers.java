package io.escalation.examples.cluster;

import io.escalation.desk.EscalationDesk;
import io.escalation.jdbc.ScheduleOutcome;
import io.escalation.jdbc.StaleLeaseException;
import io.escalation.jdbc.TimerLease;
import io.escalation.jdbc.Timers;
import io.escalation.lifecycle.CallbackRecord;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.EscalationId;
import io.escalation.model.EscalationRef;
import io.escalation.model.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's worker for the timers every node shares: callback reminders and SLA notices,
 * scheduled in the JDBC module's timer table and claimed with leases, so that each fires on exactly
 * one node however many nodes claim at once.
 *
 * <ul>
 *   <li>{@value #CALLBACK_REMINDER}: due at the callback's {@code remindAt}; firing tells the
 *       {@link ReminderSink} to remind the responder, with the claim's fencing token, when the
 *       callback is still pending.</li>
 *   <li>{@value #SLA_NOTICE}: due at {@link EscalationDesk#nextSlaNoticeAt}; firing records the SLA
 *       warnings and breaches due ({@link EscalationDesk#recordDueSlaNotices}) and schedules the next
 *       notice, if any, as a new timer.</li>
 * </ul>
 *
 * <p>A reminder or notice is performed before its timer is completed, so a node that stops in
 * between leaves the timer leased until the lease runs out; another node then claims it (with a
 * higher fencing token) and performs it again: at least once across crashes, exactly once otherwise.
 * An effect that throws leaves its timer, and the rest of the claimed batch, to that same retry.
 *
 * <p>Timer ids are derived from what they are for (the escalation, the callback's promise, the notice's
 * instant), so scheduling is idempotent across nodes: two nodes that schedule the same reminder make
 * one timer. Thread-safe.
 */
public final class DueTimers {

    /** The kind of callback-reminder timers. */
    public static final String CALLBACK_REMINDER = "callback-reminder";
    /** The kind of SLA-notice timers. */
    public static final String SLA_NOTICE = "sla-notice";

    private static final Logger LOG = LoggerFactory.getLogger(DueTimers.class);

    /** Performs a reminder: tells the responder to call the customer back. */
    @FunctionalInterface
    public interface ReminderSink {
        /**
         * Reminds a responder of a pending callback. Carry {@code lease.fencingToken()} to the
         * target so that it can refuse a reminder from a node whose lease was taken over.
         *
         * @param lease the claimed timer
         * @param callback the pending callback (responder and times; no personal data)
         */
        void remind(TimerLease lease, CallbackRecord callback);
    }

    /**
     * A timer this node fired and completed.
     *
     * @param node the node's id
     * @param timerId the timer's id
     * @param kind {@value #CALLBACK_REMINDER} or {@value #SLA_NOTICE}
     * @param escalationId the escalation
     * @param dueAt when it was due
     * @param fencingToken the claim's token
     */
    public record Fired(String node, String timerId, String kind, String escalationId, Instant dueAt,
            long fencingToken) {}

    private final String node;
    private final Timers timers;
    private final EscalationDesk desk;
    private final Clock clock;
    private final Duration lease;
    private final ReminderSink reminders;

    /**
     * Creates the worker.
     *
     * @param node this node's id (recorded in {@link Fired})
     * @param timers the shared timers ({@code JdbcEscalations.timers()})
     * @param desk this node's desk
     * @param clock this node's clock; nodes' clocks must agree to well within {@code lease}
     * @param lease how long a claim lasts; longer than firing a batch takes
     * @param reminders performs reminders
     */
    public DueTimers(String node, Timers timers, EscalationDesk desk, Clock clock, Duration lease,
            ReminderSink reminders) {
        this.node = Objects.requireNonNull(node, "node");
        this.timers = Objects.requireNonNull(timers, "timers");
        this.desk = Objects.requireNonNull(desk, "desk");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.reminders = Objects.requireNonNull(reminders, "reminders");
    }

    /**
     * Schedules the reminder of an escalation's pending callback.
     *
     * @param state the escalation, with a pending callback
     * @return what the timer table did; empty when no callback is pending
     */
    public Optional<ScheduleOutcome> scheduleReminder(EscalationState state) {
        Optional<CallbackRecord> pending = state.pendingCallback();
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        CallbackRecord c = pending.get();
        String id = CALLBACK_REMINDER + ":" + state.id().value() + ":" + c.promiseBy().toEpochMilli();
        return Optional.of(timers.schedule(state.ref().tenant().value(), id, state.id().value(), CALLBACK_REMINDER,
                c.remindAt(), null));
    }

    /**
     * Schedules the escalation's next SLA notice.
     *
     * @param ref the escalation
     * @return what the timer table did; empty when no notice is ahead
     */
    public Optional<ScheduleOutcome> scheduleSlaNotice(EscalationRef ref) {
        Optional<Instant> next = desk.nextSlaNoticeAt(ref);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        String id = SLA_NOTICE + ":" + ref.id().value() + ":" + next.get().toEpochMilli();
        return Optional.of(timers.schedule(ref.tenant().value(), id, ref.id().value(), SLA_NOTICE, next.get(), null));
    }

    /**
     * Claims up to {@code limit} due timers of a tenant and fires them.
     *
     * @param tenant the tenant
     * @param limit the most timers to claim, 1 to 1000
     * @return the timers this node fired and completed
     */
    public List<Fired> fireDue(TenantId tenant, int limit) {
        List<TimerLease> leases = timers.claimDue(tenant.value(), clock.instant(), limit, lease);
        List<Fired> fired = new ArrayList<>(leases.size());
        for (TimerLease l : leases) {
            EscalationRef ref = new EscalationRef(tenant, EscalationId.of(l.escalation().orElseThrow()));
            switch (l.kind()) {
                case CALLBACK_REMINDER -> desk.get(ref).pendingCallback()
                        .filter(c -> !c.remindAt().isAfter(l.dueAt()))
                        .ifPresent(c -> reminders.remind(l, c));
                case SLA_NOTICE -> {
                    desk.recordDueSlaNotices(ref);
                    scheduleSlaNotice(ref);
                }
                default -> LOG.warn("timer {} has kind {} that this node does not fire; completing it", l.timerId(),
                        l.kind());
            }
            try {
                timers.complete(l);
                fired.add(new Fired(node, l.timerId(), l.kind(), ref.id().value(), l.dueAt(), l.fencingToken()));
            } catch (StaleLeaseException e) {
                // the lease ran out and another node claimed the timer: that node completes it
                LOG.warn("timer {} was taken over by another node before {} completed it", l.timerId(), node);
            }
        }
        return List.copyOf(fired);
    }

    /**
     * Fires due timers, {@code batch} at a time, until none is left for this node.
     *
     * @param tenant the tenant
     * @param batch how many timers one claim takes, 1 to 1000
     * @return every timer this node fired
     */
    public List<Fired> fireAllDue(TenantId tenant, int batch) {
        List<Fired> all = new ArrayList<>();
        for (List<Fired> b = fireDue(tenant, batch); !b.isEmpty(); b = fireDue(tenant, batch)) {
            all.addAll(b);
        }
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return "DueTimers[node=" + node + ", lease=" + lease + "]";
    }
}
