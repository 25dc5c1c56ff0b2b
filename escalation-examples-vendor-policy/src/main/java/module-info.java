/**
 * A bank contact center's routing, shipped the way a vendor ships a policy: a Java policy
 * ({@code "bank-center"}) and a JSON rule set ({@code "bank-rules"}), both found by name with
 * {@code RoutingPolicies.named(...)}. Registered here with {@code provides} for the module path and
 * in {@code META-INF/services} for the class path.
 */
module io.escalation.examples.vendor {
    requires transitive io.escalation.core;
    requires static org.jspecify;

    exports io.escalation.examples.vendor;

    provides io.escalation.routing.spi.RoutingPolicyProvider
            with io.escalation.examples.vendor.BankCenterPolicyProvider,
                 io.escalation.examples.vendor.BankRulesProvider;
}
