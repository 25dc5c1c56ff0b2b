package io.escalation.examples.crm;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The ticket and its escalation commit or roll back together, and racing actions, on H2. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:crm_tx;DB_CLOSE_DELAY=-1", "crm.table-prefix=crm_tx_"})
@Import(FailingTicketListener.class)
class TicketTransactionTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    TicketRepository tickets;

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
