package io.escalation.jdbc;

/** The store contract on Postgres. */
class PostgresEscalationStoreTest extends JdbcStoreContractRun {

    @Override
    TestDatabases database() {
        return TestDatabases.POSTGRES;
    }
}
