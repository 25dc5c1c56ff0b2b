package io.escalation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.jdbc.internal.Transactions;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** How operations join the host's transaction or run in their own. */
class TransactionsTest {

    private static final String PREFIX = Db.uniquePrefix("t_tx");

    private static OutboxMessage message(String tenant) {
        return new OutboxMessage(tenant, UUID.randomUUID(), "escalation", "e-1", "Raised", "{\"a\":1}");
    }

    /** A data source that hands out the host's transactional connection, as Spring's proxy does. */
    private static DataSource transactionAware(Connection connection) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    return method.invoke(connection, args);
                });
        ConnectionSource source = () -> unclosable;
        return source;
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void operationsJoinTheHostsTransactionAndNeitherCommitNorRollBack(TestDatabases database) throws Exception {
        try (Db db = Db.open(database, PREFIX, 3); Connection host = db.pool.getConnection()) {
            db.migrated();
            host.setAutoCommit(false);
            JdbcEscalations spring = JdbcEscalations.builder(transactionAware(host)).tablePrefix(PREFIX)
                    .dialect(db.dialect()).build();
            spring.events().publish(message("join"));
            spring.timers().schedule("join", "t-1", null, "k", java.time.Instant.EPOCH, null);
            assertFalse(host.getAutoCommit(), "still the host's transaction");
            assertEquals(0, db.queryLong("SELECT COUNT(*) FROM ${prefix}outbox WHERE tenant_id = 'join'"),
                    "not committed by the module");
            host.rollback();
            assertEquals(0, db.queryLong("SELECT COUNT(*) FROM ${prefix}timer WHERE tenant_id = 'join'"),
                    "rolled back with the host's transaction");

            JdbcEscalations bound = db.builder().build().using(host);
            bound.events().publish(message("join"));
            assertEquals(0, db.queryLong("SELECT COUNT(*) FROM ${prefix}outbox WHERE tenant_id = 'join'"));
            host.commit();
            assertEquals(1, db.queryLong("SELECT COUNT(*) FROM ${prefix}outbox WHERE tenant_id = 'join'"),
                    "committed with the host's transaction");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void anAutoCommitConnectionGetsATransactionOfItsOwnAndAutoCommitBack(TestDatabases database) throws Exception {
        try (Db db = Db.open(database, PREFIX, 3); Connection host = db.pool.getConnection()) {
            JdbcEscalations jdbc = db.migrated();
            assertTrue(host.getAutoCommit());
            jdbc.using(host).events().publish(message("own"));
            assertTrue(host.getAutoCommit(), "auto-commit restored");
            assertFalse(host.isClosed(), "a host's connection is never closed");
            assertEquals(1, db.queryLong("SELECT COUNT(*) FROM ${prefix}outbox WHERE tenant_id = 'own'"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void inTransactionCommitsAllOrNothingAndRetriesConflicts(TestDatabases database) {
        try (Db db = Db.open(database, PREFIX, 3)) {
            JdbcEscalations jdbc = db.migrated();
            IllegalStateException boom = new IllegalStateException("boom");
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> jdbc.inTransaction(tx -> {
                tx.events().publish(message("all"));
                tx.timers().schedule("all", "t-1", null, "k", java.time.Instant.EPOCH, null);
                throw boom;
            }));
            assertSame(boom, thrown, "the callback's exception comes through as it is");
            assertEquals(0, db.queryLong("SELECT COUNT(*) FROM ${prefix}outbox WHERE tenant_id = 'all'"));
            assertEquals(0, db.queryLong("SELECT COUNT(*) FROM ${prefix}timer WHERE tenant_id = 'all'"));

            AtomicInteger runs = new AtomicInteger();
            String result = jdbc.inTransaction(tx -> {
                tx.events().publish(message("all"));
                if (runs.incrementAndGet() < 3) {
                    throw new JdbcSerializationException("test", "40001", 0, "conflict");
                }
                return "done";
            });
            assertEquals("done", result);
            assertEquals(3, runs.get(), "retried twice");
            assertEquals(1, db.queryLong("SELECT COUNT(*) FROM ${prefix}outbox WHERE tenant_id = 'all'"),
                    "the aborted attempts left nothing");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void serializationFailuresAreRetriedBoundedlyOnlyInOwnTransactions(TestDatabases database) throws Exception {
        try (Db db = Db.open(database, PREFIX, 3)) {
            Transactions tx = new Transactions(db.pool, null);
            AtomicInteger runs = new AtomicInteger();
            JdbcSerializationException e = assertThrows(JdbcSerializationException.class, () -> tx.run("test.op", c -> {
                runs.incrementAndGet();
                throw new SQLException("could not serialize access (with a value 090-1234-5678)", "40001");
            }));
            assertEquals(Transactions.MAX_ATTEMPTS, runs.get());
            assertEquals("40001", e.sqlState());
            assertEquals("test.op", e.operation());
            assertFalse(e.getMessage().contains("090-1234-5678"), "the driver's message is not copied");
            assertNull(e.getCause());

            runs.set(0);
            assertEquals("ok", tx.run("test.op", c -> {
                if (runs.incrementAndGet() == 1) {
                    throw new SQLException("deadlock", "40001", 1213);
                }
                return "ok";
            }));
            assertEquals(2, runs.get());

            try (Connection host = db.pool.getConnection()) {
                host.setAutoCommit(false);
                runs.set(0);
                JdbcSerializationException joined = assertThrows(JdbcSerializationException.class,
                        () -> tx.on(host).run("test.op", c -> {
                            runs.incrementAndGet();
                            throw new SQLException("deadlock detected", "40P01");
                        }));
                assertEquals(1, runs.get(), "a joined transaction is the host's to retry");
                assertTrue(joined.getMessage().contains("host"), joined.getMessage());
                host.rollback();
            }
        }
    }
}
