package io.escalation.jdbc.internal;

import io.escalation.EscalationException;
import io.escalation.jdbc.JdbcSerializationException;
import io.escalation.jdbc.OutboxMessage;
import io.escalation.json.EscalationJson;
import io.escalation.lifecycle.CallbackRecord;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.ActorId;
import io.escalation.model.CustomerRef;
import io.escalation.model.Escalation;
import io.escalation.model.EscalationId;
import io.escalation.model.EscalationRef;
import io.escalation.model.IdempotencyKey;
import io.escalation.model.TenantId;
import io.escalation.store.EscalationNotFoundException;
import io.escalation.store.EscalationStore;
import io.escalation.store.IdempotencyConflictException;
import io.escalation.store.StoreException;
import io.escalation.store.VersionConflictException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The {@link EscalationStore} on JDBC: the history in {@code escalation_event}, the queried columns
 * and the optimistic lock in {@code escalation}, one outbox row per event, all in one transaction.
 *
 * <h2>Loads and the state cache</h2>
 * The state of an escalation is the fold of its stored events. To spare a fold of the whole history
 * on every load, each node keeps a bounded cache ({@link StateCache}) of folded states that are known
 * to be committed. Every load still asks the database: one statement reads the escalation row's
 * version together with the events after the cached version (none when the cache is current), and
 * the new events are applied to the cached state. A cache that is ahead of the row (a host's older
 * snapshot, a restored database) is not used for that load. States read or written inside a host's
 * transaction are never cached, since the host may roll back. Queries select ids and versions from
 * the indexed columns, then read the events of every escalation the cache lacks or has behind in
 * batches of {@link Sql#EVENT_BATCH}, so a query costs two round trips for up to that many misses.
 *
 * <p>The columns keep instants to the microsecond; queries use them to select candidates only and
 * then filter and order the folded states exactly, so results equal those of the in-memory store.
 */
public final class JdbcEscalationStore implements EscalationStore {

    private static final EscalationJson JSON = EscalationJson.create();
    private static final String AGGREGATE_TYPE = "escalation";

    private static final Comparator<EscalationState> BY_ID = Comparator.comparing(s -> s.id().value());
    private static final Comparator<EscalationState> NEWEST_FIRST = Comparator
            .comparing((EscalationState s) -> s.escalation().raisedAt(), Comparator.reverseOrder()).thenComparing(BY_ID);
    private static final Comparator<EscalationState> QUEUE_ORDER = Comparator
            .comparing(EscalationState::priority, Comparator.reverseOrder())
            .thenComparing(JdbcEscalationStore::deadline).thenComparing(BY_ID);
    private static final Comparator<EscalationState> MOST_OVERDUE_FIRST = Comparator
            .comparing(JdbcEscalationStore::deadline).thenComparing(BY_ID);

    private final Context context;
    private final Transactions tx;
    private final StateCache cache;
    private final Outbox outbox;

    /**
     * Creates the store.
     *
     * @param context the module's context
     * @param tx the transaction runner
     * @param cache this node's state cache, shared by every instance on the same data source
     */
    public JdbcEscalationStore(Context context, Transactions tx, StateCache cache) {
        this.context = context;
        this.tx = tx;
        this.cache = cache;
        this.outbox = new Outbox(context);
    }

    // ------------------------------------------------------------------ create

    @Override
    public Created create(EscalationEvent raised) {
        String op = "store.create";
        EscalationState state = EscalationState.start(raised);
        String json = Checks.requiredJson(op, "raised", JSON.write(raised));
        String hash = payloadHash(state.escalation());
        return tx.run(op, c -> create(c, op, state, json, hash), created -> cache.offer(created.state()));
    }

    private Created create(Connection c, String op, EscalationState state, String json, String hash)
            throws SQLException {
        Escalation e = state.escalation();
        EscalationRef ref = state.ref();
        boolean inserted = JdbcEventFeed.insertIgnoringDuplicate(c, context.sql().escalationInsert, ps -> {
            ps.setString(1, ref.tenant().value());
            ps.setString(2, ref.id().value());
            bindColumns(ps, 3, state);
            ps.setString(10, e.customer().ref().value());
            ps.setString(11, e.idempotencyKey() == null ? null : e.idempotencyKey().value());
            ps.setString(12, hash);
        });
        if (inserted) {
            insertEvents(c, List.of(state.history().get(0)), List.of(json));
            return new Created(state, true);
        }
        // The id or the key is taken: committed before this statement, or by a transaction this
        // statement waited for. The key decides first, as in every store.
        IdempotencyKey key = e.idempotencyKey();
        if (key != null) {
            String holder = holderOf(c, ref.tenant(), key);
            if (holder != null) {
                EscalationRef existing = EscalationRef.of(ref.tenant(), EscalationId.of(holder));
                EscalationState stored = load(c, existing);
                if (stored == null) {
                    throw concurrentCreate(op);
                }
                if (EscalationStore.samePayload(e, stored.escalation())) {
                    return new Created(stored, false);
                }
                throw new IdempotencyConflictException(key, existing);
            }
        }
        if (version(c, ref) >= 0) {
            throw new StoreException("tenant " + ref.tenant() + " already has escalation " + ref.id());
        }
        throw concurrentCreate(op);
    }

    private static JdbcSerializationException concurrentCreate(String op) {
        return new JdbcSerializationException(op, "40001", 0, "the escalation's id or idempotency key was taken by a"
                + " transaction this one cannot see; roll back and try again");
    }

    /** Binds status, owner, tier, priority, raise, update and callback instants from {@code index} on. */
    private void bindColumns(PreparedStatement ps, int index, EscalationState s) throws SQLException {
        ps.setString(index, s.status().name());
        if (s.owner() == null) {
            ps.setNull(index + 1, Types.VARCHAR);
        } else {
            ps.setString(index + 1, s.owner().id().value());
        }
        ps.setString(index + 2, s.tier().code());
        ps.setInt(index + 3, s.priority().ordinal());
        context.binder().instant(ps, index + 4, s.escalation().raisedAt());
        context.binder().instant(ps, index + 5, s.updatedAt());
        context.binder().nullableInstant(ps, index + 6, s.pendingCallback().map(CallbackRecord::promiseBy).orElse(null));
    }

    private @Nullable String holderOf(Connection c, TenantId tenant, IdempotencyKey key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(context.sql().escalationByKey)) {
            ps.setString(1, tenant.value());
            ps.setString(2, key.value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private long version(Connection c, EscalationRef ref) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(context.sql().escalationVersion)) {
            ps.setString(1, ref.tenant().value());
            ps.setString(2, ref.id().value());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        }
    }

    /**
     * Returns the SHA-256 of the raise payload without id and raise instant, in hex: equal payloads
     * (by {@link EscalationStore#samePayload}) have equal hashes. Stored for operators who look for
     * retries in SQL; the store decides by comparing the payloads themselves.
     */
    static String payloadHash(Escalation e) {
        String normalized = JSON.write(e.toBuilder().id("payload").raisedAt(Instant.EPOCH).build());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java platform has SHA-256", ex);
        }
    }

    // ------------------------------------------------------------------ append

    @Override
    public EscalationState append(EscalationRef ref, long expectedVersion, List<EscalationEvent> events) {
        String op = "store.append";
        Checks.present(op, "ref", ref);
        for (EscalationEvent event : Checks.present(op, "events", events)) {
            Checks.present(op, "events[]", event);
        }
        List<EscalationEvent> batch = List.copyOf(events);
        List<String> json = new ArrayList<>(batch.size());
        for (EscalationEvent event : batch) {
            json.add(Checks.requiredJson(op, "events", JSON.write(event)));
        }
        // Check the batch against the stored state first, outside any transaction of ours (one
        // round trip, none of the writes); the conditional update below makes it exact.
        EscalationState current = tx.read(op, c -> load(c, ref), s -> {
            if (s != null) {
                cache.offer(s);
            }
        });
        if (current == null) {
            throw new EscalationNotFoundException(ref);
        }
        if (current.version() != expectedVersion) {
            throw new VersionConflictException(ref, expectedVersion, current.version());
        }
        EscalationState next = current;
        for (EscalationEvent event : batch) {
            next = next.apply(event);
        }
        if (batch.isEmpty()) {
            return current;
        }
        EscalationState appended = next;
        return tx.run(op, c -> write(c, ref, expectedVersion, appended, batch, json), cache::offer);
    }

    /**
     * Moves the row from {@code expectedVersion} to the new state's version, or fails if another
     * writer moved it first; then stores the events and their outbox rows. The state at
     * {@code expectedVersion} is the one the batch was checked against: a version is stored once.
     */
    private EscalationState write(Connection c, EscalationRef ref, long expectedVersion, EscalationState next,
            List<EscalationEvent> batch, List<String> json) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(context.sql().escalationUpdate)) {
            ps.setLong(1, next.version());
            ps.setString(2, next.status().name());
            ps.setString(3, next.owner() == null ? null : next.owner().id().value());
            ps.setString(4, next.tier().code());
            ps.setInt(5, next.priority().ordinal());
            context.binder().instant(ps, 6, next.updatedAt());
            context.binder().nullableInstant(ps, 7, next.pendingCallback().map(CallbackRecord::promiseBy).orElse(null));
            ps.setString(8, ref.tenant().value());
            ps.setString(9, ref.id().value());
            ps.setLong(10, expectedVersion);
            if (ps.executeUpdate() != 1) {
                // Another writer moved the row since the check (rows are never deleted); saying to
                // which version would cost a round trip while holding the row.
                throw new VersionConflictException(ref, expectedVersion, -1);
            }
        }
        insertEvents(c, batch, json);
        return next;
    }

    private void insertEvents(Connection c, List<EscalationEvent> events, List<String> json) throws SQLException {
        List<OutboxMessage> messages = new ArrayList<>(events.size());
        try (PreparedStatement ps = c.prepareStatement(context.sql().eventInsert)) {
            for (int i = 0; i < events.size(); i++) {
                EscalationEvent e = events.get(i);
                ps.setString(1, e.ref().tenant().value());
                ps.setString(2, e.ref().id().value());
                ps.setLong(3, e.version());
                ps.setString(4, e.eventId().toString());
                ps.setString(5, e.action().jsonName());
                context.binder().instant(ps, 6, e.at());
                ps.setString(7, e.actor().id().value());
                ps.setString(8, e.actor().role().name());
                context.binder().json(ps, 9, json.get(i));
                if (events.size() == 1) {
                    ps.executeUpdate();
                } else {
                    ps.addBatch();
                }
                messages.add(new OutboxMessage(e.ref().tenant().value(), e.eventId(), AGGREGATE_TYPE,
                        e.ref().id().value(), e.action().jsonName(), json.get(i)));
            }
            if (events.size() > 1) {
                Batches.execute(ps);
            }
        }
        outbox.insert(c, messages, context.now());
    }

    // ------------------------------------------------------------------ loads

    @Override
    public Optional<EscalationState> find(EscalationRef ref) {
        Checks.present("store.find", "ref", ref);
        return Optional.ofNullable(tx.read("store.find", c -> load(c, ref), s -> {
            if (s != null) {
                cache.offer(s);
            }
        }));
    }

    /**
     * Loads a state: the row's version and the events after the cached state's version, in one
     * statement.
     *
     * @param c the connection
     * @param ref the escalation
     * @return the state, or {@code null} when there is no such escalation
     */
    private @Nullable EscalationState load(Connection c, EscalationRef ref) throws SQLException {
        EscalationState base = cache.get(ref);
        for (int round = 0; round < 2; round++) {
            long from = base == null ? 0 : base.version();
            long rowVersion = -1;
            List<String> events = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(context.sql().escalationLoad)) {
                ps.setLong(1, from);
                ps.setString(2, ref.tenant().value());
                ps.setString(3, ref.id().value());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rowVersion = rs.getLong("row_version");
                        String payload = context.binder().json(rs, "payload");
                        if (payload != null) {
                            events.add(payload);
                        }
                    }
                }
            }
            if (rowVersion < 0) {
                return null;
            }
            if (rowVersion < from) {
                // The cache is ahead of what this transaction sees: fold the history it sees.
                base = null;
                continue;
            }
            return fold(ref, base, events, rowVersion);
        }
        throw new IllegalStateException("unreachable");
    }

    private static EscalationState fold(EscalationRef ref, @Nullable EscalationState base, List<String> events,
            long expectedVersion) {
        EscalationState state = base;
        for (String json : events) {
            try {
                EscalationEvent event = JSON.readEvent(json);
                state = state == null ? EscalationState.start(event) : state.apply(event);
            } catch (EscalationException e) {
                // Only a history written outside this store, or by lifecycle rules since changed, gets here.
                throw new StoreException("the stored history of escalation " + ref + " does not fold after version "
                        + (state == null ? 0 : state.version()), e);
            }
        }
        if (state == null || state.version() < expectedVersion) {
            throw new StoreException("the stored history of escalation " + ref + " ends before version "
                    + expectedVersion + ", the version of its row");
        }
        return state;
    }

    /** An escalation a query selected, at the version the query saw. */
    private record Candidate(EscalationRef ref, long version) {}

    private List<EscalationState> query(String op, String sql, TenantId tenant, JdbcEventFeed.Binding binding,
            Predicate<EscalationState> wanted, Comparator<EscalationState> order) {
        Checks.present(op, "tenant", tenant);
        return tx.read(op, c -> {
            List<Candidate> candidates = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, tenant.value());
                binding.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        candidates.add(new Candidate(EscalationRef.of(tenant, EscalationId.of(rs.getString(1))),
                                rs.getLong(2)));
                    }
                }
            }
            List<EscalationState> states = new ArrayList<>();
            for (EscalationState s : loadAll(c, tenant, candidates)) {
                if (wanted.test(s)) {
                    states.add(s);
                }
            }
            states.sort(order);
            return List.copyOf(states);
        }, states -> states.forEach(cache::offer));
    }

    /** A state to bring up to a version: the cached one (or none) and the version the query saw. */
    private record Behind(@Nullable EscalationState base, long version) {}

    private List<EscalationState> loadAll(Connection c, TenantId tenant, List<Candidate> candidates)
            throws SQLException {
        List<EscalationState> out = new ArrayList<>(candidates.size());
        Map<EscalationRef, Behind> behind = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            EscalationState cached = cache.get(candidate.ref());
            if (cached != null && cached.version() >= candidate.version()) {
                out.add(cached);
            } else {
                behind.put(candidate.ref(), new Behind(cached, candidate.version()));
            }
        }
        List<EscalationRef> refs = new ArrayList<>(behind.keySet());
        for (int start = 0; start < refs.size(); start += Sql.EVENT_BATCH) {
            List<EscalationRef> chunk = refs.subList(start, Math.min(refs.size(), start + Sql.EVENT_BATCH));
            Map<String, List<String>> events = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(context.sql().eventsAfter)) {
                ps.setString(1, tenant.value());
                int pairs = 2 + Sql.EVENT_BATCH;
                for (int i = 0; i < Sql.EVENT_BATCH; i++) {
                    EscalationRef ref = chunk.get(Math.min(i, chunk.size() - 1));
                    EscalationState base = behind.get(ref).base();
                    ps.setString(2 + i, ref.id().value());
                    ps.setString(pairs + 2 * i, ref.id().value());
                    ps.setLong(pairs + 2 * i + 1, base == null ? 0 : base.version());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(Objects.requireNonNull(context.binder().json(rs, "payload")));
                    }
                }
            }
            for (EscalationRef ref : chunk) {
                Behind b = behind.get(ref);
                out.add(fold(ref, b.base(), events.getOrDefault(ref.id().value(), List.of()), b.version()));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ queries

    @Override
    public List<EscalationState> openByCustomer(TenantId tenant, CustomerRef customer) {
        Checks.present("store.openByCustomer", "customer", customer);
        return query("store.openByCustomer", context.sql().openByCustomer, tenant, ps -> ps.setString(2, customer.value()),
                s -> s.status().isOpen() && s.escalation().customer().ref().equals(customer), NEWEST_FIRST);
    }

    @Override
    public List<EscalationState> queue(TenantId tenant, ActorId owner) {
        Checks.present("store.queue", "owner", owner);
        return query("store.queue", context.sql().queue, tenant, ps -> ps.setString(2, owner.value()),
                s -> s.status().isOpen() && s.owner() != null && s.owner().id().equals(owner), QUEUE_ORDER);
    }

    @Override
    public List<EscalationState> overdueCallbacks(TenantId tenant, Instant now) {
        Checks.instant("store.overdueCallbacks", "now", now);
        // The column is truncated to microseconds: select at or before now's microsecond, then decide exactly.
        return query("store.overdueCallbacks", context.sql().overdueCallbacks, tenant,
                ps -> context.binder().instant(ps, 2, now),
                s -> s.status().isOpen() && s.pendingCallback().map(cb -> cb.isOverdue(now)).orElse(false),
                MOST_OVERDUE_FIRST);
    }

    private static Instant deadline(EscalationState s) {
        return s.pendingCallback().map(CallbackRecord::promiseBy).orElse(s.escalation().raisedAt());
    }

    @Override
    public String toString() {
        return "JdbcEscalationStore[dialect=" + context.dialect() + ", tablePrefix=" + context.prefix()
                + ", cacheCapacity=" + cache.capacity() + "]";
    }
}
