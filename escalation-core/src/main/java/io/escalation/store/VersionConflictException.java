package io.escalation.store;

import io.escalation.model.EscalationRef;

/**
 * Someone else appended to the escalation first: the expected version is not the stored one.
 * Reload and decide again. Nothing was written.
 */
public final class VersionConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final EscalationRef ref;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * Creates the exception.
     *
     * @param ref the escalation
     * @param expectedVersion the version the writer based its events on
     * @param actualVersion the version found in the store, or -1 when the store cannot tell
     */
    public VersionConflictException(EscalationRef ref, long expectedVersion, long actualVersion) {
        super("escalation " + ref + " is at version " + (actualVersion < 0 ? "(unknown)" : actualVersion)
                + ", not the expected " + expectedVersion);
        this.ref = ref;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /**
     * Returns the escalation.
     *
     * @return the ref
     */
    public EscalationRef ref() {
        return ref;
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
     * @return the actual version, or -1 when the store cannot tell
     */
    public long actualVersion() {
        return actualVersion;
    }
}
