package io.escalation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigrationTest {

    private static final String PREFIX = Db.uniquePrefix("t_mig");

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void migrateCreatesTheSchemaOnceAndThenHasNothingToDo(TestDatabases database) {
        try (Db db = Db.open(database, PREFIX, 2)) {
            JdbcEscalations jdbc = db.builder().build();
            MigrationReport first = jdbc.migrate();
            assertEquals(List.of(1), first.applied());
            assertEquals(1, first.current());
            MigrationReport second = jdbc.migrate();
            assertEquals(List.of(), second.applied());
            assertEquals(1, second.current());
            for (String table : Db.TABLES) {
                assertEquals(0, db.queryLong("SELECT COUNT(*) FROM " + PREFIX + table + " WHERE 1 = 0"), table);
            }
            assertEquals(1, db.queryLong("SELECT COUNT(*) FROM ${prefix}schema_history WHERE version = 1"
                    + " AND state = 'SUCCESS'"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void fiveNodesMigratingAtOnceApplyEachVersionExactlyOnce(TestDatabases database) throws Exception {
        try (Db db = Db.open(database, PREFIX, 1)) {
            int nodes = 5;
            ExecutorService pool = Executors.newFixedThreadPool(nodes);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<MigrationReport>> reports = new ArrayList<>();
                for (int i = 0; i < nodes; i++) {
                    // every node has its own pool, hence its own connection
                    JdbcEscalations node = JdbcEscalations.builder(db.newPool(1)).tablePrefix(PREFIX)
                            .nodeId("node-" + i).build();
                    reports.add(pool.submit(() -> {
                        start.await();
                        return node.migrate();
                    }));
                }
                start.countDown();
                int applied = 0;
                for (Future<MigrationReport> report : reports) {
                    MigrationReport r = report.get(60, TimeUnit.SECONDS);
                    assertEquals(1, r.current(), "every node returns with the schema current");
                    applied += r.applied().size();
                }
                assertEquals(1, applied, "version 1 was applied by exactly one node");
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, db.queryLong("SELECT COUNT(*) FROM ${prefix}schema_history WHERE version > 0"));
            assertEquals(0, db.queryLong("SELECT COUNT(*) FROM ${prefix}timer"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.class, names = {"MARIADB", "H2"})
    void anInstallationThatFailedHalfWayIsResumedWhereItStopped(TestDatabases database) {
        try (Db db = Db.open(database, PREFIX, 2)) {
            JdbcEscalations jdbc = db.builder().build();
            jdbc.migrate();
            // Simulate a node that failed after its third statement: two tables are gone again.
            db.execute("DROP TABLE ${prefix}case_term", "DROP TABLE ${prefix}resolved_case",
                    "UPDATE ${prefix}schema_history SET state = 'FAILED', statements_done = 3 WHERE version = 1");
            MigrationReport report = jdbc.migrate();
            assertEquals(List.of(1), report.applied());
            assertEquals(0, db.queryLong("SELECT COUNT(*) FROM ${prefix}case_term"));
            assertEquals(0, db.queryLong("SELECT COUNT(*) FROM ${prefix}resolved_case"));
            assertEquals(1, db.queryLong("SELECT COUNT(*) FROM ${prefix}schema_history WHERE version = 1"
                    + " AND state = 'SUCCESS'"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aChangedScriptIsRefusedByItsChecksum(TestDatabases database) {
        try (Db db = Db.open(database, PREFIX, 2)) {
            JdbcEscalations jdbc = db.builder().build();
            jdbc.migrate();
            db.execute("UPDATE ${prefix}schema_history SET checksum = 42 WHERE version = 1");
            MigrationException e = assertThrows(MigrationException.class, jdbc::migrate);
            assertEquals(1, e.version());
            assertTrue(e.getMessage().contains("checksum"), e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void migrateRefusesToRunInsideTheHostsTransaction(TestDatabases database) throws Exception {
        try (Db db = Db.open(database, PREFIX, 2); Connection c = db.pool.getConnection()) {
            c.setAutoCommit(false);
            JdbcUsageException e = assertThrows(JdbcUsageException.class,
                    () -> db.builder().build().using(c).migrate());
            assertEquals("connection", e.parameter());
            c.rollback();
        }
    }
}
