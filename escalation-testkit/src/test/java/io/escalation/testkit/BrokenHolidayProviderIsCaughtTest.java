package io.escalation.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.callback.Holiday;
import io.escalation.callback.HolidayProvider;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Providers with the bugs a center's own code might have are caught by {@link HolidayProviderContract}. */
class BrokenHolidayProviderIsCaughtTest {

    /** The contract over one provider; private, so JUnit does not run it as a test class of its own. */
    private static final class Over extends HolidayProviderContract {
        private final HolidayProvider provider;

        Over(HolidayProvider provider) {
            this.provider = provider;
        }

        @Override
        protected HolidayProvider provider() {
            return provider;
        }
    }

    @Test
    void aProviderWithoutAnAnswerForAYearIsCaught() {
        HolidayProvider noAnswerFor2026 = year -> year == 2026 ? nul() : List.of();
        AssertionError e = assertThrows(AssertionError.class, () -> new Over(noAnswerFor2026).everyYearHasAnAnswer());
        assertTrue(e.getMessage().startsWith("no answer for 2026"), e.getMessage());
    }

    @Test
    void aProviderThatForgetsAfterTheFirstAskIsCaught() {
        AtomicInteger asked = new AtomicInteger();
        HolidayProvider forgetful = year -> asked.getAndIncrement() == 0
                ? List.of(new Holiday(LocalDate.of(year, 5, 1), "company day")) : List.of();
        AssertionError e = assertThrows(AssertionError.class,
                () -> new Over(forgetful).askingTwiceGivesTheSameHolidays());
        assertTrue(e.getMessage().startsWith("holidays of 2025"), e.getMessage());
    }

    @SuppressWarnings("unchecked")
    private static <T> T nul() {
        return (T) null;
    }
}
