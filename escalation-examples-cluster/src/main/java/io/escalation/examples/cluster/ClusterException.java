package io.escalation.examples.cluster;

/**
 * The root of this example's errors. Messages carry ids, positions and counts, never an event's
 * payload (it may hold personal data).
 */
public abstract class ClusterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ClusterException(String message, Throwable cause) {
        super(message, cause);
    }

    ClusterException(String message) {
        super(message);
    }
}
