package io.escalation.callback;

import io.escalation.testkit.BusinessCalendarContract;
import io.escalation.testkit.CalendarGens;
import io.escalation.testkit.Gen;
import io.escalation.testkit.Gens;
import java.time.LocalTime;

/**
 * Our calendars pass the business-calendar contract: random ones (1-3 intervals a day, overnight
 * shifts, whole days, holidays, any zone) and the seeds' sites (a Tokyo desk with a lunch break and
 * Japanese holidays, a Berlin night shift across daylight-saving changes).
 */
class BusinessCalendarContractTest extends BusinessCalendarContract {

    static BusinessCalendar tokyoWithLunch() {
        return BusinessCalendar.builder("Asia/Tokyo").weekdays(LocalTime.of(9, 0), LocalTime.of(12, 0))
                .weekdays(LocalTime.of(13, 0), LocalTime.of(18, 0)).holidays(JapaneseHolidays.provider()
                        .and(JapaneseHolidays.governmentYearEnd())).build();
    }

    static BusinessCalendar berlinNights() {
        return BusinessCalendar.builder("Europe/Berlin").everyDay(LocalTime.of(22, 0), LocalTime.of(6, 0)).build();
    }

    @Override
    protected Gen<BusinessCalendar> calendars() {
        return Gens.frequency(Gens.weighted(2, CalendarGens.calendars()),
                Gens.weighted(1, Gens.elements(tokyoWithLunch(), berlinNights())));
    }
}
