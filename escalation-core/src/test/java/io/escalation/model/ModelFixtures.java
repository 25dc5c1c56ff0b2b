package io.escalation.model;

/** Shared fixtures for the core's example tests. */
public final class ModelFixtures {

    private ModelFixtures() {}

    /**
     * Returns a builder holding the seeds' mail-setup escalation with only the required facts.
     *
     * @return a builder
     */
    public static Escalation.Builder seed() {
        return ModelValidationTest.seed();
    }
}
