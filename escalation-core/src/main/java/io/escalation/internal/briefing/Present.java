package io.escalation.internal.briefing;

import io.escalation.InvalidEscalationException;
import io.escalation.Violation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Argument checks of the briefing API that fail with a typed exception rather than a {@code NullPointerException}. */
public final class Present {

    private Present() {}

    /**
     * Returns {@code value}, or throws if it is {@code null}.
     *
     * @param <T> the value's type
     * @param owner the type whose method was called, named in the exception
     * @param path the parameter's name
     * @param value the argument
     * @return the argument
     * @throws InvalidEscalationException with a {@code NotNull} violation at {@code path}
     */
    public static <T> T present(Class<?> owner, String path, @Nullable T value) {
        if (value == null) {
            throw new InvalidEscalationException(owner.getSimpleName(),
                    List.of(new Violation(path, "NotNull", "must not be null", "null")));
        }
        return value;
    }
}
