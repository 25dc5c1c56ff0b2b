/**
 * Internal: the implementation of {@code io.escalation.jdbc}. Not exported by the module; these
 * classes may change or disappear in any release and are <em>not</em> supported for use by hosts.
 * The escalation store ({@link io.escalation.jdbc.internal.JdbcEscalationStore}, with its
 * {@link io.escalation.jdbc.internal.StateCache}) and the case library
 * ({@link io.escalation.jdbc.internal.JdbcCaseLibrary}) are built on
 * {@link io.escalation.jdbc.internal.Transactions}, {@link io.escalation.jdbc.internal.Sql},
 * {@link io.escalation.jdbc.internal.Binder} and {@link io.escalation.jdbc.internal.Outbox}.
 */
@NullMarked
package io.escalation.jdbc.internal;

import org.jspecify.annotations.NullMarked;
