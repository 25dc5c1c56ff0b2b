package io.escalation.benchmarks;

import io.escalation.json.EscalationJson;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.CallbackRecord;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.Escalation;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.TenantId;
import io.escalation.model.Tier;
import io.escalation.testkit.EscalationGens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The escalations the JDBC benchmarks raise: {@link #COUNT} generated escalations of one tenant,
 * each with what the raw-JDBC baseline writes for it, worked out once, outside the measurement:
 * the escalation row's columns, the raise event's JSON document with a marker where the escalation
 * id goes, and the payload hash (SHA-256 of the payload without id and raise instant, as the
 * library stores it). Every operation raises a new escalation id: the library builds the
 * escalation and its raise event and serialises it; the baseline puts the id into the
 * pre-serialised document.
 */
public final class RaiseInputs {

    /** How many different escalations there are; a power of two. */
    public static final int COUNT = 64;
    /** The tenant of every escalation. */
    public static final TenantId TENANT = TenantId.of("bench");
    /** What stands where the escalation id goes in a template document. */
    static final String MARKER = "bench-escalation-id-marker";
    /** What stands where the event id goes in a template document. */
    static final String EVENT_MARKER = "bench~event~id~marker";

    private static final EscalationJson JSON = EscalationJson.create();

    private final List<Template> templates = new ArrayList<>(COUNT);

    /**
     * What the baseline writes for one escalation, apart from its id.
     *
     * @param escalation the escalation, with id {@link #MARKER}
     * @param status the row's status
     * @param ownerId the owner's id, or {@code null}
     * @param tier the tier's code
     * @param priority the priority's ordinal
     * @param raisedAt the raise instant
     * @param updatedAt the last update
     * @param callbackDueAt the pending callback's promise, or {@code null}
     * @param customerRef the customer
     * @param payloadHash the payload hash
     * @param eventType the raise event's JSON name
     * @param actorId the raising actor's id
     * @param actorRole the raising actor's role
     * @param eventJsonTemplate the event's document with {@link #MARKER} for the escalation id and
     *     {@link #EVENT_MARKER} for the event id
     */
    public record Template(Escalation escalation, String status, @Nullable String ownerId, String tier, int priority,
            Instant raisedAt, Instant updatedAt, @Nullable Instant callbackDueAt, String customerRef, String payloadHash,
            String eventType, String actorId, String actorRole, String eventJsonTemplate) {

        /**
         * Returns the raise event's document for an escalation id.
         *
         * @param id the id
         * @param eventId the event id ({@link #eventId(String)})
         * @return the document
         */
        public String eventJson(String id, String eventId) {
            return eventJsonTemplate.replace(MARKER, id).replace(EVENT_MARKER, eventId);
        }
    }

    private RaiseInputs() {}

    /**
     * Generates the escalations.
     *
     * @return the inputs
     */
    public static RaiseInputs generate() {
        RaiseInputs inputs = new RaiseInputs();
        List<Escalation> samples = EscalationGens.escalations().samples(1616L, 30, COUNT);
        for (int i = 0; i < COUNT; i++) {
            inputs.templates.add(templateOf(samples.get(i).toBuilder().tenant(TENANT).id(MARKER)
                    .idempotencyKey((String) null).build()));
        }
        return inputs;
    }

    /**
     * Works out what the baseline writes for an escalation.
     *
     * @param e the escalation, of {@link #TENANT}, with id {@link #MARKER} and no idempotency key
     * @return the template
     */
    public static Template templateOf(Escalation e) {
        EscalationEvent raised = raise(e);
        EscalationState s = EscalationState.start(raised);
        String json = JSON.write(raised);
        return new Template(e, s.status().name(), s.owner() == null ? null : s.owner().id().value(),
                s.tier().code(), s.priority().ordinal(), e.raisedAt(), s.updatedAt(),
                s.pendingCallback().map(CallbackRecord::promiseBy).orElse(null), e.customer().ref().value(),
                payloadHash(e), raised.action().jsonName(), raised.actor().id().value(), raised.actor().role().name(),
                json.replace(eventId(MARKER).toString(), EVENT_MARKER));
    }

    /**
     * Returns a template.
     *
     * @param i any index; taken modulo {@link #COUNT}
     * @return the template
     */
    public Template template(int i) {
        return templates.get(i & (COUNT - 1));
    }

    /**
     * The raise event of an escalation, the way a desk raises one: to the supervisor tier, owned by
     * a supervisor, at normal priority.
     *
     * @param e the escalation
     * @return the event, version 1
     */
    public static EscalationEvent raise(Escalation e) {
        return new EscalationEvent(e.ref(), 1, e.raisedAt(), Actor.operator(e.operator().id().value()),
                new Change.Raised(e, Tier.SUPERVISOR, Actor.supervisor("sv-1"), Priority.NORMAL,
                        List.of(Reason.of("bench", "bench")), false));
    }

    /**
     * Returns the event id the library gives version 1 of an escalation (a name-based UUID).
     *
     * @param id the escalation id
     * @return the event id
     */
    public static UUID eventId(String id) {
        return UUID.nameUUIDFromBytes((TENANT.value() + "/" + id + "#1").getBytes(StandardCharsets.UTF_8));
    }

    private static String payloadHash(Escalation e) {
        String normalized = JSON.write(e.toBuilder().id("payload").raisedAt(Instant.EPOCH).build());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java platform has SHA-256", ex);
        }
    }
}
