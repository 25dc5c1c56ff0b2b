package io.escalation.jdbc.readme;

import static io.escalation.jdbc.readme.ReadmePools.cockroachPool;

import io.escalation.jdbc.Dialect;
import io.escalation.jdbc.JdbcEscalations;
import io.escalation.store.EscalationStore;
import io.escalation.testkit.EscalationStoreContract;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The README's "another engine" example, compiled by the build; it runs the store contract when
 * {@code -Descalation.cockroach.url=jdbc:postgresql://...} names a CockroachDB (or another
 * PostgreSQL-dialect engine) with the schema migrated, and is skipped otherwise.
 */
@EnabledIfSystemProperty(named = "escalation.cockroach.url", matches = ".+")
class CockroachEscalationStoreTest extends EscalationStoreContract {
    static final JdbcEscalations JDBC = JdbcEscalations.builder(cockroachPool).dialect(Dialect.POSTGRESQL).build();

    @Override
    protected EscalationStore newStore() {
        return JDBC.store();
    }
}
