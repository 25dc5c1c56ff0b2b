package io.escalation.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a host would write by hand to read an escalation document with plain Jackson: records of
 * strings, enums' names, instants and durations mirroring the JSON, with no validation, no value
 * types and a flat call state. The baseline of {@link JsonBenchmark}.
 *
 * @param id the escalation id
 * @param tenant the tenant
 * @param idempotencyKey the idempotency key
 * @param raisedAt when it was raised
 * @param channel the channel's name
 * @param operator the operator
 * @param customer the customer
 * @param inquiry the inquiry
 * @param customerState the customer's state
 * @param fault the fault attribution's name
 * @param callState the call state
 * @param handlingTime the handling time
 */
public record PlainEscalation(String id, String tenant, @Nullable String idempotencyKey, Instant raisedAt,
        String channel, Operator operator, Customer customer, Inquiry inquiry, CustomerState customerState,
        String fault, CallState callState, Duration handlingTime) {

    /**
     * The operator.
     *
     * @param id the operator's id
     * @param experience the experience level's name
     * @param site the site
     */
    public record Operator(String id, String experience, String site) {}

    /**
     * The customer.
     *
     * @param ref the CRM reference
     * @param locale the language tag
     * @param timeZone the zone id
     * @param name the name
     * @param contact the contact point
     * @param reachable when the customer can be called
     */
    public record Customer(String ref, String locale, @Nullable String timeZone, @Nullable String name,
            @Nullable Contact contact, @Nullable Window reachable) {}

    /**
     * A contact point.
     *
     * @param kind the kind's name
     * @param value the number or address
     */
    public record Contact(String kind, String value) {}

    /**
     * A window of local times.
     *
     * @param from the start, e.g. {@code 09:00:00}
     * @param until the end
     */
    public record Window(String from, String until) {}

    /**
     * A category.
     *
     * @param code the code
     * @param label the label: a string, or an object of language tags to texts
     */
    public record Category(String code, Object label) {}

    /**
     * The inquiry.
     *
     * @param category the category
     * @param kind the request kind's name
     * @param decisionWanted the decision wanted
     * @param concern the concern
     * @param actionsTaken what was done
     * @param environment the environment
     * @param background the background
     * @param history the history
     * @param impact the impact
     */
    public record Inquiry(@Nullable Category category, String kind, @Nullable String decisionWanted,
            @Nullable String concern, @Nullable List<String> actionsTaken, @Nullable String environment,
            @Nullable String background, @Nullable List<String> history, @Nullable String impact) {}

    /**
     * The customer's state.
     *
     * @param temperature the temperature's name
     * @param urgency the urgency signals
     * @param demandedSupervisor whether a supervisor was demanded
     */
    public record CustomerState(String temperature, Urgency urgency, boolean demandedSupervisor) {}

    /**
     * Urgency signals.
     *
     * @param inAHurry in a hurry
     * @param waitingSince waiting since
     * @param repeatContacts earlier contacts
     * @param sameTroubleBefore the same trouble before
     */
    public record Urgency(boolean inAHurry, @Nullable Instant waitingSince, int repeatContacts,
            boolean sameTroubleBefore) {}

    /**
     * The call state, flat.
     *
     * @param state {@code live}, {@code onHold}, {@code callbackPromised} or {@code ended}
     * @param since on hold since
     * @param until callback promised until
     */
    public record CallState(String state, @Nullable Instant since, @Nullable Instant until) {}
}
