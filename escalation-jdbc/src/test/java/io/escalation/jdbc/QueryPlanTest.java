package io.escalation.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.jdbc.internal.Sql;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.FreeText;
import io.escalation.model.Priority;
import io.escalation.model.TenantId;
import io.escalation.store.EscalationStore;
import io.escalation.store.ResolvedCase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The queries select through their indexes, as each database's {@code EXPLAIN} shows (the customer
 * lookup, the queue, the batch read of events, the case search): PostgreSQL's
 * plan names the index (with sequential scans disabled, so that a small table still shows whether an
 * index serves), MariaDB's {@code key} column names it, H2's plan names it in its comment.
 */
class QueryPlanTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void theCustomerLookupAndTheQueueUseTheirIndexes(TestDatabases database) throws Exception {
        try (Db db = Db.open(database, Db.uniquePrefix("t_qp"), 2)) {
            JdbcEscalations jdbc = db.migrated();
            EscalationStore store = jdbc.store();
            TenantId tenant = TenantId.of("plans");
            String[] words = {"メール", "設定", "請求", "返金", "ログイン", "エラー", "接続", "確認", "送信", "解約"};
            for (int i = 0; i < 200; i++) {
                EscalationState s = store.create(Fixtures.raise(Fixtures.escalation(tenant, "e-" + i, "c-" + (i % 40),
                        null, Fixtures.T0), Actor.supervisor("sv-" + (i % 5)), Priority.NORMAL)).state();
                jdbc.caseLibrary().add(new ResolvedCase(s.ref(), null, FreeText.of(words[i % 10] + "の" + words[i % 7]),
                        null, FreeText.of(words[i % 3] + " " + i), Fixtures.T0));
            }
            for (String table : List.of("escalation", "escalation_event", "case_term", "resolved_case")) {
                if (database == TestDatabases.MARIADB) {
                    db.execute("ANALYZE TABLE ${prefix}" + table);
                } else if (database == TestDatabases.POSTGRES) {
                    db.execute("ANALYZE ${prefix}" + table);
                }
            }
            Sql sql = new Sql(db.dialect(), db.prefix);
            String customerPlan = explain(db, database, sql.openByCustomer, "plans", "c-7");
            assertTrue(customerPlan.contains((db.prefix + "escalation_customer_ix").toLowerCase(Locale.ROOT)),
                    "the customer lookup uses the customer index: " + customerPlan);
            String queuePlan = explain(db, database, sql.queue, "plans", "sv-3");
            assertTrue(queuePlan.contains((db.prefix + "escalation_owner_ix").toLowerCase(Locale.ROOT)),
                    "the queue uses the owner index: " + queuePlan);

            // the batch reads of events and of case terms look the ids and terms up, not the tenant's rows
            List<Object> events = new ArrayList<>(List.of("plans"));
            for (int i = 0; i < Sql.EVENT_BATCH; i++) {
                events.add("e-" + i);
            }
            for (int i = 0; i < Sql.EVENT_BATCH; i++) {
                events.add("e-" + i);
                events.add(0L);
            }
            assertUsesKey(database, explain(db, database, sql.eventsAfter, events.toArray()), db.prefix
                    + "escalation_event_pk", "escalation_id in(select");
            List<Object> terms = new ArrayList<>(List.of("plans", "メー", "ール", "ル設", "設定", 2));
            assertUsesKey(database, explain(db, database, sql.caseSearch(4, false), terms.toArray()), db.prefix
                    + "case_term_pk", "term in(select");
        }
    }

    private static void assertUsesKey(TestDatabases database, String plan, String key, String h2Lookup) {
        switch (database) {
            case POSTGRES -> assertTrue(plan.contains(key.toLowerCase(Locale.ROOT)), plan);
            case MARIADB -> assertTrue(plan.startsWith("key=primary"), plan);
            default -> assertTrue(plan.contains(h2Lookup), plan);
        }
    }

    /** Returns the plan of a statement with its parameters, lower-cased. */
    private static String explain(Db db, TestDatabases database, String statement, Object... values) throws Exception {
        try (Connection c = db.pool.getConnection()) {
            if (database == TestDatabases.POSTGRES) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET enable_seqscan = off");
                }
            }
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + statement)) {
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(i + 1, values[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (database == TestDatabases.MARIADB) {
                            plan.append("key=").append(rs.getString("key")).append(" type=").append(rs.getString("type"))
                                    .append('\n');
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
