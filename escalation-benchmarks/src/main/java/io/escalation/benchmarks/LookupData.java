package io.escalation.benchmarks;

import io.escalation.jdbc.JdbcEscalations;
import io.escalation.model.Customer;
import io.escalation.model.CustomerRef;
import io.escalation.model.Escalation;
import io.escalation.store.EscalationStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The escalation table of the lookup benchmark: {@code rows} escalation rows of one tenant, bulk
 * loaded on the server ({@code INSERT ... SELECT} over a generated series, in chunks of 100,000),
 * among them the escalations of {@code customers} probe customers that the benchmark looks up.
 *
 * <p>Each probe customer {@code p-N} has two open escalations, written with their raise events
 * and outbox rows like the library writes them ({@link RawJdbc#raise}, which
 * {@code JdbcBaselinesAgreeTest} checks against the store), and one resolved escalation the lookup
 * must leave out. The other rows are filler of 200,000 other customers ({@code c-N}), 30 % of them
 * open, without events: no lookup selects them, they make the customer index as large as a
 * million escalations make it. Filler has no event rows, so the event table holds only the probe
 * customers' events; the lookup reads events by primary key, whose depth grows with the log of the
 * table, so this keeps the load within minutes without changing what the lookup does.
 */
public final class LookupData {

    /** The raise instant of the filler rows. */
    static final Instant FILLER_RAISED = Instant.parse("2026-01-05T00:00:00Z");
    private static final int CHUNK = 100_000;

    private final EscalationStore store;

    private LookupData(EscalationStore store) {
        this.store = store;
    }

    /**
     * Returns the name of a probe customer.
     *
     * @param n its number
     * @return {@code p-n}
     */
    public static String customer(int n) {
        return "p-" + n;
    }

    /**
     * Migrates a schema and loads it.
     *
     * @param db the database
     * @param ds the pool
     * @param prefix the table prefix
     * @param rows how many escalation rows in all
     * @param customers how many probe customers
     * @return the data, with the library's store on it (default state cache)
     * @throws SQLException when a write fails
     */
    public static LookupData load(JdbcTarget db, DataSource ds, String prefix, int rows, int customers)
            throws SQLException {
        JdbcEscalations jdbc = JdbcEscalations.builder(ds).tablePrefix(prefix).build();
        jdbc.migrate();
        RaiseInputs inputs = RaiseInputs.generate();
        RawJdbc raw = new RawJdbc(db, prefix);
        Instant now = Instant.now();
        try (Connection connection = ds.getConnection()) {
            connection.setAutoCommit(false);
            for (int c = 0; c < customers; c++) {
                for (int k = 0; k < 2; k++) {
                    RaiseInputs.Template t = inputs.template(2 * c + k);
                    Escalation e = t.escalation().toBuilder()
                            .customer(Customer.builder(CustomerRef.of(customer(c)), t.escalation().customer().locale())
                                    .build())
                            .build();
                    raw.raise(connection, RaiseInputs.templateOf(e), "p" + c + "-" + k, now);
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
        }
        int filler = rows - 2 * customers;
        if (filler < customers) {
            throw new IllegalArgumentException("rows must leave room for one resolved escalation per customer");
        }
        String raised = db.timestamp(FILLER_RAISED);
        for (int from = 1; from <= filler; from += CHUNK) {
            int to = Math.min(filler, from + CHUNK - 1);
            String customerRef = "CASE WHEN g <= " + customers + " THEN " + db.concat("'p-'", db.text("g - 1"))
                    + " ELSE " + db.concat("'c-'", db.text("MOD(g, 200000)")) + " END";
            String status = "CASE WHEN g <= " + customers + " THEN 'RESOLVED' WHEN MOD(g, 10) < 3 THEN 'ACKNOWLEDGED'"
                    + " ELSE 'CLOSED' END";
            JdbcTarget.execute(ds, prefix, "INSERT INTO ${prefix}escalation (tenant_id, escalation_id, version, status,"
                    + " customer_ref, owner_id, tier, priority, raised_at, updated_at, callback_due_at, idempotency_key,"
                    + " payload_hash) SELECT 'bench', " + db.concat("'f'", db.text("g")) + ", 2, " + status + ", "
                    + customerRef + ", 'sv-1', 'SUPERVISOR', 1, " + raised + ", " + raised + ", NULL, NULL,"
                    + " '0000000000000000000000000000000000000000000000000000000000000000' FROM " + db.series(from, to));
        }
        db.analyze(ds, prefix + "escalation");
        db.analyze(ds, prefix + "escalation_event");
        return new LookupData(jdbc.store());
    }

    /**
     * Returns the library's store on the data.
     *
     * @return the store
     */
    public EscalationStore store() {
        return store;
    }
}
