package io.escalation.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.json.EscalationJsonException.Problem;
import io.escalation.model.CallState;
import io.escalation.model.Category;
import io.escalation.model.ContactPoint;
import io.escalation.model.ContactWindow;
import io.escalation.model.Customer;
import io.escalation.model.CustomerRef;
import io.escalation.model.CustomerState;
import io.escalation.model.Escalation;
import io.escalation.model.PersonName;
import io.escalation.model.Temperature;
import io.escalation.model.Urgency;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EscalationJsonTest {

    private final EscalationJson json = EscalationJson.create();

    private static Escalation full() {
        Instant now = Instant.parse("2026-11-24T01:30:00.123456789Z");
        return io.escalation.model.ModelFixtures.seed()
                .idempotencyKey("crm/48213+1")
                .customer(Customer.builder(CustomerRef.of("c-1"), Locale.JAPAN).timeZone(ZoneId.of("Asia/Tokyo"))
                        .name(PersonName.of("山田 太郎")).contact(ContactPoint.email("taro@example.jp"))
                        .reachable(ContactWindow.of(LocalTime.of(22, 0), LocalTime.of(1, 30))).build())
                .customerState(new CustomerState(Temperature.UPSET,
                        new Urgency(true, now.minus(Duration.ofDays(1)), 2, true), true))
                .callState(CallState.callbackPromised(now.plus(Duration.ofHours(3))))
                .handlingTime(Duration.ofMinutes(17).plusSeconds(3))
                .raisedAt(now)
                .inquiry(io.escalation.model.Inquiry.builder(io.escalation.model.RequestKind.ADVICE)
                        .category(Category.of("mail-setup", "メールの設定に失敗する"))
                        .decisionWanted("設定の見落としが無いか確認したい")
                        .actionTaken("公開されている設定値を入力")
                        .environment("Outlook 2016")
                        .historyEntry("先月も同じ問い合わせ")
                        .build())
                .build();
    }

    private String valid() {
        return json.write(full());
    }

    private EscalationJsonException failure(String text) {
        return assertThrows(EscalationJsonException.class, () -> json.readEscalation(text));
    }

    @Test
    void roundTripsEveryFieldExactly() {
        Escalation e = full();
        assertEquals(e, json.readEscalation(json.write(e)));
        assertEquals(e, json.read(json.write(e).getBytes(StandardCharsets.UTF_8), Escalation.class));
    }

    @Test
    void writesIsoInstantsLowerCamelNamesEnumsByNameAndOmitsAbsentValues() {
        Escalation minimal = io.escalation.model.ModelFixtures.seed().build();
        String text = json.write(minimal);
        assertTrue(text.contains("\"raisedAt\":\"2026-11-24T01:30:00Z\""), text);
        assertTrue(text.contains("\"handlingTime\":\"PT0S\""), text);
        assertTrue(text.contains("\"channel\":\"PHONE\""), text);
        assertTrue(text.contains("\"experience\":\"TRAINEE\""), text);
        assertTrue(text.contains("\"callState\":{\"state\":\"live\"}"), text);
        assertTrue(text.contains("\"locale\":\"ja-JP\""), text);
        assertFalse(text.contains("idempotencyKey"), text);
        assertFalse(text.contains("null"), text);
    }

    @Test
    void everyCallStateRoundTrips() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (CallState s : List.of(CallState.live(), CallState.onHold(t), CallState.callbackPromised(t),
                CallState.ended())) {
            assertEquals(s, json.read(json.write(s), CallState.class));
        }
    }

    @Test
    void hostsCanRegisterTheModuleOnTheirOwnMapper() {
        JsonMapper mine = JsonMapper.builder().addModule(EscalationJson.module()).build();
        Escalation e = full();
        assertEquals(e, mine.readValue(mine.writeValueAsString(e), Escalation.class));
        assertEquals(json.write(e), mine.writeValueAsString(e));
    }

    @Test
    void malformedInputIsReportedAsMalformed() {
        EscalationJsonException ex = failure("{\"id\": 'single quotes'}");
        assertEquals(Problem.MALFORMED, ex.problem());
        assertFalse(ex.getMessage().contains("single quotes"));
    }

    @Test
    void truncatedInputIsReportedAsTruncated() {
        String text = valid();
        assertEquals(Problem.TRUNCATED, failure(text.substring(0, text.length() / 2)).problem());
        assertEquals(Problem.TRUNCATED, failure("").problem());
        assertEquals(Problem.TRUNCATED, failure("   ").problem());
    }

    @Test
    void unknownFieldsNameThePathAndTheField() {
        EscalationJsonException ex = failure(valid().replace("\"kind\":\"ADVICE\"", "\"kind\":\"ADVICE\",\"mood\":1"));
        assertEquals(Problem.UNKNOWN_FIELD, ex.problem());
        assertEquals("$.inquiry.mood", ex.jsonPath());
        assertTrue(ex.getMessage().contains("'mood'"));
    }

    @Test
    void wrongTypesNameThePath() {
        assertEquals("$.customerState.urgency.repeatContacts",
                failure(valid().replace("\"repeatContacts\":2", "\"repeatContacts\":\"two\"")).jsonPath());
        EscalationJsonException text = failure(valid().replace("\"environment\":\"Outlook 2016\"", "\"environment\":7"));
        assertEquals(Problem.WRONG_TYPE, text.problem());
        assertEquals("$.inquiry.environment", text.jsonPath());
        EscalationJsonException instant = failure(valid().replace("\"raisedAt\":\"2026-11-24T01:30:00.123456789Z\"",
                "\"raisedAt\":\"yesterday\""));
        assertEquals(Problem.WRONG_TYPE, instant.problem());
        assertEquals("$.raisedAt", instant.jsonPath());
        EscalationJsonException temperature = failure(valid().replace("\"UPSET\"", "\"SLIGHTLY_UPSET\""));
        assertEquals("$.customerState.temperature", temperature.jsonPath());
        EscalationJsonException bool = failure(valid().replace("\"inAHurry\":true", "\"inAHurry\":1"));
        assertEquals("$.customerState.urgency.inAHurry", bool.jsonPath());
        EscalationJsonException state = failure(valid().replace("\"callbackPromised\"", "\"teleported\""));
        assertEquals(Problem.WRONG_TYPE, state.problem());
        assertEquals("$.callState", state.jsonPath());
    }

    @Test
    void ruleViolationsCarryTheFullPathFromTheRoot() {
        EscalationJsonException ex = failure(valid().replace("\"repeatContacts\":2", "\"repeatContacts\":-2"));
        assertEquals(Problem.INVALID_VALUE, ex.problem());
        assertEquals(List.of("customerState.urgency.repeatContacts"),
                ex.violations().stream().map(io.escalation.Violation::path).toList());
        EscalationJsonException blank = failure(valid().replace("\"op-1\"", "\"\""));
        assertEquals("$.operator.id", blank.jsonPath());
        assertEquals("operator.id", blank.violations().get(0).path());
        EscalationJsonException missing = failure(valid().replace("\"tenant\":\"acme\",", ""));
        assertEquals("tenant", missing.violations().get(0).path());
        assertEquals("NotNull", missing.violations().get(0).rule());
    }

    @Test
    void documentsOverOneMebibyteAreRejectedBeforeParsing() {
        String padding = " ".repeat(EscalationJson.MAX_DOCUMENT_BYTES);
        assertEquals(Problem.TOO_LARGE, failure(valid() + padding).problem());
        byte[] bytes = (valid() + padding).getBytes(StandardCharsets.UTF_8);
        assertEquals(Problem.TOO_LARGE, assertThrows(EscalationJsonException.class,
                () -> json.read(bytes, Escalation.class)).problem());
        // multi-byte characters count as bytes: 400,000 'あ' are 1.2 MB of UTF-8
        String wide = valid().replace("\"Outlook 2016\"", "\"" + "あ".repeat(400_000) + "\"");
        assertEquals(Problem.TOO_LARGE, failure(wide).problem());
    }

    @Test
    void nestingDeeperThanSixtyFourIsRejected() {
        String deep = valid().replace("\"history\":[\"先月も同じ問い合わせ\"]", "\"history\":" + "[".repeat(70) + "]".repeat(70));
        assertEquals(Problem.TOO_DEEP, failure(deep).problem());
        String ok = valid().replace("\"history\":[\"先月も同じ問い合わせ\"]", "\"history\":" + "[".repeat(10) + "]".repeat(10));
        assertEquals(Problem.WRONG_TYPE, failure(ok).problem());
    }

    @Test
    void trailingContentIsMalformed() {
        assertTrue(List.of(Problem.MALFORMED, Problem.WRONG_TYPE).contains(failure(valid() + " {}").problem()));
    }

    @Test
    void readsPartsOfTheModelOnTheirOwn() {
        Category c = Category.of("mail-setup", "メールの設定に失敗する");
        assertEquals(c, json.read(json.write(c), Category.class));
        assertNull(json.read("{\"ref\":\"c-1\",\"locale\":\"en-US\"}", Customer.class).timeZone());
    }
}
