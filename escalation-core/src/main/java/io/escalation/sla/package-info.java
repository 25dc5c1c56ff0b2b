/**
 * SLA targets that warn before they break: {@link io.escalation.sla.SlaTargets} per metric,
 * priority and request kind, measured in the business time of a versioned
 * {@link io.escalation.sla.SlaCalendar}, and the {@link io.escalation.sla.SlaDeadline}s they give
 * an escalation, recomputed from its history.
 */
@NullMarked
package io.escalation.sla;

import org.jspecify.annotations.NullMarked;
