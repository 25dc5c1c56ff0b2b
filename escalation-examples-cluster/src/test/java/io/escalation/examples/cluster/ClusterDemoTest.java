package io.escalation.examples.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The demo runs against the real services, and says clearly which one is missing when one is. */
class ClusterDemoTest {

    @Test
    void theDemoFiresEachTimerOnceRelaysAndShowsTheQueue() throws Exception {
        String jdbcUrl = Services.postgres();
        String natsUrl = Services.nats();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = ClusterDemo.start(jdbcUrl, natsUrl, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertEquals(7, printed.lines().filter(l -> l.contains(" fired ")).count(), printed);
        assertEquals(2, printed.lines().filter(l -> l.contains(" reminded sv-1 ")).count(), printed);
        assertTrue(printed.contains("node-a relayed 12 events: 12 stored, 0 duplicates; checkpoint 12"), printed);
        assertTrue(printed.contains("0 stored, 12 dropped by the broker as duplicates; the stream holds 12 messages"),
                printed);
        assertTrue(printed.contains("node-b's consumer applied 12 events"), printed);
        assertEquals(5, printed.lines().filter(l -> l.matches("  esc-\\d +.*")).count(), printed);
        assertFalse(printed.contains("再発行") || printed.contains("customer-"), "no free text or customer refs");
    }

    @Test
    void anUnreachableBrokerIsNamedAndNothingRuns() throws Exception {
        String jdbcUrl = Services.postgres();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = ClusterDemo.start(jdbcUrl, "nats://127.0.0.1:1", new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, status);
        assertTrue(said.contains("NATS is not reachable at 127.0.0.1:1"), said);
        assertTrue(said.contains("-Descalation.cluster.natsUrl"), said);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anUnreachableDatabaseIsNamedWithoutItsCredentials() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = ClusterDemo.start("jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=secret",
                "nats://127.0.0.1:1", new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, status);
        assertTrue(said.contains("PostgreSQL is not reachable at 127.0.0.1:1"), said);
        assertFalse(said.contains("secret") || said.contains("user="), said);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
