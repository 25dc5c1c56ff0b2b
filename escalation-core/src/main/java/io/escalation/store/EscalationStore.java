package io.escalation.store;

import io.escalation.internal.store.Queries;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.ActorId;
import io.escalation.model.CustomerRef;
import io.escalation.model.Escalation;
import io.escalation.model.EscalationRef;
import io.escalation.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where escalations live: an append-only history per escalation, keyed by {@link EscalationRef}
 * (tenant and id), every query scoped by tenant.
 *
 * <p>Implementations must be thread-safe and safe with several application nodes on one
 * database: {@link #append} succeeds for exactly one writer per expected version, and
 * {@link #create} creates at most one escalation per (tenant, idempotency key). A store never
 * accepts an event that {@link EscalationState#apply} refuses, so a stored history always folds,
 * and a refused batch leaves nothing behind. {@code io.escalation.testkit.EscalationStoreContract}
 * holds the tests every implementation passes.
 */
public interface EscalationStore {

    /**
     * The result of {@link #create}: the stored state and whether this call created it.
     *
     * @param state the escalation's state in the store
     * @param created {@code false} when the idempotency key already named this escalation
     */
    record Created(EscalationState state, boolean created) {}

    /**
     * Returns whether a raise may return an escalation already stored under its idempotency key:
     * whether the two carry the same payload, equal apart from id and raise instant. Every store
     * decides {@link #create} by this rule.
     *
     * @param raised the escalation being raised
     * @param stored the escalation stored under the same key
     * @return {@code true} when {@code create} returns {@code stored} with {@code created == false};
     *     {@code false} when it throws {@link IdempotencyConflictException}
     */
    static boolean samePayload(Escalation raised, Escalation stored) {
        io.escalation.internal.validation.Checks.building(EscalationStore.class)
                .require(raised != null, "raised", "NotNull", "must not be null", null)
                .require(stored != null, "stored", "NotNull", "must not be null", null).done();
        return Queries.samePayload(raised, stored);
    }

    /**
     * Stores a new escalation from its raise event.
     *
     * <p>If the escalation has an idempotency key already used in the tenant: for the same payload
     * (the escalation equal apart from its id and raise instant) the existing escalation is returned
     * with {@code created == false}; for another payload the call fails.
     *
     * @param raised the first event; its change is a {@link io.escalation.lifecycle.Change.Raised}
     * @return the stored state
     * @throws IdempotencyConflictException if the key belongs to a different escalation
     * @throws io.escalation.lifecycle.EventSequenceException if the event is not a raise with version 1
     * @throws StoreException if an escalation with this ref already exists, or the store fails
     */
    Created create(EscalationEvent raised);

    /**
     * Appends events to an escalation's history, if nobody else appended first. The batch is
     * atomic: all its events are stored, or none.
     *
     * @param ref the escalation
     * @param expectedVersion the version of the last event the caller saw
     * @param events the new events, versions {@code expectedVersion + 1} on
     * @return the state after the new events
     * @throws VersionConflictException if the stored version is not {@code expectedVersion}
     * @throws EscalationNotFoundException if there is no such escalation
     * @throws io.escalation.lifecycle.IllegalTransitionException if an event is not allowed
     * @throws io.escalation.lifecycle.UnauthorizedActionException if an actor lacks authority
     */
    EscalationState append(EscalationRef ref, long expectedVersion, List<EscalationEvent> events);

    /**
     * Finds an escalation.
     *
     * @param ref the escalation
     * @return its state, or empty
     */
    Optional<EscalationState> find(EscalationRef ref);

    /**
     * Loads an escalation that must exist.
     *
     * @param ref the escalation
     * @return its state
     * @throws EscalationNotFoundException if there is no such escalation
     */
    default EscalationState load(EscalationRef ref) {
        return find(io.escalation.internal.validation.Checks.present(EscalationStore.class, "ref", ref))
                .orElseThrow(() -> new EscalationNotFoundException(ref));
    }

    /**
     * Returns a customer's open escalations, newest first, so the next operator can ask
     * "is this about ...?" before the customer explains.
     *
     * @param tenant the tenant
     * @param customer the customer
     * @return open escalations, newest first
     */
    List<EscalationState> openByCustomer(TenantId tenant, CustomerRef customer);

    /**
     * Returns a responder's queue: open escalations they own, by priority (highest first), then
     * deadline (the pending callback's promise, else the raise instant; earliest first), then id.
     *
     * @param tenant the tenant
     * @param owner the owner's id
     * @return the queue
     */
    List<EscalationState> queue(TenantId tenant, ActorId owner);

    /**
     * Returns open escalations whose pending callback's promise has passed at {@code now},
     * most overdue first.
     *
     * @param tenant the tenant
     * @param now the current instant
     * @return the overdue escalations
     */
    List<EscalationState> overdueCallbacks(TenantId tenant, Instant now);
}
