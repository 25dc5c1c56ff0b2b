/**
 * The Escalation SDK core: the escalation model and everything that computes on it, without I/O.
 *
 * <p>Only API packages are exported; {@code io.escalation.internal.*} is implementation.
 */
module io.escalation.core {
    requires transitive tools.jackson.databind;
    requires transitive jakarta.validation;
    requires org.slf4j;
    requires static transitive org.jspecify;

    exports io.escalation;
    exports io.escalation.model;
    exports io.escalation.json;
    exports io.escalation.lifecycle;
    exports io.escalation.store;
    exports io.escalation.desk;
    exports io.escalation.text;
    exports io.escalation.routing;
    exports io.escalation.routing.spi;
    exports io.escalation.callback;
    exports io.escalation.briefing;
    exports io.escalation.sla;

    uses io.escalation.routing.spi.RoutingPolicyProvider;
    provides io.escalation.routing.spi.RoutingPolicyProvider
            with io.escalation.internal.routing.StandardPolicyProvider;

    // Jackson reads the model's and the lifecycle's records reflectively, and our mix-ins and
    // (de)serializers; a host's own Jakarta validator reads the model's constraints.
    opens io.escalation.model to tools.jackson.databind, jakarta.validation;
    opens io.escalation.lifecycle to tools.jackson.databind;
    opens io.escalation.store to tools.jackson.databind;
    opens io.escalation.internal.json to tools.jackson.databind;
}
