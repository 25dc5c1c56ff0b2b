/**
 * A vendor's routing for a bank contact center: {@link io.escalation.examples.vendor.BankCenterPolicy}
 * in Java, the {@code bank-rules.json} rule set, and the two {@link io.escalation.routing.spi.RoutingPolicyProvider}s
 * that make them available by name. Copy this package as the skeleton of your own policy jar.
 */
@NullMarked
package io.escalation.examples.vendor;

import org.jspecify.annotations.NullMarked;
