/**
 * The desk: the facade a host calls all day. {@link io.escalation.desk.EscalationDesk} raises
 * escalations (routing them with what it knows of the customer), applies every lifecycle step
 * through one write path ({@code apply(ref, actor, change)}), plans callbacks and answers the
 * floor's questions, over any {@link io.escalation.store.EscalationStore}.
 */
@NullMarked
package io.escalation.desk;

import org.jspecify.annotations.NullMarked;
