package io.escalation.examples.crm;

import static io.escalation.examples.crm.CrmClient.action;
import static io.escalation.examples.crm.CrmClient.document;
import static io.escalation.examples.crm.CrmClient.escalation;
import static io.escalation.examples.crm.CrmClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.model.Escalation;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** The scenarios run on every database: the ticket transaction and racing actions. */
final class Scenarios {

    private Scenarios() {}

    /** Opens a ticket for {@code customer} and returns its id. */
    static String openTicket(CrmClient client, String customer) {
        HttpResponse<String> r = client.post("/api/tickets",
                "{\"customerRef\":\"" + customer + "\",\"subject\":\"" + CrmClient.WORDS + "\"}");
        assertEquals(201, r.statusCode(), r.body());
        return json(r).get("id").asString();
    }

    /** A ticket is escalated: the ticket changes, the escalation exists, the history has one row. */
    static void ticketAndEscalationCommitTogether(CrmClient client, TicketRepository tickets) {
        String customer = "crm-" + UUID.randomUUID().toString().substring(0, 8);
        String ticket = openTicket(client, customer);
        Escalation e = escalation(customer);
        HttpResponse<String> r = client.post("/api/tickets/" + ticket + "/escalations", document(e));
        assertEquals(201, r.statusCode(), r.body());
        assertEquals("/api/escalations/" + e.id().value(), r.headers().firstValue("Location").orElseThrow());
        var t = json(client.get("/api/tickets/" + ticket));
        assertEquals("ESCALATED", t.get("status").asString());
        assertEquals(e.id().value(), t.get("escalationId").asString());
        assertEquals(200, client.get("/api/escalations/" + e.id().value()).statusCode());
        assertEquals(1, tickets.historySize(ticket));

        HttpResponse<String> twice = client.post("/api/tickets/" + ticket + "/escalations",
                document(escalation(customer)));
        assertEquals(409, twice.statusCode(), twice.body());
        HttpResponse<String> other = client.post("/api/tickets/" + openTicket(client, customer) + "/escalations",
                document(escalation("crm-someone-else")));
        assertEquals(422, other.statusCode(), other.body());
        CrmApiTest.assertProblem(other, "customer.ref");
    }

    /** A failure after both writes rolls back the ticket change and the escalation. */
    static void aFailureAfterBothWritesRollsBackBoth(CrmClient client, TicketRepository tickets) {
        String customer = "rollback-" + UUID.randomUUID().toString().substring(0, 8);
        String ticket = openTicket(client, customer);
        Escalation e = escalation(customer);
        HttpResponse<String> r = client.post("/api/tickets/" + ticket + "/escalations", document(e));
        assertEquals(500, r.statusCode(), r.body());
        CrmApiTest.assertProblem(r, null);
        assertEquals("ESCALATED|true", FailingTicketListener.SEEN.get(ticket), "both writes happened before the failure");

        var t = json(client.get("/api/tickets/" + ticket));
        assertEquals("OPEN", t.get("status").asString());
        assertTrue(t.get("escalationId") == null || t.get("escalationId").isNull(), t.toString());
        assertEquals(404, client.get("/api/escalations/" + e.id().value()).statusCode());
        assertEquals(0, tickets.historySize(ticket));
    }

    /** Eight requests act with the same ETag at once: exactly one succeeds, the others get 412. */
    static void oneOfEightRacingActionsWins(CrmClient client) throws Exception {
        String id = client.raise();
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String act = i % 2 == 0 ? "acknowledge" : "take-over";
                answers.add(pool.submit(() -> {
                    start.await();
                    return client.post("/api/escalations/" + id + "/actions", action(act, "sv-sato"), "If-Match", "\"1\"");
                }));
            }
            start.countDown();
            int ok = 0;
            int stale = 0;
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
                if (r.statusCode() == 200) {
                    ok++;
                } else if (r.statusCode() == 412) {
                    stale++;
                    CrmApiTest.assertProblem(r, "If-Match");
                } else {
                    throw new AssertionError("unexpected " + r.statusCode() + ": " + r.body());
                }
            }
            assertEquals(1, ok, "exactly one wins");
            assertEquals(threads - 1, stale);
        } finally {
            pool.shutdownNow();
        }
        HttpResponse<String> after = client.get("/api/escalations/" + id);
        assertEquals("\"2\"", after.headers().firstValue("ETag").orElseThrow());
    }
}
