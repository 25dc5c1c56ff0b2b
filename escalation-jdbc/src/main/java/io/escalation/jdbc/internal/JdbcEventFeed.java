package io.escalation.jdbc.internal;

import io.escalation.jdbc.EventFeed;
import io.escalation.jdbc.FeedEntry;
import io.escalation.jdbc.OutboxMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The outbox and feed on JDBC; see {@link EventFeed} for the ordering protocol. */
public final class JdbcEventFeed implements EventFeed {

    /** The most rows one sequencing step numbers. */
    static final int SEQUENCE_BATCH = 1000;

    private final Context context;
    private final Transactions tx;
    private final Outbox outbox;

    /**
     * Creates the feed.
     *
     * @param context the module's context
     * @param tx the transaction runner
     */
    public JdbcEventFeed(Context context, Transactions tx) {
        this.context = context;
        this.tx = tx;
        this.outbox = new Outbox(context);
    }

    @Override
    public void publish(OutboxMessage message) {
        String op = "events.publish";
        Objects.requireNonNull(message, "message");
        Outbox.check(op, message);
        tx.run(op, c -> {
            outbox.insert(c, message, context.now());
            return null;
        });
    }

    @Override
    public List<FeedEntry> after(String tenantId, long seq, int limit) {
        String op = "events.after";
        Checks.tenant(op, tenantId);
        Checks.notNegative(op, "seq", seq);
        Checks.range(op, "limit", limit, 1, MAX_BATCH);
        tx.run("events.sequence", c -> sequence(c, tenantId));
        return tx.run(op, c -> read(c, tenantId, seq, limit));
    }

    /**
     * Numbers the tenant's committed rows that have no position yet; see {@link EventFeed}.
     *
     * @param c the connection, in a transaction
     * @param tenantId the tenant
     * @return how many rows were numbered
     * @throws SQLException when a statement fails
     */
    int sequence(Connection c, String tenantId) throws SQLException {
        Sql sql = context.sql();
        long last = lockSequencer(c, tenantId);
        List<Long> positions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.outboxUnsequenced)) {
            ps.setString(1, tenantId);
            ps.setInt(2, SEQUENCE_BATCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    positions.add(rs.getLong(1));
                }
            }
        }
        if (positions.isEmpty()) {
            return 0;
        }
        long next = last;
        try (PreparedStatement ps = c.prepareStatement(sql.outboxAssign)) {
            for (long position : positions) {
                ps.setLong(1, ++next);
                ps.setString(2, tenantId);
                ps.setLong(3, position);
                ps.addBatch();
            }
            int[] counts = Batches.execute(ps);
            for (int count : counts) {
                if (count != 1 && count != PreparedStatement.SUCCESS_NO_INFO) {
                    // Another step numbered the row: the lock was not held. Roll back, never leave a gap.
                    throw new SQLException("an outbox row was numbered concurrently", "40001");
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(sql.sequencerUpdate)) {
            ps.setLong(1, next);
            ps.setString(2, tenantId);
            ps.setLong(3, last);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("the sequencer row moved concurrently", "40001");
            }
        }
        return positions.size();
    }

    private long lockSequencer(Connection c, String tenantId) throws SQLException {
        Sql sql = context.sql();
        for (int round = 0; round < 2; round++) {
            try (PreparedStatement ps = c.prepareStatement(sql.sequencerLock)) {
                ps.setString(1, tenantId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                }
            }
            insertIgnoringDuplicate(c, sql.sequencerInsert, ps -> ps.setString(1, tenantId));
        }
        throw new SQLException("the sequencer row could not be created", "40001");
    }

    private List<FeedEntry> read(Connection c, String tenantId, long seq, int limit) throws SQLException {
        List<FeedEntry> entries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(context.sql().outboxRead)) {
            ps.setString(1, tenantId);
            ps.setLong(2, seq);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new FeedEntry(rs.getLong("seq"), UUID.fromString(rs.getString("id")),
                            rs.getString("aggregateid"), rs.getString("type"),
                            Objects.requireNonNull(context.binder().json(rs, "payload")),
                            context.binder().instant(rs, "created_at")));
                }
            }
        }
        return List.copyOf(entries);
    }

    @Override
    public long checkpoint(String tenantId, String consumer) {
        String op = "events.checkpoint";
        Checks.tenant(op, tenantId);
        Checks.id(op, "consumer", consumer, Checks.SHORT_ID);
        return tx.run(op, c -> readCheckpoint(c, tenantId, consumer));
    }

    private long readCheckpoint(Connection c, String tenantId, String consumer) throws SQLException {
        Long saved = savedCheckpoint(c, tenantId, consumer);
        return saved == null ? 0L : saved;
    }

    private @Nullable Long savedCheckpoint(Connection c, String tenantId, String consumer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(context.sql().checkpointRead)) {
            ps.setString(1, tenantId);
            ps.setString(2, consumer);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    @Override
    public long saveCheckpoint(String tenantId, String consumer, long seq) {
        String op = "events.saveCheckpoint";
        Checks.tenant(op, tenantId);
        Checks.id(op, "consumer", consumer, Checks.SHORT_ID);
        Checks.notNegative(op, "seq", seq);
        Sql sql = context.sql();
        return tx.run(op, c -> {
            for (int round = 0; round < 2; round++) {
                try (PreparedStatement ps = c.prepareStatement(sql.checkpointAdvance)) {
                    ps.setLong(1, seq);
                    ps.setString(2, tenantId);
                    ps.setString(3, consumer);
                    ps.setLong(4, seq);
                    if (ps.executeUpdate() == 1) {
                        return seq;
                    }
                }
                Long saved = savedCheckpoint(c, tenantId, consumer);
                if (saved != null && saved >= seq) {
                    return saved;
                }
                // No row yet (insert it; a duplicate means a concurrent first save), or a concurrent
                // save moved it below seq after our update: go round once more.
                if (saved == null && insertIgnoringDuplicate(c, sql.checkpointInsert, ps -> {
                    ps.setString(1, tenantId);
                    ps.setString(2, consumer);
                    ps.setLong(3, seq);
                })) {
                    return seq;
                }
            }
            throw new SQLException("the checkpoint moved concurrently", "40001");
        });
    }

    /** Binds an insert's parameters. */
    @FunctionalInterface
    interface Binding {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /**
     * Runs an insert that may find its row already there: PostgreSQL's statement says {@code ON
     * CONFLICT DO NOTHING} (an error would abort the whole transaction there); on MariaDB and H2 a
     * duplicate key fails only the statement, and is caught. Callers look for the row first, so a
     * duplicate happens only in a race: MariaDB's driver logs every error packet at WARN (with the
     * key's value), which normal use must not cause.
     *
     * @return whether a row was inserted
     */
    static boolean insertIgnoringDuplicate(Connection c, String sql, Binding binding) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binding.bind(ps);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            if (Errors.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }
}
