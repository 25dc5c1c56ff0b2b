package io.escalation.store;

import io.escalation.model.EscalationId;

/**
 * Someone else appended to the escalation first: the expected version is not the stored one.
 * Reload and decide again. Nothing was written.
 */
public final class ConcurrentModificationException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final EscalationId escalationId;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * Creates the exception.
     *
     * @param escalationId the escalation
     * @param expectedVersion the version the writer based its events on
     * @param actualVersion the version found in the store
     */
    public ConcurrentModificationException(EscalationId escalationId, long expectedVersion, long actualVersion) {
        super("escalation " + escalationId + " is at version " + actualVersion + ", not the expected "
                + expectedVersion);
        this.escalationId = escalationId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /**
     * Returns the escalation.
     *
     * @return the id
     */
    public EscalationId escalationId() {
        return escalationId;
    }

    /**
     * Returns the version the writer expected.
     *
     * @return the expected version
     */
    public long expectedVersion() {
        return expectedVersion;
    }

    /**
     * Returns the version in the store.
     *
     * @return the actual version
     */
    public long actualVersion() {
        return actualVersion;
    }
}
