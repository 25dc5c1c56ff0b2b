package io.escalation.jdbc;

/** The store contract on MariaDb. */
class MariaDbEscalationStoreTest extends JdbcStoreContractRun {

    @Override
    TestDatabases database() {
        return TestDatabases.MARIADB;
    }
}
