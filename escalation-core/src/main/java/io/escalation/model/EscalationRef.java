package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotNull;

/**
 * The key of an escalation everywhere: its tenant and its id within the tenant, as one value
 * (stores, the desk, events and errors all take it). Two tenants may use the same escalation
 * id; a ref never mixes them up.
 *
 * @param tenant the tenant
 * @param id the escalation's id within the tenant
 */
public record EscalationRef(@NotNull TenantId tenant, @NotNull EscalationId id) {

    /**
     * Validates the parts.
     *
     * @throws io.escalation.InvalidEscalationException if a part is missing
     */
    public EscalationRef {
        if (tenant == null || id == null) {
            Checks.validate(EscalationRef.class, tenant, id);
        }
    }

    /**
     * Returns the ref for a tenant and an id.
     *
     * @param tenant the tenant
     * @param id the escalation's id
     * @return the ref
     */
    public static EscalationRef of(TenantId tenant, EscalationId id) {
        return new EscalationRef(tenant, id);
    }

    /**
     * Returns the ref for a tenant and an id given as text.
     *
     * @param tenant the tenant's id
     * @param id the escalation's id
     * @return the ref
     * @throws io.escalation.InvalidEscalationException if either is not a valid code
     */
    public static EscalationRef of(String tenant, String id) {
        var check = Checks.building(EscalationRef.class);
        TenantId t = check.attempt("tenant", () -> TenantId.of(tenant));
        EscalationId i = check.attempt("id", () -> EscalationId.of(id));
        check.done();
        return new EscalationRef(java.util.Objects.requireNonNull(t), java.util.Objects.requireNonNull(i));
    }

    /**
     * Returns {@code tenant/id}, e.g. {@code acme-support/esc-2026-0001}; ids are codes, never
     * personal data.
     *
     * @return the ref as text
     */
    @Override
    public String toString() {
        return tenant.value() + "/" + id.value();
    }
}
