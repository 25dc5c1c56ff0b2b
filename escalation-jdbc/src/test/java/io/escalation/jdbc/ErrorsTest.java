package io.escalation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Failures are typed, carry SQLSTATEs and never values, leak nothing and leave nothing partial. */
class ErrorsTest {

    private static final String PREFIX = Db.uniquePrefix("t_err");

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aDuplicateKeyNamesTheOperationAndSqlStateButNoValue(TestDatabases database) {
        try (Db db = Db.open(database, PREFIX, 2)) {
            JdbcEscalations jdbc = db.migrated();
            String tenant = "yamada.taro@example.jp";
            OutboxMessage m = new OutboxMessage(tenant, UUID.randomUUID(), "escalation", "090-1234-5678", "Raised",
                    "{\"customer\":\"山田太郎\"}");
            jdbc.events().publish(m);
            JdbcConstraintException e = assertThrows(JdbcConstraintException.class, () -> jdbc.events().publish(m));
            assertEquals("events.publish", e.operation());
            assertEquals(database == TestDatabases.MARIADB ? "23000" : "23505", e.sqlState());
            for (String value : new String[] {tenant, m.eventId().toString(), "090-1234-5678", "山田", "Key ("}) {
                assertFalse(e.getMessage().contains(value), "no value in: " + e.getMessage());
            }
            assertNull(e.getCause(), "the driver's exception (which quotes the key) is not chained");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void anExhaustedPoolIsATimeoutAndLeaksNoConnection(TestDatabases database) throws Exception {
        try (Db db = Db.open(database, PREFIX, 2)) {
            db.migrated();
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(database.url());
            config.setMaximumPoolSize(1);
            config.setConnectionTimeout(250);
            try (HikariDataSource one = new HikariDataSource(config)) {
                JdbcEscalations jdbc = JdbcEscalations.builder(one).tablePrefix(PREFIX).build();
                try (Connection held = one.getConnection()) {
                    JdbcTimeoutException e = assertThrows(JdbcTimeoutException.class,
                            () -> jdbc.timers().schedule("t", "x", null, "k", Instant.EPOCH, null));
                    assertEquals("timers.schedule", e.operation());
                    assertNull(e.getCause());
                    held.isValid(1);
                }
                for (int i = 0; i < 5; i++) {
                    jdbc.timers().schedule("t", "x" + i, null, "k", Instant.EPOCH, null);
                    jdbc.events().after("t", 0, 10);
                }
                assertEquals(0, one.getHikariPoolMXBean().getActiveConnections(), "every connection was returned");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.class, names = {"POSTGRES", "MARIADB"})
    void aConnectionKilledMidTransactionStoresNothingAndTheNextCallWorks(TestDatabases database) {
        try (Db db = Db.open(database, PREFIX, 2)) {
            db.migrated();
            AtomicLong lastBackend = new AtomicLong();
            DataSource recording = recordingBackend(db.pool, database, lastBackend);
            JdbcEscalations jdbc = JdbcEscalations.builder(recording).tablePrefix(PREFIX).build();
            JdbcConnectionException e = assertThrows(JdbcConnectionException.class, () -> jdbc.inTransaction(tx -> {
                for (int i = 0; i < 5; i++) {
                    tx.events().publish(new OutboxMessage("kill", UUID.randomUUID(), "escalation", "e-1", "Raised", "{}"));
                    tx.timers().schedule("kill", "t-" + i, null, "k", Instant.EPOCH, null);
                }
                kill(db, database, lastBackend.get());
                tx.events().publish(new OutboxMessage("kill", UUID.randomUUID(), "escalation", "e-1", "Raised", "{}"));
                return null;
            }));
            assertEquals("events.publish", e.operation(), "the operation the kill hit");
            assertEquals(0, db.queryLong("SELECT COUNT(*) FROM ${prefix}outbox WHERE tenant_id = 'kill'"));
            assertEquals(0, db.queryLong("SELECT COUNT(*) FROM ${prefix}timer WHERE tenant_id = 'kill'"));

            jdbc.events().publish(new OutboxMessage("kill", UUID.randomUUID(), "escalation", "e-1", "Raised", "{}"));
            assertEquals(1, jdbc.events().after("kill", 0, 10).size(), "the next call works");
        }
    }

    private static void kill(Db db, TestDatabases database, long backend) {
        try (Connection admin = db.pool.getConnection(); Statement s = admin.createStatement()) {
            if (database == TestDatabases.POSTGRES) {
                s.execute("SELECT pg_terminate_backend(" + backend + ")");
            } else {
                s.execute("KILL CONNECTION " + backend);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Wraps a pool and records the server-side id of every connection it hands out. */
    private static DataSource recordingBackend(DataSource pool, TestDatabases database, AtomicLong last) {
        ConnectionSource source = () -> {
            Connection c = pool.getConnection();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    database == TestDatabases.POSTGRES ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()")) {
                rs.next();
                last.set(rs.getLong(1));
            }
            return c;
        };
        return source;
    }
}
