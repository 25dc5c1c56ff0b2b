package io.escalation;

/**
 * Root of every exception the Escalation SDK throws on purpose.
 *
 * <p>All subclasses are unchecked and carry structured context (field paths, rule names, escalation
 * ids) so a host can react without parsing messages. By contract, no message of an
 * {@code EscalationException} contains personal data: customer names, contact points and free text
 * never appear in it, only the path and the kind of a rejected value.
 */
public abstract class EscalationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that contains no personal data.
     *
     * @param message what went wrong, naming fields and rules only
     */
    protected EscalationException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message that contains no personal data and a cause whose message
     * must not contain personal data either.
     *
     * @param message what went wrong, naming fields and rules only
     * @param cause the underlying failure
     */
    protected EscalationException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Describes a name or code for a message: shown as it is when it is a short code (letters,
     * digits and {@code . _ : - /}), else by its kind ({@code String(length=100000)}), so that a
     * message never repeats oversized or arbitrary input. Exceptions use it for names they did not
     * make themselves.
     *
     * @param value a name, code or id, possibly {@code null}
     * @return the value or its kind
     */
    protected static String shown(@org.jspecify.annotations.Nullable Object value) {
        String text = String.valueOf(value);
        return value != null && text.length() <= 128 && text.matches("[A-Za-z0-9._:/#-]+") ? text
                : io.escalation.Violation.kindOf(value);
    }
}
