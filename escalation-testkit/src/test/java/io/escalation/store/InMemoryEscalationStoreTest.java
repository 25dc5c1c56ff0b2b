package io.escalation.store;

import io.escalation.testkit.EscalationStoreContract;

/** The in-memory store passes the store contract. */
class InMemoryEscalationStoreTest extends EscalationStoreContract {

    @Override
    protected EscalationStore newStore() {
        return new InMemoryEscalationStore();
    }
}
