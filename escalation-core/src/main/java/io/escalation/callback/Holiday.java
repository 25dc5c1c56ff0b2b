package io.escalation.callback;

import static io.escalation.internal.callback.CalendarArguments.present;

import java.time.LocalDate;

/**
 * A day off: a national holiday, a substitute holiday, a citizens' holiday, a closure (the year-end
 * closure of government offices or banks) or a company holiday.
 *
 * @param date the date
 * @param name its name, e.g. {@code 元日}, {@code 振替休日} or {@code company holiday}
 */
public record Holiday(LocalDate date, String name) {

    /**
     * Checks both parts are present.
     *
     * @throws CalendarException with rule {@code NotNull} at {@code date} or {@code name}
     */
    public Holiday {
        present("date", date);
        present("name", name);
    }
}
