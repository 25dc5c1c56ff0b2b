package io.escalation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ch.qos.logback.classic.Level;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.Category;
import io.escalation.model.CustomerRef;
import io.escalation.model.Escalation;
import io.escalation.model.FreeText;
import io.escalation.model.TenantId;
import io.escalation.store.CaseQuery;
import io.escalation.store.EscalationStore;
import io.escalation.store.ResolvedCase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A customer's name and free text never reach a log line or an exception message, whatever fails:
 * conflicts, refusals, a unique constraint the database enforces.
 */
class StorePersonalDataTest {

    private static final String NAME = "山田カナリア";
    private static final String TEXT = "canary-メモ-090-1234-5678";

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void noCustomerNameOrFreeTextInLogsOrExceptions(TestDatabases database) {
        List<String> messages = new ArrayList<>();
        try (Db db = Db.open(database, Db.uniquePrefix("t_pd"), 4); LogCapture logs = new LogCapture()) {
            JdbcEscalations jdbc = db.migrated();
            EscalationStore store = jdbc.store();
            TenantId tenant = TenantId.of("pd-tenant");
            Escalation e = Fixtures.escalation(tenant, "e-1", "c-1", NAME).toBuilder().idempotencyKey("k-1").build();
            EscalationState s = store.create(Fixtures.raise(e)).state();
            s = store.append(s.ref(), 1, List.of(Fixtures.ack(s)));
            s = store.append(s.ref(), 2, List.of(Fixtures.instruct(s, TEXT)));
            EscalationState current = s;
            messages.add(store.toString());
            messages.add(current.toString());

            expectFailure(messages, () -> store.create(Fixtures.raise(e.toBuilder().idempotencyKey((String) null).build())));
            expectFailure(messages, () -> store.create(Fixtures.raise(Fixtures.escalation(tenant, "e-2", "c-2", NAME)
                    .toBuilder().idempotencyKey("k-1").build())));
            expectFailure(messages, () -> store.append(current.ref(), 1, List.of(Fixtures.instruct(current, TEXT))));
            expectFailure(messages, () -> store.append(current.ref(), 3, List.of(Fixtures.next(current,
                    Change.acknowledged()))));
            expectFailure(messages, () -> store.append(current.ref(), 3, List.of(Fixtures.instruct(current,
                    TEXT + "x".repeat(3900)), Fixtures.instruct(current, TEXT))));

            // a unique constraint the database itself enforces: an event row already there
            db.execute("INSERT INTO ${prefix}escalation_event (tenant_id, escalation_id, version, event_id, type, at,"
                    + " actor_id, actor_role, payload) VALUES ('pd-tenant', 'e-3', 1, 'x', 'raised', "
                    + (database == TestDatabases.MARIADB ? "'2026-01-01 00:00:00'" : "TIMESTAMP WITH TIME ZONE"
                    + " '2026-01-01 00:00:00+00'") + ", 'op', 'OPERATOR', '{}')");
            JdbcConstraintException unique = assertThrows(JdbcConstraintException.class, () -> store.create(
                    Fixtures.raise(Fixtures.escalation(tenant, "e-3", "c-3", NAME))));
            messages.add(unique.getMessage());
            assertEquals(0, db.queryLong("SELECT COUNT(*) FROM ${prefix}escalation WHERE tenant_id = 'pd-tenant'"
                    + " AND escalation_id = 'e-3'"), "the failed create left nothing");

            ResolvedCase c = new ResolvedCase(current.ref(), Category.of("mail", "メール"), FreeText.of(NAME + "様の質問"),
                    null, FreeText.of(TEXT), current.updatedAt());
            jdbc.caseLibrary().add(c);
            jdbc.caseLibrary().search(tenant, CaseQuery.text(NAME));
            store.openByCustomer(tenant, CustomerRef.of("c-1"));

            for (String line : logs.lines()) {
                assertFalse(line.contains(NAME) || line.contains("カナリア") || line.contains("canary-"), line);
                assertFalse(line.contains("090-1234"), line);
            }
            assertEquals(List.of(), logs.atLeast(Level.INFO).stream().filter(l -> l.contains("io.escalation")).toList(),
                    "nothing at INFO or above from the module");
        }
        for (String m : messages) {
            assertFalse(m.contains(NAME) || m.contains("カナリア") || m.contains("canary-") || m.contains("090-1234"), m);
        }
    }

    private static void expectFailure(List<String> messages, Executable call) {
        Throwable t = assertThrows(Throwable.class, call);
        for (Throwable x = t; x != null; x = x.getCause()) {
            messages.add(x.getClass().getSimpleName() + ": " + x.getMessage());
        }
    }
}
