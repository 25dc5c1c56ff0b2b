package io.escalation.store;

import io.escalation.model.EscalationId;
import io.escalation.model.TenantId;

/** No escalation with this id exists for this tenant. */
public final class EscalationNotFoundException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final TenantId tenant;
    private final EscalationId escalationId;

    /**
     * Creates the exception.
     *
     * @param tenant the tenant
     * @param escalationId the id looked for
     */
    public EscalationNotFoundException(TenantId tenant, EscalationId escalationId) {
        super("tenant " + tenant + " has no escalation " + escalationId);
        this.tenant = tenant;
        this.escalationId = escalationId;
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
     * Returns the id looked for.
     *
     * @return the id
     */
    public EscalationId escalationId() {
        return escalationId;
    }
}
