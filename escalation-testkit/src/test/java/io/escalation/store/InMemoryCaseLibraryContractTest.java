package io.escalation.store;

import io.escalation.testkit.CaseLibraryContract;

/** The in-memory case library passes the case library contract. */
class InMemoryCaseLibraryContractTest extends CaseLibraryContract {

    @Override
    protected CaseLibrary newLibrary() {
        return new InMemoryCaseLibrary();
    }
}
