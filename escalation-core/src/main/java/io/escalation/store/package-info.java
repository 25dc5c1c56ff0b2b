/**
 * The persistence SPI ({@link io.escalation.store.EscalationStore}, {@link io.escalation.store.CaseLibrary})
 * that the JDBC module implements, with thread-safe in-memory implementations for tests and small
 * hosts. Every call is scoped by tenant.
 */
@NullMarked
package io.escalation.store;

import org.jspecify.annotations.NullMarked;
