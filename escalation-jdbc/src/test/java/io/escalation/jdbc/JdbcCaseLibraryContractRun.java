package io.escalation.jdbc;

import io.escalation.store.CaseLibrary;
import io.escalation.testkit.CaseLibraryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The case library contract on one database: one migrated schema for the class, a tenant per test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcCaseLibraryContractRun extends CaseLibraryContract {

    private Db db;
    private JdbcEscalations jdbc;

    abstract TestDatabases database();

    @BeforeAll
    void openDatabase() {
        db = Db.open(database(), Db.uniquePrefix("t_cl"), 4);
        jdbc = db.migrated();
    }

    @AfterAll
    void closeDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Override
    protected CaseLibrary newLibrary() {
        return jdbc.caseLibrary();
    }
}
