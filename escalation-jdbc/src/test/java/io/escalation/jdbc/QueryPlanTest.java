package io.escalation.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.jdbc.internal.Sql;
import io.escalation.lifecycle.Actor;
import io.escalation.model.Priority;
import io.escalation.model.TenantId;
import io.escalation.store.EscalationStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The queries select through their indexes, as each database's {@code EXPLAIN} shows: PostgreSQL's
 * plan names the index (with sequential scans disabled, so that a small table still shows whether an
 * index serves), MariaDB's {@code key} column names it, H2's plan names it in its comment.
 */
class QueryPlanTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void theCustomerLookupAndTheQueueUseTheirIndexes(TestDatabases database) throws Exception {
        try (Db db = Db.open(database, Db.uniquePrefix("t_qp"), 2)) {
            EscalationStore store = db.migrated().store();
            TenantId tenant = TenantId.of("plans");
            for (int i = 0; i < 200; i++) {
                store.create(Fixtures.raise(Fixtures.escalation(tenant, "e-" + i, "c-" + (i % 40), null, Fixtures.T0),
                        Actor.supervisor("sv-" + (i % 5)), Priority.NORMAL));
            }
            if (database == TestDatabases.MARIADB) {
                db.execute("ANALYZE TABLE ${prefix}escalation");
            } else if (database == TestDatabases.POSTGRES) {
                db.execute("ANALYZE ${prefix}escalation");
            }
            Sql sql = new Sql(db.dialect(), db.prefix);
            String customerPlan = explain(db, database, sql.openByCustomer, "c-7");
            assertTrue(customerPlan.contains((db.prefix + "escalation_customer_ix").toLowerCase(Locale.ROOT)),
                    "the customer lookup uses the customer index: " + customerPlan);
            String queuePlan = explain(db, database, sql.queue, "sv-3");
            assertTrue(queuePlan.contains((db.prefix + "escalation_owner_ix").toLowerCase(Locale.ROOT)),
                    "the queue uses the owner index: " + queuePlan);
        }
    }

    /** Returns the plan of a tenant-scoped statement with one more parameter, lower-cased. */
    private static String explain(Db db, TestDatabases database, String statement, String value) throws Exception {
        try (Connection c = db.pool.getConnection()) {
            if (database == TestDatabases.POSTGRES) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET enable_seqscan = off");
                }
            }
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + statement)) {
                ps.setString(1, "plans");
                ps.setString(2, value);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (database == TestDatabases.MARIADB) {
                            plan.append("key=").append(rs.getString("key")).append(" type=").append(rs.getString("type"));
                        } else {
                            plan.append(rs.getString(1)).append('\n');
                        }
                    }
                }
            } finally {
                if (database == TestDatabases.POSTGRES) {
                    try (Statement s = c.createStatement()) {
                        s.execute("RESET enable_seqscan");
                    }
                }
            }
            return plan.toString().toLowerCase(Locale.ROOT);
        }
    }
}
