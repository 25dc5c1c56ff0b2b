package io.escalation.jdbc.internal;

import io.escalation.jdbc.DocumentTooLargeException;
import io.escalation.jdbc.JdbcUsageException;
import io.escalation.json.EscalationJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks with messages that name the parameter and the rule, and never the value
 * (identifiers may be chosen by a host from personal data).
 */
public final class Checks {

    /** The longest tenant id, consumer name or escalation id. */
    public static final int SHORT_ID = 64;
    /** The longest timer id, aggregate id or event type. */
    public static final int LONG_ID = 128;

    private Checks() {}

    /**
     * Checks an identifier: not null, not blank, at most {@code max} characters.
     *
     * @param operation the operation
     * @param parameter the parameter's name
     * @param value the value
     * @param max the longest length accepted
     * @return the value
     */
    public static String id(String operation, String parameter, @Nullable String value, int max) {
        if (value == null) {
            throw new JdbcUsageException(operation, parameter, parameter + " must not be null");
        }
        if (value.isBlank()) {
            throw new JdbcUsageException(operation, parameter, parameter + " must not be blank");
        }
        if (value.length() > max) {
            throw new JdbcUsageException(operation, parameter, parameter + " must be at most " + max
                    + " characters, but had " + value.length());
        }
        return value;
    }

    /**
     * Checks that an argument is present.
     *
     * @param operation the operation
     * @param parameter the parameter's name
     * @param value the value
     * @param <T> the value's type
     * @return the value
     */
    public static <T> T present(String operation, String parameter, @Nullable T value) {
        if (value == null) {
            throw new JdbcUsageException(operation, parameter, parameter + " must not be null");
        }
        return value;
    }

    /**
     * Checks a tenant id.
     *
     * @param operation the operation
     * @param tenantId the tenant id
     * @return the tenant id
     */
    public static String tenant(String operation, @Nullable String tenantId) {
        return id(operation, "tenantId", tenantId, SHORT_ID);
    }

    /**
     * Checks a JSON document's size: at most {@link EscalationJson#MAX_DOCUMENT_BYTES} bytes of UTF-8.
     *
     * @param operation the operation
     * @param parameter the parameter's name
     * @param json the document, or {@code null} where that is allowed
     * @return the document
     */
    public static @Nullable String json(String operation, String parameter, @Nullable String json) {
        if (json == null) {
            return null;
        }
        if (json.isBlank()) {
            throw new JdbcUsageException(operation, parameter, parameter + " must be a JSON document, but was blank");
        }
        long limit = EscalationJson.MAX_DOCUMENT_BYTES;
        if (json.length() > limit / 3) {
            long bytes = json.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > limit) {
                throw new DocumentTooLargeException(operation, parameter, bytes, limit);
            }
        }
        return json;
    }

    /**
     * Checks a non-null JSON document.
     *
     * @param operation the operation
     * @param parameter the parameter's name
     * @param json the document
     * @return the document
     */
    public static String requiredJson(String operation, String parameter, @Nullable String json) {
        if (json == null) {
            throw new JdbcUsageException(operation, parameter, parameter + " must not be null");
        }
        return Objects.requireNonNull(json(operation, parameter, json));
    }

    /**
     * Checks an instant: not null and within what every column holds.
     *
     * @param operation the operation
     * @param parameter the parameter's name
     * @param instant the instant
     * @return the instant
     */
    public static Instant instant(String operation, String parameter, @Nullable Instant instant) {
        if (instant == null) {
            throw new JdbcUsageException(operation, parameter, parameter + " must not be null");
        }
        if (instant.isBefore(Binder.MIN) || instant.isAfter(Binder.MAX)) {
            throw new JdbcUsageException(operation, parameter, parameter + " must be between " + Binder.MIN + " and "
                    + Binder.MAX + ", but was outside");
        }
        return instant;
    }

    /**
     * Checks a positive duration.
     *
     * @param operation the operation
     * @param parameter the parameter's name
     * @param duration the duration
     * @return the duration
     */
    public static Duration positive(String operation, String parameter, @Nullable Duration duration) {
        if (duration == null) {
            throw new JdbcUsageException(operation, parameter, parameter + " must not be null");
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofDays(365)) > 0) {
            throw new JdbcUsageException(operation, parameter, parameter + " must be positive and at most 365 days, but was "
                    + duration);
        }
        return duration;
    }

    /**
     * Checks an int range.
     *
     * @param operation the operation
     * @param parameter the parameter's name
     * @param value the value
     * @param min the smallest value accepted
     * @param max the largest value accepted
     * @return the value
     */
    public static int range(String operation, String parameter, int value, int min, int max) {
        if (value < min || value > max) {
            throw new JdbcUsageException(operation, parameter, parameter + " must be between " + min + " and " + max
                    + ", but was " + value);
        }
        return value;
    }

    /**
     * Checks that a long is not negative.
     *
     * @param operation the operation
     * @param parameter the parameter's name
     * @param value the value
     * @return the value
     */
    public static long notNegative(String operation, String parameter, long value) {
        if (value < 0) {
            throw new JdbcUsageException(operation, parameter, parameter + " must not be negative, but was " + value);
        }
        return value;
    }
}
