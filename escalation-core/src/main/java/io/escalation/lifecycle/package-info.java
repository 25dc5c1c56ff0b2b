/**
 * The life of an escalation: statuses, the event envelope {@link io.escalation.lifecycle.EscalationEvent}
 * around one {@link io.escalation.lifecycle.Change}, the vocabulary table
 * {@link io.escalation.lifecycle.Action}, the state as a fold of events with authority checks, and
 * SLA clocks. Depends on the model only.
 */
@NullMarked
package io.escalation.lifecycle;

import org.jspecify.annotations.NullMarked;
