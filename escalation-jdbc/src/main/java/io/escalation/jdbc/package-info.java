/**
 * JDBC persistence for escalations on PostgreSQL, MariaDB/MySQL and H2, for hosts that run
 * several application nodes on one database. Start with {@link io.escalation.jdbc.JdbcEscalations#builder(javax.sql.DataSource)}.
 *
 * <p>The module brings no connection pool and holds nothing global: connections come from the
 * host's {@link javax.sql.DataSource} (or a {@link java.sql.Connection} the host hands in) and are
 * returned after every operation. Every operation joins the host's transaction when one is open on
 * its connection and otherwise runs in a transaction of its own. Every failure is a {@link
 * io.escalation.jdbc.JdbcException}, whose messages carry operations and SQLSTATEs, never
 * parameter values or driver messages.
 */
@NullMarked
package io.escalation.jdbc;

import org.jspecify.annotations.NullMarked;
