package io.escalation.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;

/**
 * The raw-JDBC baselines: hand-written statements on the library's schema, with plain
 * {@link PreparedStatement}s and nothing else, writing and reading the rows the library writes and
 * reads.
 */
public final class RawJdbc {

    private static final String OPEN = "'RAISED', 'ACKNOWLEDGED', 'INSTRUCTED', 'TAKEN_OVER', 'REFERRED',"
            + " 'ANSWER_RECEIVED', 'EXPLAINED'";

    private final JdbcTarget db;
    private final String prefix;
    private final String insertEscalation;
    private final String insertEvent;
    private final String insertOutbox;
    private final String openByCustomer;
    private final String claimSelect;
    private final String claimSelectNoSkip;

    /**
     * Renders the statements for a database and table prefix.
     *
     * @param db the database
     * @param prefix the table prefix
     */
    public RawJdbc(JdbcTarget db, String prefix) {
        this.db = db;
        this.prefix = prefix;
        insertEscalation = "INSERT INTO " + prefix + "escalation (tenant_id, escalation_id, version, status, owner_id,"
                + " tier, priority, raised_at, updated_at, callback_due_at, customer_ref, idempotency_key, payload_hash)"
                + " VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)";
        insertEvent = "INSERT INTO " + prefix + "escalation_event (tenant_id, escalation_id, version, event_id, type, at,"
                + " actor_id, actor_role, payload) VALUES (?, ?, 1, ?, ?, ?, ?, ?, " + db.json() + ")";
        insertOutbox = "INSERT INTO " + prefix + "outbox (tenant_id, id, aggregatetype, aggregateid, type, payload,"
                + " created_at) VALUES (?, ?, 'escalation', ?, ?, " + db.json() + ", ?)";
        openByCustomer = "SELECT e.escalation_id, e.version, v.payload FROM " + prefix + "escalation e JOIN " + prefix
                + "escalation_event v ON v.tenant_id = e.tenant_id AND v.escalation_id = e.escalation_id"
                + " WHERE e.tenant_id = ? AND e.customer_ref = ? AND e.status IN (" + OPEN + ")"
                + " ORDER BY e.raised_at DESC, e.escalation_id, v.version";
        claimSelectNoSkip = "SELECT timer_id, kind, escalation_id, due_at, payload, fencing_token FROM " + prefix
                + "timer WHERE tenant_id = ? AND state = 'PENDING' AND due_at <= ? AND (lease_until IS NULL OR"
                + " lease_until < ?) ORDER BY tenant_id, state, due_at LIMIT ? FOR UPDATE";
        claimSelect = claimSelectNoSkip + " SKIP LOCKED";
    }

    /**
     * Raises an escalation the way the library's store does: its row, its raise event and the
     * event's outbox row, in one transaction.
     *
     * @param ds the pool
     * @param t the escalation's template
     * @param id the escalation id
     * @param createdAt the outbox row's creation time
     * @return the event id
     * @throws SQLException when the database fails
     */
    public String raise(DataSource ds, RaiseInputs.Template t, String id, Instant createdAt) throws SQLException {
        String[] eventId = new String[1];
        inTransaction(ds, c -> eventId[0] = raise(c, t, id, createdAt));
        return eventId[0];
    }

    /**
     * Writes the three rows of {@link #raise(DataSource, RaiseInputs.Template, String, Instant)} on a
     * connection, in the transaction open on it.
     *
     * @param c the connection, auto-commit off
     * @param t the escalation's template
     * @param id the escalation id
     * @param createdAt the outbox row's creation time
     * @return the event id
     * @throws SQLException when the database fails
     */
    public String raise(Connection c, RaiseInputs.Template t, String id, Instant createdAt) throws SQLException {
        String tenant = RaiseInputs.TENANT.value();
        String eventId = RaiseInputs.eventId(id).toString();
        String json = t.eventJson(id, eventId);
        {
            try (PreparedStatement ps = c.prepareStatement(insertEscalation)) {
                ps.setString(1, tenant);
                ps.setString(2, id);
                ps.setString(3, t.status());
                ps.setString(4, t.ownerId());
                ps.setString(5, t.tier());
                ps.setInt(6, t.priority());
                db.instant(ps, 7, t.raisedAt());
                db.instant(ps, 8, t.updatedAt());
                if (t.callbackDueAt() == null) {
                    ps.setNull(9, db == JdbcTarget.MARIADB ? Types.TIMESTAMP : Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    db.instant(ps, 9, t.callbackDueAt());
                }
                ps.setString(10, t.customerRef());
                ps.setString(11, t.payloadHash());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(insertEvent)) {
                ps.setString(1, tenant);
                ps.setString(2, id);
                ps.setString(3, eventId);
                ps.setString(4, t.eventType());
                db.instant(ps, 5, t.raisedAt());
                ps.setString(6, t.actorId());
                ps.setString(7, t.actorRole());
                ps.setString(8, json);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(insertOutbox)) {
                ps.setString(1, tenant);
                ps.setString(2, eventId);
                ps.setString(3, id);
                ps.setString(4, t.eventType());
                ps.setString(5, json);
                db.instant(ps, 6, createdAt);
                ps.executeUpdate();
            }
        }
        return eventId;
    }

    /** Statements on a connection. */
    @FunctionalInterface
    private interface Work {
        void run(Connection c) throws SQLException;
    }

    /** Runs work in a transaction on a connection of the pool: commit, or roll back on failure. */
    private static void inTransaction(DataSource ds, Work work) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** One open escalation as the baseline lookup reads it: id, version and its event documents. */
    public record Found(String id, long version, List<String> events) {}

    /**
     * Looks up a customer's open escalations with their event documents, in one statement through
     * the customer index.
     *
     * @param ds the pool
     * @param customer the customer ref
     * @return the escalations, newest first
     * @throws SQLException when the database fails
     */
    public List<Found> openByCustomer(DataSource ds, String customer) throws SQLException {
        List<Found> out = new ArrayList<>();
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(openByCustomer)) {
            ps.setString(1, RaiseInputs.TENANT.value());
            ps.setString(2, customer);
            try (ResultSet rs = ps.executeQuery()) {
                Found current = null;
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (current == null || !current.id().equals(id)) {
                        current = new Found(id, rs.getLong(2), new ArrayList<>());
                        out.add(current);
                    }
                    current.events().add(rs.getString(3));
                }
            }
        }
        return out;
    }

    /** A timer the baseline claimed: its id, kind and new fencing token. */
    public record Claimed(String timerId, String kind, long fencingToken) {}

    /**
     * Claims up to {@code limit} due timers: {@code SELECT ... FOR UPDATE SKIP LOCKED} (without
     * {@code SKIP LOCKED} when {@code skipLocked} is false), then one {@code UPDATE} of the selected
     * rows, in one transaction.
     *
     * @param ds the pool
     * @param tenant the tenant
     * @param node the claiming node's id
     * @param now the claimer's time
     * @param leaseUntil the end of the leases
     * @param limit the most timers to claim
     * @param skipLocked whether to skip rows other claimers hold
     * @return the claims
     * @throws SQLException when the database fails
     */
    public List<Claimed> claim(DataSource ds, String tenant, String node, Instant now, Instant leaseUntil, int limit,
            boolean skipLocked) throws SQLException {
        List<Claimed> out = new ArrayList<>(limit);
        inTransaction(ds, c -> {
            try (PreparedStatement ps = c.prepareStatement(skipLocked ? claimSelect : claimSelectNoSkip)) {
                ps.setString(1, tenant);
                db.instant(ps, 2, now);
                db.instant(ps, 3, now);
                ps.setInt(4, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Claimed(rs.getString(1), rs.getString(2), rs.getLong(6) + 1));
                    }
                }
            }
            if (!out.isEmpty()) {
                String sql = "UPDATE " + prefix + "timer SET owner_node = ?, lease_until = ?,"
                        + " fencing_token = fencing_token + 1, attempts = attempts + 1 WHERE tenant_id = ?"
                        + " AND timer_id IN (" + String.join(", ", Collections.nCopies(out.size(), "?")) + ")";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, node);
                    db.instant(ps, 2, leaseUntil);
                    ps.setString(3, tenant);
                    for (int i = 0; i < out.size(); i++) {
                        ps.setString(4 + i, out.get(i).timerId());
                    }
                    ps.executeUpdate();
                }
            }
        });
        return out;
    }
}
