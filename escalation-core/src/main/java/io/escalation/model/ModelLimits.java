package io.escalation.model;

import io.escalation.internal.validation.Checks;

/**
 * The limits the model enforces, as constants a host can use for its own forms and columns.
 */
public final class ModelLimits {

    /** Identifiers and codes: letters, digits and {@code . _ : -}, starting with a letter or digit. */
    public static final String CODE = Checks.CODE_REGEX;

    /** Idempotency keys are longer and may come from other systems. */
    public static final String KEY = Checks.KEY_REGEX;

    /** The message of a broken {@link #CODE} rule. */
    public static final String CODE_MESSAGE = "must be 1-64 characters of letters, digits, '.', '_', ':' or '-', starting with a letter or digit";

    /** The message of a broken {@link #KEY} rule. */
    public static final String KEY_MESSAGE = "must be 1-128 characters of letters, digits or '._:/+=-', starting with a letter or digit";

    /**
     * The characters text may hold: anything but control characters (other than tab, line feed and
     * carriage return) and lone surrogates, which databases, JSON readers and terminals treat
     * differently (PostgreSQL refuses {@code \u0000}; a lone surrogate does not survive UTF-8).
     */
    public static final String TEXT_CHARS = Checks.TEXT_CHARS_REGEX;

    /** The message of a broken {@link #TEXT_CHARS} rule. */
    public static final String TEXT_CHARS_MESSAGE = "must not contain control characters (other than tab and line breaks) or lone surrogates";

    /** The earliest instant the model accepts: the start of 1970 (UTC). */
    public static final java.time.Instant EARLIEST_INSTANT = Checks.EARLIEST;

    /** The latest instant the model accepts: the end of 9999 (UTC), the last year every database stores. */
    public static final java.time.Instant LATEST_INSTANT = Checks.LATEST;

    /** Longest free text accepted in one field. */
    public static final int TEXT_MAX = 4000;

    /** Longest list of free-text items (actions taken, history). */
    public static final int LIST_MAX = 100;

    /** Longest center-defined label. */
    public static final int LABEL_MAX = 200;

    private ModelLimits() {}
}
