package io.escalation.internal.callback;

import io.escalation.Violation;
import io.escalation.callback.CalendarException;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks for the calendar classes: a missing argument is a {@link CalendarException}
 * naming the parameter (rule {@code NotNull}), never a bare {@link NullPointerException}; texts are
 * quoted in messages only when they are short and printable.
 */
public final class CalendarArguments {

    /** The longest text a message quotes; longer texts are described by their length. */
    private static final int QUOTED = 64;

    private CalendarArguments() {}

    /**
     * Returns {@code value}, or throws if it is {@code null}.
     *
     * @param <T> the value's type
     * @param field the parameter's name
     * @param value the value
     * @return the value
     * @throws CalendarException with rule {@code NotNull} at {@code field}
     */
    public static <T> T present(String field, @Nullable T value) {
        if (value == null) {
            throw new CalendarException(field, "NotNull", "must not be null");
        }
        return value;
    }

    /**
     * Returns {@code values} after checking that it and every element are present.
     *
     * @param <C> the collection's type
     * @param field the parameter's name; elements are reported as {@code field[i]}
     * @param values the collection
     * @return the collection
     * @throws CalendarException with rule {@code NotNull} at the collection or its first null element
     */
    public static <C extends Collection<?>> C elementsPresent(String field, @Nullable C values) {
        present(field, values);
        int i = 0;
        for (Object v : values) {
            if (v == null) {
                present(field + "[" + i + "]", v);
            }
            i++;
        }
        return values;
    }

    /**
     * Describes a rejected text for a message: quoted when short and printable, else by its kind.
     *
     * @param text the text
     * @return e.g. {@code 'Mars/Olympus'} or {@code String(length=100000)}
     */
    public static String describe(String text) {
        if (text.length() <= QUOTED && text.chars().allMatch(c -> c >= 0x20 && c != 0x7f && c != '\'')) {
            return "'" + text + "'";
        }
        return Violation.kindOf(text);
    }
}
