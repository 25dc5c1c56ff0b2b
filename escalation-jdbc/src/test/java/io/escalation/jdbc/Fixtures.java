package io.escalation.jdbc;

import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.Customer;
import io.escalation.model.CustomerRef;
import io.escalation.model.Escalation;
import io.escalation.model.PersonName;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.TenantId;
import io.escalation.model.Tier;
import io.escalation.testkit.EscalationGens;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Escalations and events for the JDBC store's own tests (the contract has its own). */
final class Fixtures {

    static final Instant T0 = Instant.parse("2026-11-24T01:30:00.123456789Z");
    static final Actor SV = Actor.supervisor("sv-1");

    private Fixtures() {}

    /** A valid escalation of a tenant, the same for the same arguments. */
    static Escalation escalation(TenantId tenant, String id, String customer, @Nullable String key, Instant raisedAt) {
        Escalation sample = EscalationGens.escalations().samples(31L * id.hashCode() + tenant.hashCode(), 30, 1).get(0);
        return sample.toBuilder().id(id).tenant(tenant).idempotencyKey(key).raisedAt(raisedAt)
                .customer(Customer.builder(CustomerRef.of(customer), Locale.JAPAN).build())
                .build();
    }

    /** The same, with a customer name (personal data). */
    static Escalation escalation(TenantId tenant, String id, String customer, String name) {
        Escalation e = escalation(tenant, id, customer, null, T0);
        return e.toBuilder().customer(Customer.builder(CustomerRef.of(customer), Locale.JAPAN)
                .name(PersonName.of(name)).build()).build();
    }

    static EscalationEvent raise(Escalation e) {
        return raise(e, SV, Priority.NORMAL);
    }

    static EscalationEvent raise(Escalation e, Actor owner, Priority priority) {
        return new EscalationEvent(e.ref(), 1, e.raisedAt(), Actor.operator(e.operator().id().value()),
                new Change.Raised(e, Tier.SUPERVISOR, owner, priority,
                        List.of(Reason.of("jdbc", "jdbc")), false));
    }

    static EscalationEvent next(EscalationState s, Change change) {
        return new EscalationEvent(s.ref(), s.version() + 1, s.updatedAt(), SV, change);
    }

    static EscalationEvent ack(EscalationState s) {
        return next(s, Change.acknowledged());
    }

    static EscalationEvent instruct(EscalationState s, String text) {
        return next(s, Change.instructed(text));
    }
}
