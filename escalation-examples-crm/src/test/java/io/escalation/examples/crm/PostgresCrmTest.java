package io.escalation.examples.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.escalation.jdbc.Dialect;
import io.escalation.jdbc.JdbcEscalations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The CRM on PostgreSQL (127.0.0.1:5432, database {@code test}, user {@code postgres}): raise and act, the ticket
 * transaction and racing actions. Skipped when the server is unreachable, except under {@code CI=true}, where that
 * fails (as escalation-jdbc's {@code TestDatabases} does).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=" + PostgresCrmTest.URL, "spring.datasource.username=postgres",
        "crm.table-prefix=crm_pg_"})
@Import(FailingTicketListener.class)
class PostgresCrmTest {

    static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

    @Value("${local.server.port}")
    int port;

    @Autowired
    TicketRepository tickets;

    @Autowired
    JdbcEscalations jdbc;

    @BeforeAll
    static void reachable() {
        try (Connection c = DriverManager.getConnection(URL, "postgres", "")) {
            assumeTrue(c.isValid(5));
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError("PostgreSQL is not reachable at " + URL + "; CI needs it (SQLState "
                        + e.getSQLState() + ")", e);
            }
            assumeTrue(false, "PostgreSQL is not reachable; skipped outside CI (SQLState " + e.getSQLState() + ")");
        }
    }

    @Test
    void theSdkRunsOnTheApplicationsPostgresPool() {
        assertEquals(Dialect.POSTGRESQL, jdbc.dialect());
        CrmClient client = new CrmClient(port);
        String id = client.raise();
        var r = client.post("/api/escalations/" + id + "/actions", CrmClient.action("take-over", "sv-sato"),
                "If-Match", "\"1\"");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(412, client.post("/api/escalations/" + id + "/actions", CrmClient.action("acknowledge", "sv-sato"),
                "If-Match", "\"1\"").statusCode());
    }

    @Test
    void ticketAndEscalationCommitTogether() {
        Scenarios.ticketAndEscalationCommitTogether(new CrmClient(port), tickets);
    }

    @Test
    void aFailureAfterBothWritesRollsBackBoth() {
        Scenarios.aFailureAfterBothWritesRollsBackBoth(new CrmClient(port), tickets);
    }

    @Test
    void oneOfEightRacingActionsWins() throws Exception {
        for (int round = 0; round < 3; round++) {
            Scenarios.oneOfEightRacingActionsWins(new CrmClient(port));
        }
    }
}
