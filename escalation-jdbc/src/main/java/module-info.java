/**
 * Persistence for the Escalation SDK on PostgreSQL, MariaDB/MySQL and H2: the escalation store and
 * the case library, migrations, the transactional outbox and event feed, and timers with leases. Entry point:
 * {@link io.escalation.jdbc.JdbcEscalations#builder(javax.sql.DataSource)}.
 *
 * <p>Only {@code io.escalation.jdbc} is exported; {@code io.escalation.jdbc.internal} is
 * implementation.
 */
module io.escalation.jdbc {
    requires transitive java.sql;
    requires transitive io.escalation.core;
    requires org.slf4j;
    requires static transitive org.jspecify;

    exports io.escalation.jdbc;
}
