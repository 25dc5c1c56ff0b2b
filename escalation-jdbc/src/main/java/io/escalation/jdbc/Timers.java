package io.escalation.jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Durable timers shared by every node on one database, claimed as leases with fencing tokens.
 * Thread-safe; obtained from {@link JdbcEscalations#timers()}.
 *
 * <p>A timer is {@code PENDING} until it is completed ({@code FIRED}) or cancelled. A node claims due
 * timers with {@link #claimDue}: each claim is a conditional update that succeeds only while the
 * timer is pending, due and not leased (or its lease expired), and that increments the timer's
 * fencing token. {@link #complete(TimerLease)} and {@link #extend} succeed only with the current
 * token, so a node that stalled past its lease and lost the timer to another node is refused
 * with {@link StaleLeaseException}. Where the database has it ({@code FOR UPDATE SKIP LOCKED} on
 * PostgreSQL, MariaDB 10.6+ and MySQL 8), concurrent claimers skip each other's candidates; that is
 * an optimisation, the conditional update alone keeps claims exclusive (and is all H2 gets: its
 * candidate locks made completions wait past its lock timeout under load). Lease expiry is judged by
 * the {@code now} the claimers pass, so nodes' clocks must agree to well within a lease.
 */
public interface Timers {

    /**
     * Schedules a timer, idempotently by id. A pending timer with the id is moved to the new values
     * (and any lease on it is void); a timer that already fired or was cancelled stays as it is.
     *
     * @param tenantId the tenant
     * @param timerId the timer's id, 1 to 128 characters, chosen by the host
     * @param escalationId the escalation the timer belongs to, or {@code null}
     * @param kind the timer's kind, 1 to 64 characters
     * @param dueAt when the timer is due; stored truncated to microseconds
     * @param payloadJson a JSON payload of at most 1 MiB, or {@code null}
     * @return what happened
     * @throws JdbcUsageException when an argument is blank, too long or out of range
     * @throws JdbcSqlException when the database fails
     */
    ScheduleOutcome schedule(String tenantId, String timerId, @Nullable String escalationId, String kind,
            Instant dueAt, @Nullable String payloadJson);

    /**
     * Cancels a pending timer; a lease on it becomes stale.
     *
     * @param tenantId the tenant
     * @param timerId the timer's id
     * @return whether a pending timer was cancelled
     * @throws JdbcSqlException when the database fails
     */
    boolean cancel(String tenantId, String timerId);

    /**
     * Claims up to {@code limit} timers that are due at {@code now}, earliest first, for
     * {@code leaseDuration}.
     *
     * @param tenantId the tenant
     * @param now the claimer's current time
     * @param limit the most timers to claim, 1 to 1000
     * @param leaseDuration how long the leases last, positive
     * @return the leases won; empty when no timer is due or every due one is leased
     * @throws JdbcUsageException when an argument is out of range
     * @throws JdbcSqlException when the database fails
     */
    List<TimerLease> claimDue(String tenantId, Instant now, int limit, Duration leaseDuration);

    /**
     * Marks a leased timer fired, if the lease is still current.
     *
     * @param lease the lease from {@link #claimDue}
     * @throws StaleLeaseException when the timer was claimed again, rescheduled, cancelled or fired
     * @throws JdbcSqlException when the database fails
     */
    void complete(TimerLease lease);

    /**
     * Extends a current lease to {@code leaseDuration} from the module's clock.
     *
     * @param lease the lease from {@link #claimDue} or an earlier extension
     * @param leaseDuration how long the lease lasts from now, positive
     * @return the extended lease, with the same fencing token
     * @throws StaleLeaseException when the lease is no longer current
     * @throws JdbcSqlException when the database fails
     */
    TimerLease extend(TimerLease lease, Duration leaseDuration);
}
