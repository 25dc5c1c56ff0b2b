package io.escalation.examples.cluster;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real services the cluster tests run against: PostgreSQL on 127.0.0.1:5432 (database
 * {@code test}, trust) and NATS with JetStream on 127.0.0.1:4222, overridable with the system
 * properties {@code escalation.test.postgres.url} and {@code escalation.test.nats.url}.
 *
 * <p>As in the JDBC module's tests: when a service is unreachable the test is skipped on a
 * developer machine, but fails when the environment variable {@code CI} is {@code true}, because CI
 * must never pass by skipping.
 */
final class Services {

    private Services() {}

    static String postgres() {
        String url = System.getProperty("escalation.test.postgres.url", ClusterDemo.DEFAULT_JDBC_URL);
        try {
            Tables.probe(url);
        } catch (UnreachableException e) {
            unreachable(e);
        }
        return url;
    }

    static String nats() {
        String url = System.getProperty("escalation.test.nats.url", ClusterDemo.DEFAULT_NATS_URL);
        try (Broker probe = Broker.connect(url, "escalation-test-probe")) {
            probe.requireJetStream();
        } catch (UnreachableException e) {
            unreachable(e);
        }
        return url;
    }

    private static void unreachable(UnreachableException e) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(e.getMessage() + "; CI needs every service", e);
        }
        assumeTrue(false, e.getMessage() + "; skipped outside CI");
    }
}
