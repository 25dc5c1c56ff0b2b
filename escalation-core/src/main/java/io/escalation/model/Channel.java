package io.escalation.model;

/** The channel the customer contacted the center through. */
public enum Channel {
    /** A phone call. */
    PHONE,
    /** E-mail. */
    EMAIL,
    /** Web or app chat. */
    CHAT,
    /** A messaging app or social network. */
    MESSAGING,
    /** A web form. */
    WEB_FORM,
    /** In person, at a counter or shop. */
    IN_PERSON;
}
