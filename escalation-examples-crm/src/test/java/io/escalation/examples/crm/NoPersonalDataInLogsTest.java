package io.escalation.examples.crm;

import static io.escalation.examples.crm.CrmClient.document;
import static io.escalation.examples.crm.CrmClient.escalation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * With Spring MVC and the SDK logging at DEBUG, no request body reaches the log: neither a customer's name and
 * phone number nor the operator's words, whether the request is accepted or refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:crm_logs;DB_CLOSE_DELAY=-1", "crm.table-prefix=crm_logs_",
        "logging.level.org.springframework.web=DEBUG", "logging.level.io.escalation=DEBUG"})
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void requestBodiesNeverReachTheLog(CapturedOutput output) {
        CrmClient client = new CrmClient(port);
        String valid = document(escalation("crm-logs"));
        assertEquals(201, client.post("/api/escalations", valid).statusCode());
        assertEquals(400, client.post("/api/escalations", valid.replace("\"Asia/Tokyo\"", "\"Mars/Olympus\"")).statusCode());
        assertEquals(400, client.post("/api/escalations", valid.replace("\"op-017\"", "\"" + CrmClient.NAME + "\"")
                .replace("{\"id\"", "{\"id\":1,\"id\"")).statusCode());
        assertEquals(400, client.post("/api/escalations", "{" + CrmClient.PHONE).statusCode());
        String id = client.raise();
        assertEquals(200, client.post("/api/escalations/" + id + "/actions", "{\"action\":\"instruct\",\"actor\":\"sv-sato\","
                + "\"instruction\":\"" + CrmClient.WORDS + "\"}", "If-Match", "\"1\"").statusCode());
        assertEquals(400, client.post("/api/escalations/" + id + "/actions", "{\"action\":\"" + CrmClient.NAME + "\",",
                "If-Match", "\"2\"").statusCode());
        assertEquals(201, client.post("/api/tickets", "{\"customerRef\":\"crm-logs\",\"subject\":\"" + CrmClient.NAME
                + " " + CrmClient.PHONE + "\"}").statusCode());

        String log = output.getAll();
        assertTrue(log.contains("/api/escalations"), "DEBUG logging of requests is on, so the test can see a leak");
        for (String secret : new String[] {CrmClient.NAME, CrmClient.PHONE, CrmClient.WORDS}) {
            assertFalse(log.contains(secret), "personal data in the log");
        }
    }
}
