package io.escalation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.lifecycle.EscalationState;
import io.escalation.model.Escalation;
import io.escalation.model.TenantId;
import io.escalation.store.EscalationStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The store in the host's transaction, and when its connection is killed half-way through an append. */
class StoreTransactionsTest {

    private static long count(Db db, String table, TenantId tenant) {
        return db.queryLong("SELECT COUNT(*) FROM ${prefix}" + table + " WHERE tenant_id = ?", tenant.value());
    }

    private static void hostInsert(Connection host, Db db, String note) throws SQLException {
        try (PreparedStatement ps = host.prepareStatement("INSERT INTO " + db.prefix + "host_note (note) VALUES (?)")) {
            ps.setString(1, note);
            ps.executeUpdate();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aRolledBackHostTransactionLeavesNeitherTheHostsRowNorOurEventsNorOutboxRows(TestDatabases database)
            throws Exception {
        try (Db db = Db.open(database, Db.uniquePrefix("t_ht"), 4); Connection host = db.pool.getConnection()) {
            JdbcEscalations jdbc = db.migrated();
            db.execute("CREATE TABLE ${prefix}host_note (note VARCHAR(64) NOT NULL)");
            try {
                TenantId tenant = TenantId.of("host");
                Escalation e = Fixtures.escalation(tenant, "e-1", "c-1", null, Fixtures.T0);
                host.setAutoCommit(false);
                hostInsert(host, db, "order-1");
                EscalationStore joined = jdbc.using(host).store();
                EscalationState raised = joined.create(Fixtures.raise(e)).state();
                EscalationState acked = joined.append(raised.ref(), 1, List.of(Fixtures.ack(raised)));
                assertEquals(acked, joined.load(raised.ref()), "the host's transaction sees its own writes");
                assertFalse(host.getAutoCommit());
                assertEquals(0, count(db, "escalation_event", tenant), "nothing committed by the module");
                host.rollback();
                assertEquals(0, db.queryLong("SELECT COUNT(*) FROM ${prefix}host_note"));
                assertEquals(0, count(db, "escalation", tenant));
                assertEquals(0, count(db, "escalation_event", tenant));
                assertEquals(0, count(db, "outbox", tenant));
                assertTrue(jdbc.store().find(raised.ref()).isEmpty(), "no rolled-back state was cached");

                // the same again, committed this time
                hostInsert(host, db, "order-1");
                joined.create(Fixtures.raise(e));
                joined.append(raised.ref(), 1, List.of(Fixtures.ack(raised)));
                host.commit();
                assertEquals(1, db.queryLong("SELECT COUNT(*) FROM ${prefix}host_note"));
                assertEquals(2, count(db, "escalation_event", tenant));
                assertEquals(2, count(db, "outbox", tenant));
                assertEquals(acked, jdbc.store().load(raised.ref()));
            } finally {
                host.rollback();
                host.setAutoCommit(true);
                db.execute("DROP TABLE ${prefix}host_note");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void inTransactionAppendsAllOrNothing(TestDatabases database) {
        try (Db db = Db.open(database, Db.uniquePrefix("t_ht"), 4)) {
            JdbcEscalations jdbc = db.migrated();
            TenantId tenant = TenantId.of("all");
            EscalationState a = jdbc.store().create(Fixtures.raise(
                    Fixtures.escalation(tenant, "a", "c-1", null, Fixtures.T0))).state();
            EscalationState b = jdbc.store().create(Fixtures.raise(
                    Fixtures.escalation(tenant, "b", "c-1", null, Fixtures.T0))).state();
            IllegalStateException boom = new IllegalStateException("boom");
            assertEquals(boom, assertThrows(IllegalStateException.class, () -> jdbc.inTransaction(tx -> {
                tx.store().append(a.ref(), 1, List.of(Fixtures.ack(a)));
                tx.store().append(b.ref(), 1, List.of(Fixtures.ack(b)));
                throw boom;
            })));
            assertEquals(2, count(db, "escalation_event", tenant));
            assertEquals(1, jdbc.store().load(a.ref()).version(), "nothing of the rolled-back work is seen or cached");
            jdbc.inTransaction(tx -> {
                tx.store().append(a.ref(), 1, List.of(Fixtures.ack(a)));
                return tx.store().append(b.ref(), 1, List.of(Fixtures.ack(b)));
            });
            assertEquals(4, count(db, "outbox", tenant));
            assertEquals(2, jdbc.store().load(b.ref()).version());
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.class, names = {"POSTGRES", "MARIADB"})
    void aConnectionKilledMidAppendStoresNothingAndTheNextCallWorks(TestDatabases database) throws Exception {
        try (Db db = Db.open(database, Db.uniquePrefix("t_kc"), 4)) {
            JdbcEscalations jdbc = db.migrated();
            TenantId tenant = TenantId.of("kill");
            EscalationState s = jdbc.store().create(Fixtures.raise(
                    Fixtures.escalation(tenant, "e-1", "c-1", null, Fixtures.T0))).state();
            AtomicBoolean armed = new AtomicBoolean(true);
            DataSource killing = killingBeforeTheEventInsert(db, database, armed);
            EscalationStore store = JdbcEscalations.builder(killing).tablePrefix(db.prefix).build().store();
            JdbcConnectionException e = assertThrows(JdbcConnectionException.class,
                    () -> store.append(s.ref(), 1, List.of(Fixtures.ack(s), Fixtures.instruct(s.apply(Fixtures.ack(s)),
                            "x"))));
            assertEquals("store.append", e.operation());
            assertFalse(armed.get(), "the connection was killed after the version update");
            assertEquals(1, db.queryLong("SELECT version FROM ${prefix}escalation WHERE tenant_id = ?", tenant.value()));
            assertEquals(1, count(db, "escalation_event", tenant));
            assertEquals(1, count(db, "outbox", tenant));
            EscalationState acked = store.append(s.ref(), 1, List.of(Fixtures.ack(s)));
            assertEquals(2, acked.version(), "the next call works");
            assertEquals(acked, jdbc.store().load(s.ref()));
        }
    }

    /** A data source that kills its connection's backend when the event insert is prepared, once. */
    private static DataSource killingBeforeTheEventInsert(Db db, TestDatabases database, AtomicBoolean armed) {
        ConnectionSource source = () -> {
            Connection c = db.pool.getConnection();
            AtomicLong backend = new AtomicLong();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    database == TestDatabases.POSTGRES ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()")) {
                rs.next();
                backend.set(rs.getLong(1));
            }
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement") && args[0].toString().contains("escalation_event (")
                                && armed.compareAndSet(true, false)) {
                            try (Connection admin = db.pool.getConnection(); Statement kill = admin.createStatement()) {
                                kill.execute(database == TestDatabases.POSTGRES
                                        ? "SELECT pg_terminate_backend(" + backend.get() + ")"
                                        : "KILL CONNECTION " + backend.get());
                            }
                            Thread.sleep(100);
                        }
                        try {
                            return method.invoke(c, args);
                        } catch (InvocationTargetException ex) {
                            throw ex.getCause();
                        }
                    });
        };
        return source;
    }
}
