package io.escalation.jdbc.internal;

import io.escalation.jdbc.JdbcUsageException;
import io.escalation.jdbc.ScheduleOutcome;
import io.escalation.jdbc.StaleLeaseException;
import io.escalation.jdbc.TimerLease;
import io.escalation.jdbc.Timers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Timers on JDBC; see {@link Timers} for the claim protocol. */
public final class JdbcTimers implements Timers {

    /** The most timers one claim takes. */
    public static final int MAX_CLAIM = 1000;

    private final Context context;
    private final Transactions tx;
    private final boolean skipLocked;

    /**
     * Creates the timers.
     *
     * @param context the module's context
     * @param tx the transaction runner
     * @param skipLocked whether candidates are locked with {@code FOR UPDATE SKIP LOCKED} (an
     *     optimisation; claims stay exclusive without it)
     */
    public JdbcTimers(Context context, Transactions tx, boolean skipLocked) {
        this.context = context;
        this.tx = tx;
        this.skipLocked = skipLocked;
    }

    @Override
    public ScheduleOutcome schedule(String tenantId, String timerId, @Nullable String escalationId, String kind,
            Instant dueAt, @Nullable String payloadJson) {
        String op = "timers.schedule";
        Checks.tenant(op, tenantId);
        Checks.id(op, "timerId", timerId, Checks.LONG_ID);
        if (escalationId != null) {
            Checks.id(op, "escalationId", escalationId, Checks.SHORT_ID);
        }
        Checks.id(op, "kind", kind, Checks.SHORT_ID);
        Checks.instant(op, "dueAt", dueAt);
        Checks.json(op, "payloadJson", payloadJson);
        Sql sql = context.sql();
        Binder binder = context.binder();
        return tx.run(op, c -> {
            for (int round = 0; round < 3; round++) {
                try (PreparedStatement ps = c.prepareStatement(sql.timerMove)) {
                    nullableString(ps, 1, escalationId);
                    ps.setString(2, kind);
                    binder.instant(ps, 3, dueAt);
                    binder.json(ps, 4, payloadJson);
                    ps.setString(5, tenantId);
                    ps.setString(6, timerId);
                    binder.instant(ps, 7, dueAt);
                    ps.setString(8, kind);
                    nullableString(ps, 9, escalationId);
                    binder.json(ps, 10, payloadJson);
                    if (ps.executeUpdate() == 1) {
                        return ScheduleOutcome.MOVED;
                    }
                }
                String state = state(c, tenantId, timerId);
                if (state != null) {
                    return state.equals("PENDING") ? ScheduleOutcome.UNCHANGED : ScheduleOutcome.FINISHED;
                }
                boolean inserted = JdbcEventFeed.insertIgnoringDuplicate(c, sql.timerInsert, ps -> {
                    ps.setString(1, tenantId);
                    ps.setString(2, timerId);
                    nullableString(ps, 3, escalationId);
                    ps.setString(4, kind);
                    binder.instant(ps, 5, dueAt);
                    binder.json(ps, 6, payloadJson);
                });
                if (inserted) {
                    return ScheduleOutcome.CREATED;
                }
                // Another node created the timer in the meantime: compare with its values.
            }
            throw new SQLException("the timer changed concurrently", "40001");
        });
    }

    private @Nullable String state(Connection c, String tenantId, String timerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(context.sql().timerState)) {
            ps.setString(1, tenantId);
            ps.setString(2, timerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Override
    public boolean cancel(String tenantId, String timerId) {
        String op = "timers.cancel";
        Checks.tenant(op, tenantId);
        Checks.id(op, "timerId", timerId, Checks.LONG_ID);
        return tx.run(op, c -> {
            try (PreparedStatement ps = c.prepareStatement(context.sql().timerCancel)) {
                ps.setString(1, tenantId);
                ps.setString(2, timerId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<TimerLease> claimDue(String tenantId, Instant now, int limit, Duration leaseDuration) {
        String op = "timers.claimDue";
        Checks.tenant(op, tenantId);
        Checks.instant(op, "now", now);
        Checks.range(op, "limit", limit, 1, MAX_CLAIM);
        Checks.positive(op, "leaseDuration", leaseDuration);
        Instant at = Binder.micros(now);
        Instant leaseUntil = at.plus(leaseDuration);
        if (leaseUntil.isAfter(Binder.MAX)) {
            throw new JdbcUsageException(op, "leaseDuration", "the lease would end after " + Binder.MAX);
        }
        Sql sql = context.sql();
        Binder binder = context.binder();
        return tx.run(op, c -> {
            List<String> candidates = new ArrayList<>();
            String select = skipLocked ? sql.timerCandidates : sql.timerCandidates.replace(" FOR UPDATE SKIP LOCKED", "");
            try (PreparedStatement ps = c.prepareStatement(select)) {
                ps.setString(1, tenantId);
                binder.instant(ps, 2, at);
                binder.instant(ps, 3, at);
                ps.setInt(4, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        candidates.add(rs.getString(1));
                    }
                }
            }
            List<TimerLease> leases = new ArrayList<>(candidates.size());
            try (PreparedStatement claim = c.prepareStatement(sql.timerClaim);
                    PreparedStatement read = c.prepareStatement(sql.timerRead)) {
                for (String timerId : candidates) {
                    claim.setString(1, context.nodeId());
                    binder.instant(claim, 2, leaseUntil);
                    claim.setString(3, tenantId);
                    claim.setString(4, timerId);
                    binder.instant(claim, 5, at);
                    binder.instant(claim, 6, at);
                    if (claim.executeUpdate() != 1) {
                        continue; // another node claimed it first
                    }
                    read.setString(1, tenantId);
                    read.setString(2, timerId);
                    try (ResultSet rs = read.executeQuery()) {
                        if (!rs.next()) {
                            throw new SQLException("a claimed timer vanished", "40001");
                        }
                        leases.add(new TimerLease(tenantId, timerId, rs.getString("kind"), rs.getString("escalation_id"),
                                binder.instant(rs, "due_at"), binder.json(rs, "payload"), rs.getLong("fencing_token"),
                                binder.instant(rs, "lease_until")));
                    }
                }
            }
            return List.copyOf(leases);
        });
    }

    @Override
    public void complete(TimerLease lease) {
        Objects.requireNonNull(lease, "lease");
        fenced("timers.complete", context.sql().timerComplete, lease, context.now());
    }

    @Override
    public TimerLease extend(TimerLease lease, Duration leaseDuration) {
        String op = "timers.extend";
        Objects.requireNonNull(lease, "lease");
        Checks.positive(op, "leaseDuration", leaseDuration);
        Instant leaseUntil = context.now().plus(leaseDuration);
        fenced(op, context.sql().timerExtend, lease, leaseUntil);
        return new TimerLease(lease.tenantId(), lease.timerId(), lease.kind(), lease.escalationId(), lease.dueAt(),
                lease.payloadJson(), lease.fencingToken(), leaseUntil);
    }

    /** Runs an update that sets one instant under the fencing-token condition, or refuses the lease. */
    private void fenced(String op, String sql, TimerLease lease, Instant value) {
        boolean done = tx.run(op, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                context.binder().instant(ps, 1, value);
                ps.setString(2, lease.tenantId());
                ps.setString(3, lease.timerId());
                ps.setLong(4, lease.fencingToken());
                return ps.executeUpdate() == 1;
            }
        });
        if (!done) {
            throw new StaleLeaseException(op, lease.timerId(), lease.fencingToken());
        }
    }

    private static void nullableString(PreparedStatement ps, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }
}
