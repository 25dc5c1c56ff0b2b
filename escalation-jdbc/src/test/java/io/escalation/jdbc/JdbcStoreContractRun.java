package io.escalation.jdbc;

import io.escalation.store.EscalationStore;
import io.escalation.testkit.EscalationStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The store contract on one database: one migrated schema (a prefix of this run's own) for the
 * class, a fresh tenant per test. The race runs 16 threads x 200 appends (3,200 events) on H2; on
 * the servers, where each version is a commit waiting for its log flush while the other fifteen
 * threads wait for it, 16 x 20 (the two-node race of {@link EscalationStoreClusterTest} and the
 * 3,200-event history of {@link StateCacheTest} run there too).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcStoreContractRun extends EscalationStoreContract {

    private Db db;
    private JdbcEscalations jdbc;

    abstract TestDatabases database();

    @BeforeAll
    void openDatabase() {
        db = Db.open(database(), Db.uniquePrefix("t_sc"), 20);
        jdbc = db.migrated();
    }

    @AfterAll
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    protected EscalationStore newStore() {
        return jdbc.store();
    }

    @Override
    protected int racingThreads() {
        return 16;
    }

    @Override
    protected int appendsPerThread() {
        return database() == TestDatabases.H2 ? 200 : 20;
    }
}
