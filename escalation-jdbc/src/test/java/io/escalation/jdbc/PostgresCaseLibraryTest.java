package io.escalation.jdbc;

/** The case library contract on Postgres. */
class PostgresCaseLibraryTest extends JdbcCaseLibraryContractRun {

    @Override
    TestDatabases database() {
        return TestDatabases.POSTGRES;
    }
}
