package io.escalation.routing;

import io.escalation.EscalationException;
import java.util.Set;
import java.util.TreeSet;

/** No routing policy of the requested name is available through the service loader. */
public final class UnknownPolicyException extends EscalationException {

    private static final long serialVersionUID = 1L;

    private final String name;

    /**
     * Creates the exception.
     *
     * @param name the requested name
     * @param known the names that are available
     */
    public UnknownPolicyException(String name, Set<String> known) {
        super("no routing policy named " + shown(name) + "; available: "
                + (known == null ? "none" : known.stream().map(EscalationException::shown).sorted().toList()));
        this.name = name;
    }

    /**
     * Returns the requested name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }
}
