package io.escalation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.escalation.desk.EscalationDesk;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.Escalation;
import io.escalation.model.EscalationRef;
import io.escalation.model.TenantId;
import io.escalation.model.Tier;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingPolicies;
import io.escalation.store.EscalationStore;
import io.escalation.testkit.TestClock;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The code of the README's "JDBC persistence" section, compiled and run on H2. */
class ReadmeExampleTest {

    @Test
    void theReadmeSetupRunsOnH2() throws Exception {
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        // a database of its own, so the README's default prefix collides with nothing
        h2.setURL("jdbc:h2:mem:readme-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        {
            DataSource dataSource = h2;
            TestClock clock = TestClock.fixed(Fixtures.T0);
            Escalation escalation = Fixtures.escalation(TenantId.of("acme-support"), "esc-2026-0001", "crm-48213",
                    null, Fixtures.T0);
            Actor sato = Actor.supervisor("sv-sato");
            Change change = Change.instructed("再設定を案内");
            RoutingContext routingContext = RoutingContext.builder(clock.instant())
                    .responder(Responder.available("sv-sato", Tier.SUPERVISOR)).build();

            // README: JDBC persistence
            JdbcEscalations jdbc = JdbcEscalations.builder(dataSource)  // the host's pool; nothing global
                    .tablePrefix("esc_")                               // default esc_
                    .build();                                          // detects PostgreSQL, MariaDB/MySQL or H2
            jdbc.migrate();                                            // or Flyway / Liquibase with ${prefix}

            EscalationDesk desk = EscalationDesk.builder()
                    .store(jdbc.store())                               // history, state cache, outbox rows
                    .caseLibrary(jdbc.caseLibrary())                   // resolved cases, searchable
                    .routing(RoutingPolicies.standard())
                    .clock(clock)
                    .build();
            EscalationRef ref = desk.raise(escalation, routingContext).ref();
            desk.apply(ref, Actor.supervisor("sv-sato"), Change.acknowledged());
            // README end

            // README: host transaction
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);                       // the host's transaction
                // ... the host's own statements on the connection ...
                EscalationStore store = jdbc.using(connection).store();
                EscalationState state = store.load(ref);
                EscalationEvent next = new EscalationEvent(ref, state.version() + 1, clock.instant(), sato, change);
                store.append(ref, state.version(), List.of(next));
                connection.commit();                                   // our events and outbox rows with the host's
            }
            jdbc.inTransaction(tx -> tx.store().load(ref));            // several calls in one transaction of ours
            // README end

            assertEquals(3, jdbc.store().load(ref).version());
            assertEquals(3, jdbc.events().after("acme-support", 0, 10).size(), "one outbox row per event");
        }
    }
}
