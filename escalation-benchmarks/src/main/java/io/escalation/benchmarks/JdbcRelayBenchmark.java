package io.escalation.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import io.escalation.jdbc.EventFeed;
import io.escalation.jdbc.FeedEntry;
import io.escalation.jdbc.JdbcEscalations;
import io.escalation.json.EscalationJson;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.model.Escalation;
import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.PublishOptions;
import io.nats.client.api.PublishAck;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Relaying the outbox to NATS JetStream, in events per second end to end, one relay thread: the
 * library's feed ({@link EventFeed#after}: number the newly committed rows, read the next
 * {@value #BATCH}), a JetStream publish of each entry with its event id as message id (asynchronous,
 * every ack awaited), then {@link EventFeed#saveCheckpoint}; against a baseline that publishes the
 * same payloads, {@value #BATCH} at a time with unique message ids, straight to JetStream. The outbox
 * holds {@link #EVENTS} committed, unnumbered rows (an instruction event's document, written on the
 * server in the set-up); the stream is in memory, of this fork's own, and deleted in the tear-down.
 * The tear-down fails the run if the feed ran dry. NATS at {@code nats://127.0.0.1:4222} (property
 * {@code escalation.bench.nats.url}); when it is unreachable the set-up fails with a message saying
 * so, and {@code run.sh} leaves the benchmark out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@OperationsPerInvocation(JdbcRelayBenchmark.BATCH)
public class JdbcRelayBenchmark {

    /**
     * Entries read, published and checkpointed per round: {@link EventFeed#MAX_BATCH}, which is
     * also how many rows one feed call numbers, so that a round numbers as many rows as it relays
     * (with rounds of 100, each round numbered 1,000 rows of the backlog and relayed 100).
     */
    static final int BATCH = EventFeed.MAX_BATCH;
    /** Outbox rows loaded for a trial. */
    static final int EVENTS = 200_000;
    private static final String TENANT = RaiseInputs.TENANT.value();
    private static final String CONSUMER = "nats-relay";

    /** The database. */
    @Param({"postgresql", "mariadb", "h2"})
    public String db;

    /** Set by {@link #setUp}. */
    private HikariDataSource pool;
    private String prefix;
    private EventFeed feed;
    private Connection nats;
    private JetStream js;
    private String stream;
    private String subject;
    private long checkpoint;
    private byte[] payload;
    private long baselineIds;
    private long shortRounds;

    /**
     * Returns the NATS URL.
     *
     * @return the configured or default URL
     */
    static String natsUrl() {
        return System.getProperty("escalation.bench.nats.url", "nats://127.0.0.1:4222");
    }

    /**
     * Connects to NATS, creates the stream, migrates and fills the outbox.
     *
     * @throws Exception when NATS or the database is unreachable
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        try {
            nats = Nats.connect(new Options.Builder().server(natsUrl()).connectionTimeout(Duration.ofSeconds(2))
                    .maxReconnects(0).build());
        } catch (IOException e) {
            throw new IllegalStateException("NATS is not reachable at " + natsUrl() + ": the relay benchmark needs"
                    + " a NATS server with JetStream (nats-server -js); leave it out with -e JdbcRelay", e);
        }
        JdbcTarget target = JdbcTarget.of(db);
        prefix = JdbcTarget.uniquePrefix("b_relay");
        stream = prefix.toUpperCase(Locale.ROOT) + "OUTBOX";
        subject = prefix.replace("_", "") + ".escalation";
        JetStreamManagement jsm = nats.jetStreamManagement();
        jsm.addStream(StreamConfiguration.builder().name(stream).subjects(subject).storageType(StorageType.Memory)
                .maxBytes(512L << 20).duplicateWindow(Duration.ofMinutes(2)).build());
        js = nats.jetStream();
        pool = target.pool("bench-relay", 2);
        JdbcEscalations jdbc = JdbcEscalations.builder(pool).tablePrefix(prefix).build();
        jdbc.migrate();
        feed = jdbc.events();
        String json = document();
        payload = json.getBytes(StandardCharsets.UTF_8);
        for (int from = 1; from <= EVENTS; from += 50_000) {
            try (java.sql.Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO " + prefix + "outbox (tenant_id, id, aggregatetype, aggregateid, type, payload,"
                            + " created_at) SELECT '" + TENANT + "', " + target.uuidOf("g") + ", 'escalation', "
                            + target.concat("'e-'", target.text("g")) + ", 'instructed', " + target.json() + ", "
                            + target.timestamp(LookupData.FILLER_RAISED) + " FROM "
                            + target.series(from, Math.min(EVENTS, from + 49_999)))) {
                ps.setString(1, json);
                ps.executeUpdate();
            }
        }
        // Without fresh statistics PostgreSQL's generic plan of the numbering UPDATE (prepared after 5
        // runs) looks rows up through the (tenant_id, seq) index with "seq IS NULL", i.e. through
        // every unnumbered row: 30-50 s per round of 100 on a backlog of 150,000 rows. See the report.
        target.analyze(pool, prefix + "outbox");
        checkpoint = feed.checkpoint(TENANT, CONSUMER);
    }

    /** The relayed document: an instruction to an escalation of the raise benchmark's inputs. */
    private static String document() {
        Escalation e = RaiseInputs.generate().template(3).escalation().toBuilder().id("e-1").build();
        EscalationEvent raised = RaiseInputs.raise(e);
        return EscalationJson.create().write(new EscalationEvent(e.ref(), 2, raised.at().plusSeconds(90),
                Actor.supervisor("sv-1"), Change.instructed("お客様に返金の手続きをご案内してください")));
    }

    /**
     * Deletes the stream and the tables; fails when the feed ran dry during the run.
     *
     * @throws IOException when NATS fails
     * @throws JetStreamApiException when the stream cannot be deleted
     * @throws InterruptedException when interrupted
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException, JetStreamApiException, InterruptedException {
        try {
            if (nats != null) {
                nats.jetStreamManagement().deleteStream(stream);
                nats.close();
            }
        } finally {
            if (pool != null) {
                JdbcTarget.drop(pool, prefix);
                pool.close();
            }
        }
        if (shortRounds > 0) {
            throw new IllegalStateException(shortRounds + " relay rounds found fewer than " + BATCH
                    + " entries: the outbox ran dry, load more than " + EVENTS);
        }
    }

    /**
     * One relay round: read the next entries, publish them, save the checkpoint.
     *
     * @return the checkpoint saved
     */
    @Benchmark
    public long relay() {
        List<FeedEntry> entries = feed.after(TENANT, checkpoint, BATCH);
        if (entries.size() < BATCH) {
            shortRounds++;
        }
        CompletableFuture<?>[] acks = new CompletableFuture<?>[entries.size()];
        for (int i = 0; i < acks.length; i++) {
            FeedEntry entry = entries.get(i);
            acks[i] = js.publishAsync(subject, entry.payloadJson().getBytes(StandardCharsets.UTF_8),
                    PublishOptions.builder().messageId(entry.eventId().toString()).build());
        }
        CompletableFuture.allOf(acks).join();
        if (!entries.isEmpty()) {
            checkpoint = feed.saveCheckpoint(TENANT, CONSUMER, entries.get(entries.size() - 1).seq());
        }
        return checkpoint;
    }

    /**
     * Baseline of {@link #relay}: the same number of the same payloads published straight to
     * JetStream with unique message ids.
     *
     * @return the last ack's stream sequence
     */
    @Benchmark
    public long baselineRelay() {
        @SuppressWarnings("unchecked")
        CompletableFuture<PublishAck>[] acks = new CompletableFuture[BATCH];
        for (int i = 0; i < BATCH; i++) {
            acks[i] = js.publishAsync(subject, payload,
                    PublishOptions.builder().messageId("b-" + ++baselineIds).build());
        }
        CompletableFuture.allOf(acks).join();
        return acks[BATCH - 1].join().getSeqno();
    }
}
