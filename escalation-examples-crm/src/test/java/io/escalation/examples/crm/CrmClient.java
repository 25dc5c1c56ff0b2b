package io.escalation.examples.crm;

import io.escalation.json.EscalationJson;
import io.escalation.model.Channel;
import io.escalation.model.ContactPoint;
import io.escalation.model.ContactWindow;
import io.escalation.model.Customer;
import io.escalation.model.CustomerRef;
import io.escalation.model.Escalation;
import io.escalation.model.ExperienceLevel;
import io.escalation.model.Inquiry;
import io.escalation.model.PersonName;
import io.escalation.model.RequestKind;
import io.escalation.model.Temperature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client on the test server's loopback port, and the escalations the tests raise. */
final class CrmClient {

    /** A customer's name, phone number and words the tests look for where they must never be. */
    static final String NAME = "山田花子";
    static final String PHONE = "090-4815-1623";
    static final String WORDS = "昨日から送受信ができないと強くおっしゃっています";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    CrmClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    String base() {
        return base;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    HttpResponse<String> post(String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        boolean typed = false;
        for (int i = 0; i < headers.length; i += 2) {
            typed |= headers[i].equalsIgnoreCase("Content-Type");
        }
        if (!typed) {
            request.header("Content-Type", "application/json");
        }
        return send(request, headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** A raise for the tenant, with a fresh id, a named customer and the operator's own words. */
    static Escalation escalation(String customerRef) {
        Instant now = Instant.now();
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        return Escalation.builder()
                .id("esc-" + UUID.randomUUID().toString().substring(0, 12))
                .tenant("acme-support")
                .raisedAt(now)
                .channel(Channel.PHONE)
                .operator("op-017", ExperienceLevel.TRAINEE, "tokyo-1")
                .customer(Customer.builder(CustomerRef.of(customerRef), Locale.JAPAN).timeZone(tokyo)
                        .name(PersonName.of(NAME)).contact(ContactPoint.phone(PHONE))
                        .reachable(ContactWindow.of(LocalTime.of(9, 0), LocalTime.of(21, 0))).build())
                .inquiry(Inquiry.builder(RequestKind.ADVICE)
                        .category("mail-setup", Map.of(Locale.JAPANESE, "メールの設定に失敗する",
                                Locale.ENGLISH, "mail setup failing"))
                        .decisionWanted("設定の見落としが無いか確認したい")
                        .environment("Outlook 2016")
                        .background(WORDS)
                        .build())
                .temperature(Temperature.CONCERNED)
                .onHold(now)
                .build();
    }

    static String document(Escalation escalation) {
        return EscalationJson.create().write(escalation);
    }

    /** Raises a fresh escalation and returns its id. */
    String raise() {
        Escalation e = escalation("crm-" + UUID.randomUUID().toString().substring(0, 8));
        HttpResponse<String> r = post("/api/escalations", document(e));
        if (r.statusCode() != 201) {
            throw new AssertionError("raise answered " + r.statusCode() + ": " + r.body());
        }
        return e.id().value();
    }

    static String action(String action, String actor) {
        return "{\"action\":\"" + action + "\",\"actor\":\"" + actor + "\"}";
    }
}
