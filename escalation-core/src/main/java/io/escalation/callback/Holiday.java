package io.escalation.callback;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day off: a national holiday, a substitute holiday or a company holiday.
 *
 * @param date the date
 * @param name its name, e.g. {@code 元日} or {@code company holiday}
 */
public record Holiday(LocalDate date, String name) {

    /** Checks both parts are present. */
    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }
}
