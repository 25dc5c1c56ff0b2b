/**
 * Internal: the implementation of {@code io.escalation.jdbc}. Not exported by the module; these
 * classes may change or disappear in any release and are <em>not</em> supported for use by hosts.
 * The escalation store and case library will be built on {@link io.escalation.jdbc.internal.Transactions},
 * {@link io.escalation.jdbc.internal.Sql}, {@link io.escalation.jdbc.internal.Binder} and
 * {@link io.escalation.jdbc.internal.Outbox}.
 */
@NullMarked
package io.escalation.jdbc.internal;

import org.jspecify.annotations.NullMarked;
