package io.escalation.jdbc;

/** The case library contract on H2. */
class H2CaseLibraryTest extends JdbcCaseLibraryContractRun {

    @Override
    TestDatabases database() {
        return TestDatabases.H2;
    }
}
