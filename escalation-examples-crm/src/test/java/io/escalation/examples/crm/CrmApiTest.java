package io.escalation.examples.crm;

import static io.escalation.examples.crm.CrmClient.action;
import static io.escalation.examples.crm.CrmClient.document;
import static io.escalation.examples.crm.CrmClient.escalation;
import static io.escalation.examples.crm.CrmClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.json.EscalationJson;
import io.escalation.model.Escalation;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every endpoint over HTTP on a random loopback port, on H2. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:crm_api;DB_CLOSE_DELAY=-1", "crm.table-prefix=crm_api_"})
class CrmApiTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    JsonMapper applicationMapper;

    CrmClient client;

    @BeforeEach
    void client() {
        client = new CrmClient(port);
    }

    @Test
    void raiseAnswers201WithLocationAndETagAndExplainsTheRouting() {
        Escalation e = escalation("crm-1001");
        HttpResponse<String> r = client.post("/api/escalations", document(e), "Accept-Language", "en");
        assertEquals(201, r.statusCode(), r.body());
        assertEquals("/api/escalations/" + e.id().value(), r.headers().firstValue("Location").orElseThrow());
        assertEquals("\"1\"", r.headers().firstValue("ETag").orElseThrow());
        JsonNode body = json(r);
        assertEquals("RAISED", body.get("escalation").get("status").asString());
        assertEquals("sv-sato", body.get("escalation").get("owner").asString());
        assertEquals("mail setup failing", body.get("escalation").get("category").asString());
        assertFalse(body.get("routing").isEmpty());

        HttpResponse<String> fetched = client.get(r.headers().firstValue("Location").orElseThrow());
        assertEquals(200, fetched.statusCode());
        assertEquals("\"1\"", fetched.headers().firstValue("ETag").orElseThrow());
        assertFalse(fetched.body().contains(CrmClient.NAME) || fetched.body().contains(CrmClient.PHONE), fetched.body());
    }

    @Test
    void theQueueShowsPrioritiesAndSlaDeadlines() {
        String id = client.raise();
        HttpResponse<String> r = client.get("/api/supervisors/sv-sato/queue", "Accept-Language", "ja");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("ja", r.headers().firstValue("Content-Language").orElseThrow());
        JsonNode item = null;
        for (JsonNode n : json(r)) {
            if (n.get("id").asString().equals(id)) {
                item = n;
            }
        }
        assertTrue(item != null, r.body());
        assertFalse(item.get("priority").asString().isEmpty());
        assertFalse(item.get("priorityLabel").asString().equals(item.get("priority").asString()));
        List<String> metrics = new ArrayList<>();
        for (JsonNode s : item.get("sla")) {
            metrics.add(s.get("metric").asString());
            assertEquals("RUNNING", s.get("status").asString(), r.body());
            assertTrue(java.time.Instant.parse(s.get("breachAt").asString()).isAfter(java.time.Instant.now()), r.body());
        }
        assertTrue(metrics.containsAll(List.of("ACKNOWLEDGEMENT", "RESOLUTION")), metrics.toString());
        assertEquals(404, client.get("/api/supervisors/nobody/queue").statusCode());
    }

    @Test
    void briefingAndHandoverSheetAreTextInTheReadersLanguage() {
        String id = client.raise();
        HttpResponse<String> ja = client.get("/api/escalations/" + id + "/briefing", "Accept-Language", "ja-JP,en;q=0.5");
        HttpResponse<String> en = client.get("/api/escalations/" + id + "/briefing", "Accept-Language", "en-US");
        assertEquals(200, ja.statusCode(), ja.body());
        assertTrue(ja.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertEquals("ja", ja.headers().firstValue("Content-Language").orElseThrow());
        assertEquals("en", en.headers().firstValue("Content-Language").orElseThrow());
        assertTrue(ja.body().startsWith("メールの設定に失敗する"), ja.body());   // conclusion first
        assertTrue(en.body().contains("mail setup failing"), en.body());
        assertNotEquals(ja.body(), en.body());

        HttpResponse<String> sheetJa = client.get("/api/escalations/" + id + "/handover-sheet", "Accept-Language", "ja");
        HttpResponse<String> sheetEn = client.get("/api/escalations/" + id + "/handover-sheet", "Accept-Language", "en");
        assertEquals(200, sheetJa.statusCode(), sheetJa.body());
        assertTrue(sheetJa.body().contains("メールの設定に失敗する"), sheetJa.body());
        assertTrue(sheetEn.body().contains("mail setup failing"), sheetEn.body());
        assertNotEquals(sheetJa.body(), sheetEn.body());
    }

    @Test
    void actionsNeedTheCurrentETag() {
        String id = client.raise();
        String path = "/api/escalations/" + id + "/actions";
        HttpResponse<String> missing = client.post(path, action("acknowledge", "sv-sato"));
        assertEquals(428, missing.statusCode(), missing.body());
        assertProblem(missing, "If-Match");

        HttpResponse<String> ok = client.post(path, action("acknowledge", "sv-sato"), "If-Match", "\"1\"");
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals("\"2\"", ok.headers().firstValue("ETag").orElseThrow());
        assertEquals("ACKNOWLEDGED", json(ok).get("status").asString());

        HttpResponse<String> stale = client.post(path, action("take-over", "sv-sato"), "If-Match", "\"1\"");
        assertEquals(412, stale.statusCode(), stale.body());
        assertProblem(stale, "If-Match");
        HttpResponse<String> weak = client.post(path, action("take-over", "sv-sato"), "If-Match", "W/\"2\"");
        assertEquals(412, weak.statusCode(), weak.body());

        HttpResponse<String> taken = client.post(path, action("take-over", "sv-sato"), "If-Match", "\"2\"");
        assertEquals(200, taken.statusCode(), taken.body());
        assertEquals("TAKEN_OVER", json(taken).get("status").asString());
        assertEquals("\"3\"", taken.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> again = client.post(path, action("acknowledge", "sv-sato"), "If-Match", "\"3\"");
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("\"3\"", client.get("/api/escalations/" + id).headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void aCallbackIsPlannedAndScheduled() {
        String id = client.raise();
        HttpResponse<String> plan = client.get("/api/escalations/" + id + "/callback-plan", "Accept-Language", "ja");
        assertEquals(200, plan.statusCode(), plan.body());
        JsonNode p = json(plan);
        assertFalse(p.get("offer").asString().isBlank());
        List<String> candidates = new ArrayList<>();
        p.get("options").forEach(o -> candidates.add(o.get("candidate").asString()));
        assertTrue(candidates.contains("sv-sato") && !candidates.contains("sv-kato"), candidates.toString()); // Kato is away

        HttpResponse<String> scheduled = client.post("/api/escalations/" + id + "/actions",
                action("schedule-callback", "sv-sato"), "If-Match", "\"1\"");
        assertEquals(200, scheduled.statusCode(), scheduled.body());
        JsonNode callback = json(scheduled).get("callback");
        assertEquals("sv-sato", callback.get("responder").asString());
        String promised = null;
        for (JsonNode o : p.get("options")) {
            if (o.get("candidate").asString().equals("sv-sato")) {
                promised = o.get("promiseBy").asString();
            }
        }
        assertEquals(promised, callback.get("promiseBy").asString());
    }

    @Test
    void badInputIsProblemJsonWithTheFieldPath() {
        Escalation e = escalation("crm-1002");
        String valid = document(e);
        HttpResponse<String> zone = client.post("/api/escalations", valid.replace("\"Asia/Tokyo\"", "\"Mars/Olympus\""));
        assertEquals(400, zone.statusCode(), zone.body());
        JsonNode z = assertProblem(zone, null);
        assertEquals("$.customer.timeZone", z.get("jsonPath").asString(), zone.body());

        HttpResponse<String> dup = client.post("/api/escalations",
                valid.replace("\"tenant\":\"acme-support\",", "\"tenant\":\"acme-support\",\"tenant\":\"other\","));
        assertEquals(400, dup.statusCode(), dup.body());
        assertEquals("DUPLICATE_KEY", assertProblem(dup, null).get("problem").asString());

        HttpResponse<String> tenant = client.post("/api/escalations", valid.replace("\"acme-support\"", "\"other-co\""));
        assertEquals(422, tenant.statusCode(), tenant.body());
        assertProblem(tenant, "tenant");

        String id = client.raise();
        HttpResponse<String> dupAction = client.post("/api/escalations/" + id + "/actions",
                "{\"action\":\"acknowledge\",\"action\":\"take-over\",\"actor\":\"sv-sato\"}", "If-Match", "\"1\"");
        assertEquals(400, dupAction.statusCode(), dupAction.body());
        assertEquals("duplicate-key", assertProblem(dupAction, null).get("errors").get(0).get("rule").asString());
        HttpResponse<String> unknown = client.post("/api/escalations/" + id + "/actions",
                "{\"action\":\"acknowledge\",\"actor\":\"sv-sato\",\"force\":true}", "If-Match", "\"1\"");
        assertEquals(400, unknown.statusCode(), unknown.body());
        assertProblem(unknown, "$.force");
        HttpResponse<String> noAction = client.post("/api/escalations/" + id + "/actions",
                "{\"actor\":\"sv-sato\"}", "If-Match", "\"1\"");
        assertProblem(noAction, "$.action");
        HttpResponse<String> stranger = client.post("/api/escalations/" + id + "/actions",
                action("acknowledge", "sv-nobody"), "If-Match", "\"1\"");
        assertEquals(422, stranger.statusCode(), stranger.body());
        assertProblem(stranger, "$.actor");
        HttpResponse<String> notFound = client.get("/api/escalations/esc-none");
        assertEquals(404, notFound.statusCode());
        assertProblem(notFound, null);
        HttpResponse<String> text = client.post("/api/escalations", valid, "Content-Type", "text/plain");
        assertEquals(415, text.statusCode(), text.body());
        assertTrue(text.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstEscalation() {
        Escalation first = Escalation.builder().id("esc-idem-1").tenant("acme-support")
                .raisedAt(java.time.Instant.now()).channel(io.escalation.model.Channel.PHONE)
                .operator("op-017", io.escalation.model.ExperienceLevel.TRAINEE, "tokyo-1")
                .customer("crm-idem", java.util.Locale.JAPAN, java.time.ZoneId.of("Asia/Tokyo"))
                .idempotencyKey("form-77")
                .inquiry(escalation("crm-idem").inquiry()).temperature(io.escalation.model.Temperature.CALM).build();
        assertEquals(201, client.post("/api/escalations", document(first)).statusCode());
        String retry = document(first).replace("\"esc-idem-1\"", "\"esc-idem-2\"");
        HttpResponse<String> again = client.post("/api/escalations", retry);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("esc-idem-1", json(again).get("escalation").get("id").asString());
    }

    @Test
    void theRosterListsWhoIsPresent() {
        HttpResponse<String> r = client.get("/api/supervisors", "Accept-Language", "ja");
        assertEquals(200, r.statusCode());
        JsonNode roster = json(r);
        assertEquals(3, roster.size());
        assertEquals("佐藤", roster.get(0).get("name").asString());
        assertFalse(roster.get(1).get("present").asBoolean());
    }

    @Test
    void theApplicationsJsonMapperWritesTheModelAsTheSdkDoes() {
        Escalation e = escalation("crm-1003");
        JsonNode mine = applicationMapper.readTree(applicationMapper.writeValueAsString(e));
        assertEquals(applicationMapper.readTree(EscalationJson.create().write(e)), mine);
        assertEquals(e, EscalationJson.create().readEscalation(applicationMapper.writeValueAsString(e)));
    }

    /** Checks a problem+json answer; {@code path}, when given, must be one of its errors' paths. */
    static JsonNode assertProblem(HttpResponse<String> r, @org.jspecify.annotations.Nullable String path) {
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"),
                r.headers().toString());
        JsonNode p = json(r);
        assertEquals(r.statusCode(), p.get("status").asInt(), r.body());
        assertTrue(p.get("type").asString().startsWith("urn:escalation-crm:problem:"), r.body());
        assertFalse(r.body().contains(CrmClient.NAME) || r.body().contains(CrmClient.PHONE)
                || r.body().contains(CrmClient.WORDS), r.body());
        if (path != null) {
            List<String> paths = new ArrayList<>();
            p.get("errors").forEach(err -> paths.add(err.get("path").asString()));
            assertTrue(paths.contains(path), r.body());
        }
        return p;
    }
}
