package io.escalation.store;

import io.escalation.model.EscalationId;
import io.escalation.model.IdempotencyKey;
import io.escalation.model.TenantId;

/**
 * An escalation was raised again with an idempotency key already used for a different
 * escalation. Nothing was written.
 */
public final class IdempotencyConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final TenantId tenant;
    private final IdempotencyKey key;
    private final EscalationId existing;

    /**
     * Creates the exception.
     *
     * @param tenant the tenant
     * @param key the reused key
     * @param existing the escalation the key already belongs to
     */
    public IdempotencyConflictException(TenantId tenant, IdempotencyKey key, EscalationId existing) {
        super("tenant " + tenant + ": idempotency key " + key + " already belongs to escalation " + existing
                + " with a different payload");
        this.tenant = tenant;
        this.key = key;
        this.existing = existing;
    }

    /**
     * Returns the tenant.
     *
     * @return the tenant
     */
    public TenantId tenant() {
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
     * @return its id
     */
    public EscalationId existing() {
        return existing;
    }
}
