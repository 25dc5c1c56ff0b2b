package io.escalation.model;

/** Who is at fault for the customer's trouble; irregular handling normally needs the company at fault. */
public enum FaultAttribution {
    /** The company (or its client) caused the trouble (当社起因). */
    COMPANY,
    /** The customer caused the trouble (お客様起因). */
    CUSTOMER,
    /** Not yet known (未確定). */
    UNDETERMINED;
}
