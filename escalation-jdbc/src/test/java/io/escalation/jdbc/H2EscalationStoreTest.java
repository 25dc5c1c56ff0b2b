package io.escalation.jdbc;

/** The store contract on H2. */
class H2EscalationStoreTest extends JdbcStoreContractRun {

    @Override
    TestDatabases database() {
        return TestDatabases.H2;
    }
}
