/**
 * Implementation of {@code io.escalation.briefing}: template sets with validated overrides.
 * Not exported.
 */
@NullMarked
package io.escalation.internal.briefing;

import org.jspecify.annotations.NullMarked;
