package io.escalation.store;

import io.escalation.model.EscalationRef;
import io.escalation.model.IdempotencyKey;
import io.escalation.model.TenantId;

/**
 * An escalation was raised again with an idempotency key already used for a different
 * escalation. Nothing was written.
 */
public final class IdempotencyConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final @org.jspecify.annotations.Nullable TenantId tenant;
    private final IdempotencyKey key;
    private final EscalationRef existing;

    /**
     * Creates the exception.
     *
     * @param key the reused key
     * @param existing the escalation the key already belongs to
     */
    public IdempotencyConflictException(IdempotencyKey key, EscalationRef existing) {
        super(existing == null ? "the idempotency key already belongs to another escalation"
                : "tenant " + existing.tenant() + ": the idempotency key already belongs to escalation "
                + existing.id() + ", raised with a different payload");
        this.tenant = existing == null ? null : existing.tenant();
        this.key = key;
        this.existing = existing;
    }

    /**
     * Returns the tenant.
     *
     * @return the tenant
     */
    public @org.jspecify.annotations.Nullable TenantId tenant() {
        return tenant;
    }

    /**
     * Returns the reused key.
     *
     * @return the key
     */
    public IdempotencyKey key() {
        return key;
    }

    /**
     * Returns the escalation the key belongs to.
     *
     * @return its ref
     */
    public EscalationRef existing() {
        return existing;
    }
}
