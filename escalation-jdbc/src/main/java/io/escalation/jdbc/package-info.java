/**
 * JDBC persistence for escalations on PostgreSQL, MariaDB/MySQL and H2, for hosts that run
 * several application nodes on one database: the escalation store and the case library, the
 * transactional outbox and its feed, timers and migrations. Start with
 * {@link io.escalation.jdbc.JdbcEscalations#builder(javax.sql.DataSource)}.
 *
 * <p>The module brings no connection pool and holds nothing global: connections come from the
 * host's {@link javax.sql.DataSource} (or a {@link java.sql.Connection} the host hands in) and are
 * returned after every operation. Every operation joins the host's transaction when one is open on
 * its connection and otherwise runs in a transaction of its own. Every failure of the database is a
 * {@link io.escalation.jdbc.JdbcException} (a {@link io.escalation.store.StoreException}), whose
 * messages carry operations and SQLSTATEs, never parameter values or driver messages; the store's
 * own refusals are the store SPI's exceptions ({@link io.escalation.store.VersionConflictException},
 * {@link io.escalation.store.IdempotencyConflictException}, ...).
 */
@NullMarked
package io.escalation.jdbc;

import org.jspecify.annotations.NullMarked;
