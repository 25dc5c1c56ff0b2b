package io.escalation.examples.crm;

import org.springframework.http.HttpStatus;

/**
 * A request the CRM refuses for a reason of its own (not one of the SDK's): names the HTTP status, the field
 * path and the rule. Its message names fields and rules only, never a value from the request.
 */
public final class CrmRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The status the refusal is answered with; an enum, serializable. */
    private final HttpStatus status;
    private final String field;
    private final String rule;

    /**
     * Creates the refusal.
     *
     * @param status the HTTP status to answer with
     * @param field the field path ({@code $.action}, {@code If-Match}), or empty for the request as a whole
     * @param rule the rule broken, e.g. {@code required}
     * @param detail what the rule demands, without the value given
     */
    public CrmRequestException(HttpStatus status, String field, String rule, String detail) {
        super(detail);
        this.status = status;
        this.field = field;
        this.rule = rule;
    }

    /**
     * Returns the HTTP status.
     *
     * @return the status
     */
    public HttpStatus status() {
        return status;
    }

    /**
     * Returns the field path.
     *
     * @return the path, or empty
     */
    public String field() {
        return field;
    }

    /**
     * Returns the rule.
     *
     * @return the rule
     */
    public String rule() {
        return rule;
    }
}
