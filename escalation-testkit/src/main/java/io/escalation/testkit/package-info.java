/**
 * The Escalation SDK test kit: a property-test harness ({@link io.escalation.testkit.Property},
 * {@link io.escalation.testkit.Gen}, {@link io.escalation.testkit.Gens}), domain generators that
 * narrow in the domain's words, all reachable from {@link io.escalation.testkit.EscalationGens},
 * a {@link io.escalation.testkit.TestClock}, and contract suites for a center's own code:
 * {@link io.escalation.testkit.RoutingPolicyContract},
 * {@link io.escalation.testkit.BusinessCalendarContract},
 * {@link io.escalation.testkit.HolidayProviderContract},
 * {@link io.escalation.testkit.CallbackPlanContract},
 * {@link io.escalation.testkit.EscalationStoreContract} and
 * {@link io.escalation.testkit.CaseLibraryContract}, whose laws can be waived with a stated reason
 * ({@link io.escalation.testkit.Waiver}).
 *
 * <p>No custom test engine: properties run inside plain JUnit Jupiter (or any framework) tests and
 * fail with an {@link java.lang.AssertionError}. Only the contract suites use JUnit Jupiter (an
 * optional dependency, 5.10 or later); the generators and the harness do not.
 */
@NullMarked
package io.escalation.testkit;

import org.jspecify.annotations.NullMarked;
