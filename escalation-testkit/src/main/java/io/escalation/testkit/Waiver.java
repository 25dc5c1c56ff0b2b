package io.escalation.testkit;

import java.util.Objects;

/**
 * Switches one property of a contract suite off, with the reason a center's rules differ. A waived
 * property is never skipped silently: the suite reports it as skipped (a JUnit assumption failure
 * with the reason) and prints a line naming the property and the reason.
 *
 * <pre>{@code
 * @Override
 * protected Set<Waiver> waivers() {
 *     return Set.of(Waiver.of(RoutingPolicyContract.Law.HARASSMENT,
 *             "harassment goes to our legal desk, which is not on the ladder"));
 * }
 * }</pre>
 *
 * @param law the property switched off, a constant of the contract's {@code Law} enum
 * @param reason why it does not apply to this center; not blank
 */
public record Waiver(Enum<?> law, String reason) {

    /**
     * Validates the waiver.
     *
     * @throws IllegalArgumentException if the reason is blank
     */
    public Waiver {
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank: say why " + law
                    + " does not hold for your center");
        }
    }

    /**
     * Returns a waiver.
     *
     * @param law the property switched off
     * @param reason why it does not apply
     * @return the waiver
     */
    public static Waiver of(Enum<?> law, String reason) {
        return new Waiver(law, reason);
    }
}
