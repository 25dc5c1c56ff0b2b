package io.escalation.examples.cluster;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.escalation.desk.EscalationDesk;
import io.escalation.jdbc.JdbcEscalations;
import io.escalation.routing.RoutingPolicy;
import io.escalation.sla.SlaTargets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * One application node: its own connection pool on the shared database, its own
 * {@link JdbcEscalations} (its node id, the cluster's table prefix), a desk over the shared store and
 * a worker for the shared timers. Nodes share nothing in memory; they meet in the database.
 *
 * <p>Thread-safe. {@link #close()} closes the node's pool.
 */
public final class ClusterNode implements AutoCloseable {

    private final String id;
    private final HikariDataSource pool;
    private final JdbcEscalations jdbc;
    private final EscalationDesk desk;
    private final DueTimers timers;

    private ClusterNode(String id, HikariDataSource pool, JdbcEscalations jdbc, EscalationDesk desk, DueTimers timers) {
        this.id = id;
        this.pool = pool;
        this.jdbc = jdbc;
        this.desk = desk;
        this.timers = timers;
    }

    /**
     * What a node needs to start.
     *
     * @param nodeId the node's id, 1 to 64 characters, unique in the cluster
     * @param jdbcUrl the shared database
     * @param tablePrefix the cluster's table prefix (the same on every node)
     * @param poolSize the node's pool size
     * @param clock the node's clock
     * @param routing the desk's routing policy
     * @param slaTargets the center's SLA targets
     * @param lease how long the node's timer claims last
     * @param reminders performs the node's callback reminders
     */
    public record Config(String nodeId, String jdbcUrl, String tablePrefix, int poolSize, Clock clock,
            RoutingPolicy routing, SlaTargets slaTargets, Duration lease, DueTimers.ReminderSink reminders) {

        /** Checks that nothing is missing. */
        public Config {
            Objects.requireNonNull(nodeId, "nodeId");
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Objects.requireNonNull(tablePrefix, "tablePrefix");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(routing, "routing");
            Objects.requireNonNull(slaTargets, "slaTargets");
            Objects.requireNonNull(lease, "lease");
            Objects.requireNonNull(reminders, "reminders");
        }
    }

    /**
     * Starts a node: opens its pool and builds its module, desk and timer worker. Does not migrate;
     * call {@code jdbc().migrate()} on any node (it is safe on all of them at once).
     *
     * @param config the node's configuration
     * @return the node
     * @throws UnreachableException when the database does not answer
     */
    public static ClusterNode start(Config config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setMinimumIdle(0);
        hikari.setConnectionTimeout(5_000);
        hikari.setPoolName("escalation-" + config.nodeId());
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari);
        } catch (HikariPool.PoolInitializationException e) {
            throw new UnreachableException("PostgreSQL", Tables.hostOf(config.jdbcUrl()), e);
        }
        try {
            JdbcEscalations jdbc = JdbcEscalations.builder(pool).tablePrefix(config.tablePrefix())
                    .nodeId(config.nodeId()).clock(config.clock()).build();
            EscalationDesk desk = EscalationDesk.builder().store(jdbc.store()).routing(config.routing())
                    .clock(config.clock()).slaTargets(config.slaTargets()).build();
            DueTimers timers = new DueTimers(config.nodeId(), jdbc.timers(), desk, config.clock(), config.lease(),
                    config.reminders());
            return new ClusterNode(config.nodeId(), pool, jdbc, desk, timers);
        } catch (io.escalation.jdbc.JdbcException e) {
            pool.close();
            throw new UnreachableException("PostgreSQL", Tables.hostOf(config.jdbcUrl()), e);
        }
    }

    /**
     * Returns the node's id.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Returns the node's JDBC module.
     *
     * @return the module
     */
    public JdbcEscalations jdbc() {
        return jdbc;
    }

    /**
     * Returns the node's desk.
     *
     * @return the desk
     */
    public EscalationDesk desk() {
        return desk;
    }

    /**
     * Returns the node's timer worker.
     *
     * @return the worker
     */
    public DueTimers timers() {
        return timers;
    }

    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "ClusterNode[" + id + ", tablePrefix=" + jdbc.tablePrefix() + "]";
    }
}
