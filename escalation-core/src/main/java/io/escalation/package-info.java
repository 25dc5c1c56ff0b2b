/**
 * The Escalation SDK's root package: the exception hierarchy shared by every module.
 *
 * <p>Everything the SDK throws on purpose extends {@link io.escalation.EscalationException}.
 */
@NullMarked
package io.escalation;

import org.jspecify.annotations.NullMarked;
