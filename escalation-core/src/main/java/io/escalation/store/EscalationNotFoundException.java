package io.escalation.store;

import io.escalation.model.EscalationRef;

/** No escalation with this id exists for this tenant. */
public final class EscalationNotFoundException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final EscalationRef ref;

    /**
     * Creates the exception.
     *
     * @param ref the escalation looked for
     */
    public EscalationNotFoundException(EscalationRef ref) {
        super(ref == null ? "no escalation (none named)" : "tenant " + ref.tenant() + " has no escalation " + ref.id());
        this.ref = ref;
    }

    /**
     * Returns the escalation looked for.
     *
     * @return the ref
     */
    public EscalationRef ref() {
        return ref;
    }
}
