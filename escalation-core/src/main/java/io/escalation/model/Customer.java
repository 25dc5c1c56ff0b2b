package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The customer, as far as the escalation needs to know them.
 *
 * <p>The {@link #ref() reference} is the host's opaque key. {@link #name() Name} and
 * {@link #contact() contact point} are personal data and are redacted from {@link #toString()}.
 *
 * @param ref the host's opaque reference to the customer record
 * @param locale the language the customer is served in
 * @param timeZone the customer's time zone, if known; callbacks need it
 * @param name the customer's name, if the host passes it; personal data
 * @param contact how to call the customer back, if known; personal data
 * @param reachable the daily window in which the customer accepts a call, if known
 */
public record Customer(
        @NotNull CustomerRef ref,
        @NotNull Locale locale,
        @Nullable ZoneId timeZone,
        @Nullable PersonName name,
        @Nullable ContactPoint contact,
        @Nullable ContactWindow reachable) {

    /**
     * Validates the customer.
     *
     * @throws io.escalation.InvalidEscalationException if the reference or locale is missing
     */
    public Customer {
        if (ref == null || locale == null || locale.getLanguage().isEmpty()) {
            Checks.Checker check = Checks.of(Customer.class, ref, locale, timeZone, name, contact, reachable);
            if (locale != null) {
                check.require(!locale.getLanguage().isEmpty(), "locale", "HasLanguage",
                        "must name a language, e.g. ja-JP", locale);
            }
            check.done();
        }
    }

    /**
     * Starts a customer with the two required facts.
     *
     * @param ref the host's reference
     * @param locale the language the customer is served in
     * @return a builder
     */
    public static Builder builder(CustomerRef ref, Locale locale) {
        return new Builder(ref, locale);
    }

    /**
     * Returns a builder holding this customer's facts, to derive a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder(ref, locale).timeZone(timeZone).name(name).contact(contact).reachable(reachable);
    }

    /** Builds a {@link Customer}; not thread-safe, use it on one thread. */
    public static final class Builder {
        private final CustomerRef ref;
        private final Locale locale;
        private @Nullable ZoneId timeZone;
        private @Nullable PersonName name;
        private @Nullable ContactPoint contact;
        private @Nullable ContactWindow reachable;

        private Builder(CustomerRef ref, Locale locale) {
            this.ref = ref;
            this.locale = locale;
        }

        /**
         * Sets the customer's time zone.
         *
         * @param value the zone, or {@code null} if unknown
         * @return this builder
         */
        public Builder timeZone(@Nullable ZoneId value) {
            this.timeZone = value;
            return this;
        }

        /**
         * Sets the customer's name.
         *
         * @param value the name, or {@code null}
         * @return this builder
         */
        public Builder name(@Nullable PersonName value) {
            this.name = value;
            return this;
        }

        /**
         * Sets how to reach the customer.
         *
         * @param value the contact point, or {@code null}
         * @return this builder
         */
        public Builder contact(@Nullable ContactPoint value) {
            this.contact = value;
            return this;
        }

        /**
         * Sets the window in which the customer accepts a call.
         *
         * @param value the window, or {@code null} if unknown
         * @return this builder
         */
        public Builder reachable(@Nullable ContactWindow value) {
            this.reachable = value;
            return this;
        }

        /**
         * Builds the customer.
         *
         * @return the customer
         * @throws io.escalation.InvalidEscalationException if a rule is broken
         */
        public Customer build() {
            return new Customer(ref, locale, timeZone, name, contact, reachable);
        }
    }
}
