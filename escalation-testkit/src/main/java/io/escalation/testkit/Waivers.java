package io.escalation.testkit;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/** Applies a contract's waivers: reports a waived law as skipped, with its reason. Uses JUnit. */
final class Waivers {

    private Waivers() {}

    /**
     * Aborts the running test (JUnit reports it as skipped, with the reason) when {@code law} is
     * waived; rejects waivers of another contract's laws and laws waived twice.
     */
    static <L extends Enum<L>> void skipIfWaived(Object suite, Set<Waiver> waivers, L law) {
        Set<Enum<?>> seen = new HashSet<>();
        for (Waiver w : waivers) {
            if (w.law().getDeclaringClass() != law.getDeclaringClass()) {
                throw new IllegalArgumentException("the waiver of " + name(w.law()) + " does not belong to a "
                        + name(law).substring(0, name(law).lastIndexOf('.')));
            }
            if (!seen.add(w.law())) {
                throw new IllegalArgumentException(name(w.law()) + " is waived twice; give one reason");
            }
        }
        for (Waiver w : waivers) {
            if (w.law() == law) {
                String line = suiteName(suite) + ": " + name(law) + " waived: " + w.reason();
                System.out.println("[escalation-testkit] " + line);
                Assumptions.abort(line);
            }
        }
    }

    private static String suiteName(Object suite) {
        String simple = suite.getClass().getSimpleName();
        return simple.isEmpty() ? suite.getClass().getName() : simple;
    }

    /** Names a law as {@code RoutingPolicyContract.HARASSMENT}: its contract and its constant. */
    static String name(Enum<?> law) {
        Class<?> type = law.getDeclaringClass();
        Class<?> contract = type.getEnclosingClass();
        return (contract != null ? contract.getSimpleName() : type.getSimpleName()) + "." + law.name();
    }
}
