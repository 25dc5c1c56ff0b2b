package io.escalation.examples.vendor;

import io.escalation.routing.RoutingPolicies;
import io.escalation.routing.RoutingPolicy;
import io.escalation.routing.spi.RoutingPolicyProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Registers the JSON rule set {@value #RESOURCE} (shipped in this jar) under the name
 * {@value #NAME}. The rule set is read and parsed once, the first time a host asks for it; a
 * broken rule set fails that call with {@link io.escalation.routing.RuleSetException} naming the
 * rule and the JSON pointer.
 */
public final class BankRulesProvider implements RoutingPolicyProvider {

    /** The name the rule set is registered under (the {@code "name"} in the JSON). */
    public static final String NAME = "bank-rules";

    /** The resource holding the rule set, next to this class. */
    public static final String RESOURCE = "bank-rules.json";

    /** Creates the provider (called by the service loader). */
    public BankRulesProvider() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RoutingPolicy policy() {
        return Holder.POLICY;
    }

    /**
     * Returns the rule set's JSON as shipped.
     *
     * @return the document
     * @throws UncheckedIOException when the resource is missing or unreadable
     */
    public static String json() {
        try (InputStream in = BankRulesProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("resource " + RESOURCE + " is missing from the jar"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }

    /** Parses the rule set lazily, once. */
    private static final class Holder {
        static final RoutingPolicy POLICY = RoutingPolicies.fromJson(json());
    }
}
