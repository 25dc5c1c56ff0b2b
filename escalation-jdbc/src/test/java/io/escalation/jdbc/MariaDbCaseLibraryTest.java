package io.escalation.jdbc;

/** The case library contract on MariaDb. */
class MariaDbCaseLibraryTest extends JdbcCaseLibraryContractRun {

    @Override
    TestDatabases database() {
        return TestDatabases.MARIADB;
    }
}
