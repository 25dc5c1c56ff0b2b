package io.escalation.callback;

import io.escalation.testkit.HolidayProviderContract;
import java.io.StringReader;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;

/** Our holiday providers pass the holiday-provider contract. */
class HolidayProviderContractTest {

    /** Japanese national holidays, over every year they are computed for. */
    @Nested
    class National extends HolidayProviderContract {
        @Override
        protected HolidayProvider provider() {
            return JapaneseHolidays.provider();
        }

        @Override
        protected List<Integer> years() {
            return IntStream.rangeClosed(JapaneseHolidays.FIRST_YEAR, JapaneseHolidays.LAST_YEAR).boxed().toList();
        }
    }

    /** The government's year-end closure combined with a company's own days from a file. */
    @Nested
    class CompanyFile extends HolidayProviderContract {
        @Override
        protected HolidayProvider provider() {
            return JapaneseHolidays.governmentYearEnd()
                    .and(HolidayFiles.dateList(new StringReader("2026-08-13\n2026-08-14\n2027-08-13\n")));
        }
    }
}
