package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An escalation: a frontline operator hands a question, or the whole contact, to a higher tier.
 *
 * <p>Carries every fact a supervisor needs to act: who raised it and for which customer, what it
 * is about, how the customer is, who is at fault, where the call stands and how long it has been
 * handled. Immutable and validated on construction; build one with {@link #builder()}.
 * {@link #toString()} never shows personal data (names, contact points, free text).
 *
 * @param id the escalation's id, unique within the tenant
 * @param tenant the tenant (center or client company) it belongs to
 * @param idempotencyKey the host's key for raising it exactly once, if any
 * @param raisedAt when the operator raised it
 * @param channel the channel of the customer's contact
 * @param operator the operator who raised it
 * @param customer the customer concerned
 * @param inquiry what it is about
 * @param customerState temperature, urgency and whether a supervisor was demanded
 * @param fault who is at fault for the trouble
 * @param callState whether the customer is on the line, on hold, promised a callback, or gone
 * @param handlingTime how long the operator has handled the contact so far (0 to 7 days)
 */
public record Escalation(
        @NotNull EscalationId id,
        @NotNull TenantId tenant,
        @Nullable IdempotencyKey idempotencyKey,
        @NotNull Instant raisedAt,
        @NotNull Channel channel,
        @NotNull Operator operator,
        @NotNull Customer customer,
        @NotNull Inquiry inquiry,
        @NotNull CustomerState customerState,
        @NotNull FaultAttribution fault,
        @NotNull CallState callState,
        @NotNull Duration handlingTime) {

    /** The longest handling time accepted. */
    public static final Duration MAX_HANDLING_TIME = Duration.ofDays(7);

    /**
     * Validates the escalation.
     *
     * @throws io.escalation.InvalidEscalationException listing every violation
     */
    public Escalation {
        if (!Checks.allPresent(id, tenant, raisedAt, channel, operator, customer, inquiry, customerState, fault,
                callState, handlingTime) || handlingTime.isNegative() || handlingTime.compareTo(MAX_HANDLING_TIME) > 0
                || !Checks.isInstant(raisedAt)) {
            check(Checks.building(Escalation.class), id, tenant, idempotencyKey, raisedAt, channel, operator, customer,
                    inquiry, customerState, fault, callState, handlingTime).done();
        }
    }

    private static Checks.Checker check(Checks.Checker check, @Nullable EscalationId id, @Nullable TenantId tenant,
            @Nullable IdempotencyKey idempotencyKey, @Nullable Instant raisedAt, @Nullable Channel channel,
            @Nullable Operator operator, @Nullable Customer customer, @Nullable Inquiry inquiry,
            @Nullable CustomerState customerState, @Nullable FaultAttribution fault, @Nullable CallState callState,
            @Nullable Duration handlingTime) {
        check.constructor(Escalation.class, id, tenant, idempotencyKey, raisedAt, channel, operator, customer, inquiry,
                customerState, fault, callState, handlingTime);
        check.instant("raisedAt", raisedAt);
        if (handlingTime != null) {
            check.require(!handlingTime.isNegative() && handlingTime.compareTo(MAX_HANDLING_TIME) <= 0,
                    "handlingTime", "DurationRange", "must be between PT0S and " + MAX_HANDLING_TIME, handlingTime);
        }
        return check;
    }

    /**
     * Returns the escalation's key: its tenant and id.
     *
     * @return the ref
     */
    public EscalationRef ref() {
        return new EscalationRef(tenant, id);
    }

    /**
     * Starts building an escalation.
     *
     * <p>Required: id, tenant, raisedAt, channel, operator, customer, inquiry. Defaults: a calm
     * customer with no urgency ({@link CustomerState#CALM}), fault {@link FaultAttribution#UNDETERMINED},
     * call state {@link CallState.Live}, handling time zero.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this escalation's facts, to derive a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().id(id).tenant(tenant).idempotencyKey(idempotencyKey).raisedAt(raisedAt).channel(channel)
                .operator(operator).customer(customer).inquiry(inquiry).customerState(customerState).fault(fault)
                .callState(callState).handlingTime(handlingTime);
    }

    /**
     * Builds an {@link Escalation}. String identifiers are converted in {@link #build()}, which
     * reports every violation at once with its path. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable Object id;
        private @Nullable Object tenant;
        private @Nullable Object idempotencyKey;
        private @Nullable Instant raisedAt;
        private @Nullable Channel channel;
        private @Nullable Operator operator;
        private @Nullable Customer customer;
        private @Nullable Inquiry inquiry;
        private java.util.function.@Nullable Supplier<Operator> operatorFactory;
        private java.util.function.@Nullable Supplier<Customer> customerFactory;
        private CustomerState customerState = CustomerState.CALM;
        private FaultAttribution fault = FaultAttribution.UNDETERMINED;
        private CallState callState = new CallState.Live();
        private Duration handlingTime = Duration.ZERO;

        private Builder() {}

        /**
         * Sets the id.
         *
         * @param value the id
         * @return this builder
         */
        public Builder id(EscalationId value) {
            this.id = value;
            return this;
        }

        /**
         * Sets the id from a string, validated in {@link #build()}.
         *
         * @param value the id
         * @return this builder
         */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /**
         * Sets the tenant.
         *
         * @param value the tenant
         * @return this builder
         */
        public Builder tenant(TenantId value) {
            this.tenant = value;
            return this;
        }

        /**
         * Sets the tenant from a string, validated in {@link #build()}.
         *
         * @param value the tenant id
         * @return this builder
         */
        public Builder tenant(String value) {
            this.tenant = value;
            return this;
        }

        /**
         * Sets the idempotency key.
         *
         * @param value the key, or {@code null} for none
         * @return this builder
         */
        public Builder idempotencyKey(@Nullable IdempotencyKey value) {
            this.idempotencyKey = value;
            return this;
        }

        /**
         * Sets the idempotency key from a string, validated in {@link #build()}.
         *
         * @param value the key, or {@code null} for none
         * @return this builder
         */
        public Builder idempotencyKey(@Nullable String value) {
            this.idempotencyKey = value;
            return this;
        }

        /**
         * Sets when the escalation was raised; take it from the host's {@link java.time.Clock}.
         *
         * @param value the instant
         * @return this builder
         */
        public Builder raisedAt(Instant value) {
            this.raisedAt = value;
            return this;
        }

        /**
         * Sets the channel of the contact.
         *
         * @param value the channel
         * @return this builder
         */
        public Builder channel(Channel value) {
            this.channel = value;
            return this;
        }

        /**
         * Sets the operator.
         *
         * @param value the operator
         * @return this builder
         */
        public Builder operator(Operator value) {
            this.operator = value;
            this.operatorFactory = null;
            return this;
        }

        /**
         * Sets the operator from their id, experience and site (checked when the escalation is built).
         *
         * @param id the operator's id
         * @param experience trainee, regular or veteran
         * @param site the operator's site
         * @return this builder
         */
        public Builder operator(String id, ExperienceLevel experience, String site) {
            this.operator = null;
            this.operatorFactory = () -> Operator.of(id, experience, site);
            return this;
        }

        /**
         * Sets the customer.
         *
         * @param value the customer
         * @return this builder
         */
        public Builder customer(Customer value) {
            this.customer = value;
            this.customerFactory = null;
            return this;
        }

        /**
         * Sets the customer by the host's reference, language and time zone (checked when the
         * escalation is built); use {@link Customer#builder} for a name, contact point or window.
         *
         * @param ref the host's reference, e.g. a CRM id (not personal data)
         * @param locale the customer's language
         * @param timeZone the customer's time zone, or {@code null} when unknown
         * @return this builder
         */
        public Builder customer(String ref, Locale locale, @Nullable ZoneId timeZone) {
            this.customer = null;
            this.customerFactory = () -> Customer.builder(CustomerRef.of(ref), locale).timeZone(timeZone).build();
            return this;
        }

        /**
         * Sets what the escalation is about.
         *
         * @param value the inquiry
         * @return this builder
         */
        public Builder inquiry(Inquiry value) {
            this.inquiry = value;
            return this;
        }

        /**
         * Sets the customer's state.
         *
         * @param value the state
         * @return this builder
         */
        public Builder customerState(CustomerState value) {
            this.customerState = value;
            return this;
        }

        /**
         * Sets how upset the customer is, keeping the urgency and demand already set.
         *
         * @param value the temperature
         * @return this builder
         */
        public Builder temperature(Temperature value) {
            CustomerState now = customerState;
            this.customerState = new CustomerState(value, now == null ? Urgency.NONE : now.urgency(),
                    now != null && now.demandedSupervisor());
            return this;
        }

        /**
         * The customer waits on hold (保留) since an instant.
         *
         * @param since when the hold started
         * @return this builder
         */
        public Builder onHold(Instant since) {
            this.callState = CallState.onHold(since);
            return this;
        }

        /**
         * Sets the fault attribution.
         *
         * @param value who is at fault
         * @return this builder
         */
        public Builder fault(FaultAttribution value) {
            this.fault = value;
            return this;
        }

        /**
         * Sets the call state.
         *
         * @param value the call state
         * @return this builder
         */
        public Builder callState(CallState value) {
            this.callState = value;
            return this;
        }

        /**
         * Sets the handling time so far.
         *
         * @param value the duration, 0 to 7 days
         * @return this builder
         */
        public Builder handlingTime(Duration value) {
            this.handlingTime = value;
            return this;
        }

        /**
         * Builds the escalation.
         *
         * @return the escalation
         * @throws io.escalation.InvalidEscalationException listing every violation with its path
         */
        public Escalation build() {
            Checks.Checker check = Checks.building(Escalation.class);
            EscalationId theId = convert(check, "id", id, EscalationId.class, EscalationId::new);
            TenantId theTenant = convert(check, "tenant", tenant, TenantId.class, TenantId::new);
            IdempotencyKey theKey = convert(check, "idempotencyKey", idempotencyKey, IdempotencyKey.class,
                    IdempotencyKey::new);
            Operator theOperator = operatorFactory != null ? check.attempt("operator", operatorFactory) : operator;
            Customer theCustomer = customerFactory != null ? check.attempt("customer", customerFactory) : customer;
            check(check, theId, theTenant, theKey, raisedAt, channel, theOperator, theCustomer, inquiry, customerState,
                    fault, callState, handlingTime).done();
            return new Escalation(theId, theTenant, theKey, raisedAt, channel, theOperator, theCustomer, inquiry,
                    customerState, fault, callState, handlingTime);
        }

        private static <T> @Nullable T convert(Checks.Checker check, String path, @Nullable Object raw, Class<T> type,
                java.util.function.Function<String, T> factory) {
            if (raw == null || type.isInstance(raw)) {
                return type.cast(raw);
            }
            String text = (String) raw;
            return check.attempt(path, () -> factory.apply(text));
        }
    }
}
