package io.escalation.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.json.EscalationJsonException.Problem;
import io.escalation.model.CallState;
import io.escalation.model.ContactWindow;
import io.escalation.model.Customer;
import io.escalation.model.CustomerRef;
import io.escalation.model.CustomerState;
import io.escalation.model.Escalation;
import io.escalation.model.ModelFixtures;
import io.escalation.model.Temperature;
import io.escalation.model.Urgency;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The reader refuses whatever it could read differently from a gateway in front of it. */
class StrictJsonTest {

    private final EscalationJson json = EscalationJson.create();

    private String valid() {
        Escalation e = ModelFixtures.seed()
                .customer(Customer.builder(CustomerRef.of("c-1"), Locale.JAPAN).timeZone(ZoneId.of("Asia/Tokyo"))
                        .reachable(ContactWindow.of(LocalTime.of(10, 0), LocalTime.of(20, 0))).build())
                .customerState(new CustomerState(Temperature.UPSET,
                        new Urgency(true, Instant.parse("2026-11-23T01:00:00Z"), 2, false), false))
                .callState(CallState.onHold(Instant.parse("2026-11-24T01:29:00Z")))
                .handlingTime(Duration.ofMinutes(8))
                .build();
        return json.write(e);
    }

    private EscalationJsonException refused(String text) {
        return assertThrows(EscalationJsonException.class, () -> json.readEscalation(text), text);
    }

    private void refusedWith(Problem problem, String path, String text) {
        EscalationJsonException e = refused(text);
        assertEquals(problem, e.problem(), e.getMessage());
        assertEquals(path, e.jsonPath(), e.getMessage());
    }

    @Test
    void theValidDocumentReads() {
        assertEquals(json.readEscalation(valid()), json.readEscalation(json.write(json.readEscalation(valid()))));
    }

    @Test
    void duplicateKeysAreRefusedAnywhere() {
        String v = valid();
        EscalationJsonException top = refused(v.replace("\"tenant\":\"acme\",", "\"tenant\":\"acme\",\"tenant\":\"b\","));
        assertEquals(Problem.DUPLICATE_KEY, top.problem());
        assertEquals("$.tenant", top.jsonPath(), top.getMessage());
        assertFalse(top.getMessage().contains("\"b\""), top.getMessage());
        EscalationJsonException nested = refused(v.replace("\"locale\":\"ja-JP\"", "\"locale\":\"ja-JP\",\"locale\":\"en\""));
        assertEquals(Problem.DUPLICATE_KEY, nested.problem());
        assertEquals("$.customer.locale", nested.jsonPath());
    }

    @Test
    void invalidUtf8ABomAndLoneSurrogatesAreRefused() {
        byte[] bytes = valid().getBytes(StandardCharsets.UTF_8);
        byte[] broken = bytes.clone();
        int at = new String(bytes, StandardCharsets.UTF_8).indexOf("acme");
        broken[at] = (byte) 0xC3; // a lead byte followed by an ASCII byte
        EscalationJsonException utf8 = assertThrows(EscalationJsonException.class,
                () -> json.read(broken, Escalation.class));
        assertEquals(Problem.INVALID_ENCODING, utf8.problem());
        byte[] withBom = new byte[bytes.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, withBom, 3, bytes.length);
        assertEquals(Problem.INVALID_ENCODING, assertThrows(EscalationJsonException.class,
                () -> json.read(withBom, Escalation.class)).problem());
        assertEquals(Problem.INVALID_ENCODING, refused("\uFEFF" + valid()).problem());
        EscalationJsonException lone = refused(valid().replace("\"c-1\"", "\"c-1\\ud800\""));
        assertEquals(Problem.INVALID_ENCODING, lone.problem());
        assertEquals("$.customer.ref", lone.jsonPath());
        assertEquals(Problem.INVALID_ENCODING, refused(valid().replace("\"acme\"", "\"acme\udc00\"")).problem());
    }

    @Test
    void instantsAndDurationsAreIsoStringsOnly() {
        String v = valid();
        refusedWith(Problem.WRONG_TYPE, "$.raisedAt", v.replace("\"2026-11-24T01:30:00Z\"", "1764034200"));
        refusedWith(Problem.WRONG_TYPE, "$.raisedAt", v.replace("\"2026-11-24T01:30:00Z\"", "1764034200000"));
        refusedWith(Problem.WRONG_TYPE, "$.raisedAt", v.replace("\"2026-11-24T01:30:00Z\"", "1e400"));
        refusedWith(Problem.WRONG_TYPE, "$.raisedAt", v.replace("\"2026-11-24T01:30:00Z\"", "\" 2026-11-24T01:30:00Z\""));
        refusedWith(Problem.WRONG_TYPE, "$.raisedAt", v.replace("\"2026-11-24T01:30:00Z\"", "\"2026-11-24T10:30:00+09:00\""));
        refusedWith(Problem.WRONG_TYPE, "$.handlingTime", v.replace("\"PT8M\"", "480"));
        refusedWith(Problem.WRONG_TYPE, "$.handlingTime", v.replace("\"PT8M\"", "\"PT8M \""));
        refusedWith(Problem.WRONG_TYPE, "$.handlingTime", v.replace("\"PT8M\"", "\"PT480S\""));
        refusedWith(Problem.WRONG_TYPE, "$.customerState.urgency.waitingSince",
                v.replace("\"2026-11-23T01:00:00Z\"", "0"));
    }

    @Test
    void integersAreIntegers() {
        String v = valid();
        refusedWith(Problem.WRONG_TYPE, "$.customerState.urgency.repeatContacts",
                v.replace("\"repeatContacts\":2", "\"repeatContacts\":2.9"));
        refusedWith(Problem.WRONG_TYPE, "$.customerState.urgency.repeatContacts",
                v.replace("\"repeatContacts\":2", "\"repeatContacts\":2.0"));
        refusedWith(Problem.WRONG_TYPE, "$.customerState.urgency.repeatContacts",
                v.replace("\"repeatContacts\":2", "\"repeatContacts\":\"2\""));
        refusedWith(Problem.WRONG_TYPE, "$.customerState.urgency.inAHurry",
                v.replace("\"inAHurry\":true", "\"inAHurry\":1"));
    }

    @Test
    void nothingIsTrimmedAndEnumNamesAreExact() {
        String v = valid();
        refusedWith(Problem.WRONG_TYPE, "$.channel", v.replace("\"PHONE\"", "\"PHONE\\u0000\""));
        refusedWith(Problem.WRONG_TYPE, "$.channel", v.replace("\"PHONE\"", "\" PHONE\""));
        refusedWith(Problem.WRONG_TYPE, "$.channel", v.replace("\"PHONE\"", "\"phone\""));
        refusedWith(Problem.WRONG_TYPE, "$.channel", v.replace("\"PHONE\"", "0"));
        refusedWith(Problem.WRONG_TYPE, "$.customer.timeZone", v.replace("\"Asia/Tokyo\"", "\" Asia/Tokyo\""));
    }

    @Test
    void languageTagsAreWellFormedAndLocalTimesAreStrings() {
        String v = valid();
        refusedWith(Problem.WRONG_TYPE, "$.customer.locale", v.replace("\"ja-JP\"", "\"ja-JP-!!\""));
        refusedWith(Problem.WRONG_TYPE, "$.customer.locale", v.replace("\"ja-JP\"", "\"ja_JP\""));
        refusedWith(Problem.WRONG_TYPE, "$.customer.locale", v.replace("\"ja-JP\"", "\"\""));
        refusedWith(Problem.WRONG_TYPE, "$.customer.reachable.from", v.replace("\"10:00\"", "[10,0]"));
        refusedWith(Problem.WRONG_TYPE, "$.customer.reachable.from", v.replace("\"10:00\"", "\"10:00:00.5\""));
        refusedWith(Problem.WRONG_TYPE, "$.customer.reachable.from", v.replace("\"10:00\"", "\"10\""));
        assertEquals(LocalTime.of(10, 0, 30), json.readEscalation(v.replace("\"10:00\"", "\"10:00:30\""))
                .customer().reachable().from());
    }

    @Test
    void instantsFarOutsideBusinessUseAreRefused() {
        String v = valid();
        EscalationJsonException far = refused(v.replace("\"2026-11-24T01:30:00Z\"", "\"+1000000000-01-01T00:00:00Z\""));
        assertEquals(Problem.INVALID_VALUE, far.problem(), far.getMessage());
        assertTrue(far.violations().stream().anyMatch(x -> x.path().equals("raisedAt") && x.rule().equals("InstantRange")),
                far.getMessage());
        refused(v.replace("\"2026-11-24T01:30:00Z\"", "\"1969-12-31T23:59:59Z\""));
    }

    @Test
    void anOversizedNumberIsReportedAsSuch() {
        String digits = "9".repeat(5000);
        EscalationJsonException e = refused(valid().replace("\"repeatContacts\":2", "\"repeatContacts\":" + digits));
        assertEquals(Problem.NUMBER_TOO_LARGE, e.problem(), e.getMessage());
        assertFalse(e.getMessage().contains("1 MiB") || e.getMessage().contains("1048576"), e.getMessage());
    }

    @Test
    void trailingGarbageAndEmptyInputAreRefused() {
        refusedWith(Problem.MALFORMED, "$", valid() + "{}");
        refusedWith(Problem.TRUNCATED, "$", "");
        refusedWith(Problem.TRUNCATED, "$", "   ");
    }
}
