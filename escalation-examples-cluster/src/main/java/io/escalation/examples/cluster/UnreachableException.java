package io.escalation.examples.cluster;

/** A service the cluster needs (PostgreSQL or NATS) did not answer. */
public final class UnreachableException extends ClusterException {

    private static final long serialVersionUID = 1L;

    private final String service;

    UnreachableException(String service, String where, Throwable cause) {
        super(service + " is not reachable at " + where + " (" + cause.getClass().getSimpleName() + ")", cause);
        this.service = service;
    }

    /**
     * Returns which service: {@code PostgreSQL} or {@code NATS}.
     *
     * @return the service's name
     */
    public String service() {
        return service;
    }
}
