package io.escalation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class JdbcEscalationsBuilderTest {

    /** A data source for builder checks that never connects. */
    private static final DataSource UNUSED = new HikariDataSource();

    @ParameterizedTest
    @ValueSource(strings = {"", "Esc_", "1esc", "esc-", "esc prefix", "a_very_long_prefix_of_22"})
    void aTablePrefixOutsideTheRuleIsRefused(String prefix) {
        JdbcUsageException e = assertThrows(JdbcUsageException.class,
                () -> JdbcEscalations.builder(UNUSED).tablePrefix(prefix));
        assertEquals("tablePrefix", e.parameter());
        assertEquals("builder.tablePrefix", e.operation());
        assertTrue(e.getMessage().contains("[a-z][a-z0-9_]{0,20}"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"e", "esc_", "tenant_a_2", "abcdefghijklmnopqrstu"})
    void aTablePrefixInsideTheRuleIsTaken(String prefix) {
        assertEquals(prefix, JdbcEscalations.builder(UNUSED).tablePrefix(prefix).dialect(Dialect.H2).build().tablePrefix());
    }

    @Test
    void everyOptionMayBeSetOnceAndASecondTimeSaysWhatItHad() {
        JdbcEscalations.Builder b = JdbcEscalations.builder(UNUSED).tablePrefix("esc_").dialect(Dialect.H2)
                .clock(Clock.systemUTC()).nodeId("node-1");
        assertEquals("builder.tablePrefix: tablePrefix was already set to 'esc_'",
                assertThrows(JdbcUsageException.class, () -> b.tablePrefix("other_")).getMessage());
        assertEquals("builder.dialect: dialect was already set to H2",
                assertThrows(JdbcUsageException.class, () -> b.dialect(Dialect.MARIADB)).getMessage());
        assertEquals("builder.nodeId: nodeId was already set to 'node-1'",
                assertThrows(JdbcUsageException.class, () -> b.nodeId("node-2")).getMessage());
        assertThrows(JdbcUsageException.class, () -> b.clock(Clock.systemUTC()));
        JdbcEscalations built = b.build();
        assertEquals("esc_", built.tablePrefix());
        assertEquals("node-1", built.nodeId());
        assertTrue(built.toString().contains("H2"));
    }

    @Test
    void theStateCacheSizeIsSetOnceWithinItsRange() {
        JdbcEscalations.Builder b = JdbcEscalations.builder(UNUSED).dialect(Dialect.H2).stateCacheSize(0);
        assertEquals("builder.stateCacheSize: stateCacheSize was already set to 0",
                assertThrows(JdbcUsageException.class, () -> b.stateCacheSize(10)).getMessage());
        JdbcUsageException e = assertThrows(JdbcUsageException.class,
                () -> JdbcEscalations.builder(UNUSED).stateCacheSize(-1));
        assertEquals("stateCacheSize", e.parameter());
        assertTrue(e.getMessage().contains("between 0 and 1000000, but was -1"), e.getMessage());
        assertTrue(b.build().store().toString().contains("cacheCapacity=0"));
        assertTrue(JdbcEscalations.builder(UNUSED).dialect(Dialect.H2).build().store().toString()
                .contains("cacheCapacity=" + JdbcEscalations.DEFAULT_STATE_CACHE_SIZE));
    }

    @Test
    void theStoreAndTheCaseLibraryFailAsTheStoreSpiSays() {
        assertTrue(io.escalation.store.StoreException.class.isAssignableFrom(JdbcException.class));
        JdbcEscalations jdbc = JdbcEscalations.builder(UNUSED).dialect(Dialect.H2).build();
        assertThrows(JdbcUsageException.class, () -> jdbc.store().find(null));
        assertThrows(JdbcUsageException.class, () -> jdbc.store().append(null, 1, java.util.List.of()));
        assertThrows(JdbcUsageException.class, () -> jdbc.caseLibrary().add(null));
    }

    @Test
    void defaultsArePrefixEscAndAGeneratedNodeId() {
        JdbcEscalations jdbc = JdbcEscalations.builder(UNUSED).dialect(Dialect.POSTGRESQL).build();
        assertEquals("esc_", jdbc.tablePrefix());
        assertTrue(jdbc.nodeId().matches("node-[0-9a-f]{8}"), jdbc.nodeId());
        assertThrows(JdbcUsageException.class, () -> JdbcEscalations.builder(UNUSED).nodeId(" "));
        assertThrows(JdbcUsageException.class, () -> JdbcEscalations.builder(UNUSED).nodeId("n".repeat(65)));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void theDialectIsDetectedFromTheProductName(TestDatabases database) {
        try (Db db = Db.open(database, Db.uniquePrefix("t_build"), 1)) {
            assertEquals(db.dialect(), db.builder().build().dialect());
        }
    }

    @Test
    void anUnknownProductIsATypedErrorNamingIt() {
        DatabaseMetaData meta = (DatabaseMetaData) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (p, m, a) -> {
                    switch (m.getName()) {
                        case "getDatabaseProductName":
                            return "Oracle";
                        case "getDatabaseMajorVersion":
                        case "getDatabaseMinorVersion":
                            return 23;
                        default:
                            throw new UnsupportedOperationException(m.getName());
                    }
                });
        Connection connection = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Connection.class}, (p, m, a) -> m.getName().equals("getMetaData") ? meta : null);
        HikariDataSource unusable = new HikariDataSource() {
            @Override
            public Connection getConnection() {
                return connection;
            }
        };
        UnsupportedDatabaseException e = assertThrows(UnsupportedDatabaseException.class,
                () -> JdbcEscalations.builder(unusable).build());
        assertEquals("Oracle", e.productName());
        assertTrue(e.getMessage().contains("'Oracle'"), e.getMessage());
    }
}
