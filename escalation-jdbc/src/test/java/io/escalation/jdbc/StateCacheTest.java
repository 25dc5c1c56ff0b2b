package io.escalation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.escalation.jdbc.internal.StateCache;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.TenantId;
import io.escalation.store.EscalationStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Loads fold only the events a node has not folded yet; the cache is bounded. */
class StateCacheTest {

    private static final TenantId TENANT = TenantId.of("cache");

    @Test
    void theCacheKeepsTheLaterVersionAndDropsTheLeastRecentlyUsed() {
        StateCache cache = new StateCache(2);
        EscalationState a1 = EscalationState.start(Fixtures.raise(Fixtures.escalation(TENANT, "a", "c", null, Fixtures.T0)));
        EscalationState a2 = a1.apply(Fixtures.ack(a1));
        EscalationState b = EscalationState.start(Fixtures.raise(Fixtures.escalation(TENANT, "b", "c", null, Fixtures.T0)));
        EscalationState c = EscalationState.start(Fixtures.raise(Fixtures.escalation(TENANT, "c", "c", null, Fixtures.T0)));
        cache.offer(a2);
        cache.offer(a1);
        assertSame(a2, cache.get(a1.ref()), "an older version never replaces a newer one");
        cache.offer(b);
        cache.get(a1.ref());
        cache.offer(c);
        assertEquals(2, cache.size());
        assertNull(cache.get(b.ref()), "the least recently used went first");
        assertSame(a2, cache.get(a1.ref()));
        StateCache none = new StateCache(0);
        none.offer(a1);
        assertNull(none.get(a1.ref()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void aLoadReadsOnlyTheEventsAppendedSinceThisNodeLastFoldedTheEscalation(TestDatabases database) {
        try (Db db = Db.open(database, Db.uniquePrefix("t_ca"), 4)) {
            EscalationStore writer = db.migrated().store();
            AtomicLong rows = new AtomicLong();
            EscalationStore reader = JdbcEscalations.builder(counting(db.pool, rows)).tablePrefix(db.prefix)
                    .stateCacheSize(2).build().store();
            EscalationState s = writer.create(Fixtures.raise(Fixtures.escalation(TENANT, "long", "c", null,
                    Fixtures.T0))).state();
            s = writer.append(s.ref(), 1, List.of(Fixtures.ack(s)));
            for (int batch = 0; batch < 32; batch++) {
                List<EscalationEvent> events = new ArrayList<>();
                EscalationState next = s;
                for (int i = 0; i < 100; i++) {
                    EscalationEvent e = Fixtures.instruct(next, "b" + batch + "-" + i);
                    events.add(e);
                    next = next.apply(e);
                }
                s = writer.append(s.ref(), s.version(), events);
            }
            assertEquals(3202, s.version());

            rows.set(0);
            assertEquals(s, reader.load(s.ref()));
            assertEquals(3202, rows.get(), "the first load folds the whole history");
            rows.set(0);
            assertEquals(s, reader.load(s.ref()));
            assertEquals(1, rows.get(), "a current cache reads the version only");
            EscalationState more = writer.append(s.ref(), s.version(), List.of(Fixtures.instruct(s, "one more")));
            rows.set(0);
            assertEquals(more, reader.load(s.ref()));
            assertEquals(1, rows.get(), "one new event, one row");

            rows.set(0);
            assertEquals(List.of(more), reader.openByCustomer(TENANT, more.escalation().customer().ref()));
            assertEquals(1, rows.get(), "a query of a cached escalation reads its row only");

            // two more escalations push the long one out of a cache of two
            for (String id : List.of("x", "y")) {
                EscalationState other = writer.create(Fixtures.raise(Fixtures.escalation(TENANT, id, "c-" + id, null,
                        Fixtures.T0))).state();
                reader.load(other.ref());
            }
            rows.set(0);
            assertEquals(more, reader.load(s.ref()));
            assertEquals(3203, rows.get(), "evicted, so folded again");
        }
    }

    /** A data source whose result sets count the rows they return. */
    private static DataSource counting(DataSource pool, AtomicLong rows) {
        ConnectionSource source = () -> {
            Connection c = pool.getConnection();
            return proxy(Connection.class, c, (method, result) -> {
                if (result instanceof PreparedStatement ps) {
                    return proxy(PreparedStatement.class, ps, (m, r) -> r instanceof ResultSet rs
                            ? proxy(ResultSet.class, rs, (n, next) -> {
                                if (n.equals("next") && Boolean.TRUE.equals(next)) {
                                    rows.incrementAndGet();
                                }
                                return next;
                            }) : r);
                }
                return result;
            });
        };
        return source;
    }

    @FunctionalInterface
    private interface After {
        Object apply(String method, Object result) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T target, After after) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            try {
                return after.apply(method.getName(), method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
