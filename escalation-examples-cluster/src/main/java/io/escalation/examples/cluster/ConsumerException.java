package io.escalation.examples.cluster;

/**
 * The consumer could not read from the stream, or a message on it is not an escalation event it
 * can apply. The message is left unacknowledged, so the broker delivers it again.
 */
public final class ConsumerException extends ClusterException {

    private static final long serialVersionUID = 1L;

    ConsumerException(String message, Throwable cause) {
        super(message, cause);
    }

    ConsumerException(String message) {
        super(message);
    }
}
