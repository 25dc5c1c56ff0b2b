/**
 * The Escalation SDK test kit: a property-test harness ({@link io.escalation.testkit.Property},
 * {@link io.escalation.testkit.Gen}, {@link io.escalation.testkit.Gens}) and generators for the
 * whole model ({@link io.escalation.testkit.EscalationGens}).
 *
 * <p>No custom test engine: properties run inside plain JUnit Jupiter (or any framework) tests and
 * fail with an {@link java.lang.AssertionError}.
 */
@NullMarked
package io.escalation.testkit;

import org.jspecify.annotations.NullMarked;
