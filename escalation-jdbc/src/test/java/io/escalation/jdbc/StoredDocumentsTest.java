package io.escalation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.json.EscalationJson;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.Escalation;
import io.escalation.model.TenantId;
import io.escalation.store.EscalationStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Events are stored as their JSON documents, exact: 4-byte emoji, Japanese (and a CJK character
 * outside the BMP), quotes and line breaks, instants to the nanosecond.
 */
class StoredDocumentsTest {

    private static final EscalationJson JSON = EscalationJson.create();
    private static final String TEXT = "返信待ち😀🎉 𠮷野家 \"quoted\" \\ back\nslash\tend";

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void eventsWithEmojiAndJapaneseRoundTripExactly(TestDatabases database) throws Exception {
        try (Db db = Db.open(database, Db.uniquePrefix("t_sd"), 4)) {
            JdbcEscalations jdbc = db.migrated();
            TenantId tenant = TenantId.of("docs");
            Escalation e = Fixtures.escalation(tenant, "e-1", "c-1", "𠮷田 花子😀");
            EscalationState s = jdbc.store().create(Fixtures.raise(e)).state();
            EscalationState acked = s.apply(Fixtures.ack(s));
            EscalationEvent instructed = new EscalationEvent(s.ref(), 3, Fixtures.T0.plusNanos(1), Fixtures.SV,
                    io.escalation.lifecycle.Change.instructed(TEXT));
            EscalationState end = jdbc.store().append(s.ref(), 1, List.of(Fixtures.ack(s), instructed));
            assertEquals(acked.apply(instructed), end);

            EscalationStore fresh = JdbcEscalations.builder(db.pool).tablePrefix(db.prefix).stateCacheSize(0).build()
                    .store();
            assertEquals(end, fresh.load(s.ref()), "folded from the stored documents alone");
            assertEquals(Fixtures.T0.plusNanos(1), fresh.load(s.ref()).updatedAt(), "nanoseconds kept");

            List<String> stored = payloads(db, "escalation_event", "version", tenant);
            List<String> outbox = payloads(db, "outbox", "position", tenant);
            assertEquals(3, stored.size());
            for (int i = 0; i < 3; i++) {
                EscalationEvent event = end.history().get(i);
                String written = JSON.write(event);
                assertEquals(event, JSON.readEvent(stored.get(i)));
                assertEquals(event, JSON.readEvent(outbox.get(i)));
                assertEquals(written, JSON.write(JSON.readEvent(stored.get(i))), "the same document");
                if (database != TestDatabases.POSTGRES) {
                    assertEquals(written, stored.get(i), "JSON columns keep the text as written");
                }
            }
            assertTrue(stored.get(2).contains("😀🎉 𠮷野家"), "stored as characters, not escapes: " + stored.get(2));
        }
    }

    private static List<String> payloads(Db db, String table, String order, TenantId tenant) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.pool.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT payload FROM "
                + db.prefix + table + " WHERE tenant_id = ? ORDER BY " + order)) {
            ps.setString(1, tenant.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
