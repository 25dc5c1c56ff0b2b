/**
 * The life of an escalation: statuses, the sealed event hierarchy, the state as a fold of events
 * with authority checks, SLA clocks, and the {@link io.escalation.lifecycle.EscalationDesk} facade.
 */
@NullMarked
package io.escalation.lifecycle;

import org.jspecify.annotations.NullMarked;
