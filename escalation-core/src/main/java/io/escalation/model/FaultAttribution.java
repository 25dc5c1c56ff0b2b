package io.escalation.model;

/** Who is at fault for the customer's trouble; irregular handling normally needs the company at fault. */
public enum FaultAttribution implements Labeled {
    /** The company (or its client) caused the trouble (当社起因). */
    COMPANY("当社起因", "company at fault"),
    /** The customer caused the trouble (お客様起因). */
    CUSTOMER("お客様起因", "customer at fault"),
    /** Not yet known (未確定). */
    UNDETERMINED("未確定", "undetermined");

    private final String japanese;
    private final String english;

    FaultAttribution(String japanese, String english) {
        this.japanese = japanese;
        this.english = english;
    }

    @Override
    public String japanese() {
        return japanese;
    }

    @Override
    public String english() {
        return english;
    }
}
