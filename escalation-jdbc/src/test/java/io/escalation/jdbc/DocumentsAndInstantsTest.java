package io.escalation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.jdbc.internal.Binder;
import io.escalation.json.EscalationJson;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TimeZone;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

/** Instants and JSON documents come back exactly as they were written, on every database. */
class DocumentsAndInstantsTest {

    private static final String PREFIX = Db.uniquePrefix("t_doc");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long YEAR_2500 = Instant.parse("2500-01-01T00:00:00Z").getEpochSecond();

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void tenThousandRandomInstantsRoundTripUnderThreeJvmZones(TestDatabases database) throws Exception {
        TimeZone original = TimeZone.getDefault();
        try (Db db = Db.open(database, PREFIX, 2)) {
            db.migrated();
            Binder binder = new Binder(db.dialect());
            SplittableRandom random = new SplittableRandom(20261123L);
            for (String zone : List.of("UTC", "Asia/Tokyo", "America/Los_Angeles")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                // a fresh connection, opened under this zone (drivers read the JVM zone when connecting)
                try (Connection c = database.connect()) {
                    String tenant = "tz-" + zone;
                    Map<String, Instant> written = new HashMap<>();
                    c.setAutoCommit(false);
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + PREFIX + "timer (tenant_id, timer_id,"
                            + " kind, due_at, state, fencing_token, attempts) VALUES (?, ?, 'k', ?, 'PENDING', 0, 0)")) {
                        for (int i = 0; i < 10_000; i++) {
                            Instant t = Instant.ofEpochSecond(random.nextLong(YEAR_2500), random.nextInt(1_000_000_000));
                            String id = "t" + i;
                            written.put(id, t);
                            ps.setString(1, tenant);
                            ps.setString(2, id);
                            binder.instant(ps, 3, t);
                            ps.addBatch();
                            if (i % 1000 == 999) {
                                ps.executeBatch();
                            }
                        }
                    }
                    c.commit();
                    int read = 0;
                    try (PreparedStatement ps = c.prepareStatement("SELECT timer_id, due_at FROM " + PREFIX + "timer"
                            + " WHERE tenant_id = ?")) {
                        ps.setString(1, tenant);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                Instant expected = written.get(rs.getString("timer_id")).truncatedTo(ChronoUnit.MICROS);
                                assertEquals(expected, binder.instant(rs, "due_at"), zone + " " + rs.getString(1));
                                read++;
                            }
                        }
                    }
                    assertEquals(10_000, read);
                    // equality lookups with the untruncated instant hit (the binder truncates the same way)
                    try (PreparedStatement ps = c.prepareStatement("SELECT timer_id FROM " + PREFIX + "timer"
                            + " WHERE tenant_id = ? AND due_at = ?")) {
                        for (int i = 0; i < 10_000; i += 97) {
                            ps.setString(1, tenant);
                            binder.instant(ps, 2, written.get("t" + i));
                            try (ResultSet rs = ps.executeQuery()) {
                                assertTrue(rs.next(), zone + ": lookup of t" + i + " hits");
                                assertEquals("t" + i, rs.getString(1));
                            }
                        }
                    }
                    c.commit();
                }
            }
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void documentsWithEmojiJapaneseAndOneMebibyteRoundTripAsDocuments(TestDatabases database) throws Exception {
        try (Db db = Db.open(database, PREFIX, 2)) {
            JdbcEscalations jdbc = db.migrated();
            String small = "{\"text\":\"\uD83D\uDE00 \uD842\uDFB7 お客様はご立腹です（激怒）\",\"n\":1,\"nested\":{\"a\":[1,2,3]}}";
            StringBuilder big = new StringBuilder("{\"blob\":\"");
            while (big.length() < 555_000) {
                big.append("折り返しのお約束 callback \uD83D\uDCDE ");
            }
            big.append("\"}");
            String large = big.toString();
            long largeBytes = large.getBytes(StandardCharsets.UTF_8).length;
            assertTrue(largeBytes > 1_000_000 && largeBytes <= EscalationJson.MAX_DOCUMENT_BYTES, "about 1 MiB");
            for (String doc : List.of(small, large)) {
                UUID id = UUID.randomUUID();
                jdbc.events().publish(new OutboxMessage("docs", id, "escalation", "e-1", "Raised", doc));
                jdbc.timers().schedule("docs", id.toString(), null, "reminder", Instant.EPOCH, doc);
            }
            List<FeedEntry> entries = jdbc.events().after("docs", 0, 10);
            assertEquals(2, entries.size());
            assertSameDocument(db, small, entries.get(0).payloadJson());
            assertSameDocument(db, large, entries.get(1).payloadJson());
            List<TimerLease> leases = jdbc.timers().claimDue("docs", Instant.parse("2030-01-01T00:00:00Z"), 10,
                    java.time.Duration.ofMinutes(1));
            assertEquals(2, leases.size());
            for (TimerLease lease : leases) {
                String payload = lease.payload().orElseThrow();
                assertSameDocument(db, payload.length() > 1000 ? large : small, payload);
            }
            // stored as JSON objects, not as JSON strings holding the text
            String isObject;
            switch (db.dialect()) {
                case POSTGRESQL:
                    isObject = "SELECT COUNT(*) FROM ${prefix}outbox WHERE tenant_id = 'docs' AND jsonb_typeof(payload) = 'object'";
                    break;
                case MARIADB:
                    isObject = "SELECT COUNT(*) FROM ${prefix}outbox WHERE tenant_id = 'docs' AND JSON_TYPE(payload) = 'OBJECT'";
                    break;
                default:
                    isObject = "SELECT COUNT(*) FROM ${prefix}outbox WHERE tenant_id = 'docs' AND payload IS JSON OBJECT";
            }
            assertEquals(2, db.queryLong(isObject));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void anOversizeDocumentFailsLoudlyWithoutItsContent(TestDatabases database) {
        try (Db db = Db.open(database, PREFIX, 2)) {
            JdbcEscalations jdbc = db.migrated();
            String secret = "秘密の電話番号";
            String doc = "{\"x\":\"" + secret + "a".repeat(EscalationJson.MAX_DOCUMENT_BYTES) + "\"}";
            DocumentTooLargeException e = assertThrows(DocumentTooLargeException.class, () -> jdbc.events()
                    .publish(new OutboxMessage("docs", UUID.randomUUID(), "escalation", "e-1", "Raised", doc)));
            assertEquals(EscalationJson.MAX_DOCUMENT_BYTES, e.limitBytes());
            assertEquals(doc.getBytes(StandardCharsets.UTF_8).length, e.sizeBytes());
            assertFalse(e.getMessage().contains(secret));
            assertThrows(DocumentTooLargeException.class,
                    () -> jdbc.timers().schedule("docs", "t", null, "k", Instant.EPOCH, doc));
            assertEquals(0, db.queryLong("SELECT COUNT(*) FROM ${prefix}outbox"));
        }
    }

    private static void assertSameDocument(Db db, String expected, String actual) {
        assertTrue(actual.startsWith("{"), "read back as a document, not a JSON string");
        assertEquals(JSON.readTree(expected), JSON.readTree(actual));
        if (db.dialect() != Dialect.POSTGRESQL) {
            assertEquals(expected, actual, "text kept exactly (jsonb normalises whitespace and key order)");
        }
    }
}
