package io.escalation.internal.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class PhrasesTest {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);

    static ZonedDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(TOKYO);
    }

    @Test
    void aMidnightPromiseIsSaidAsTheEndOfTheDayBeforeNotAsTheNextNight() {
        assertEquals("本日24時までに", Phrases.japanese(at("2026-06-02T00:00"), MONDAY));
        assertEquals("by midnight tonight", Phrases.english(at("2026-06-02T00:00"), MONDAY));
        assertEquals("明日の24時までに", Phrases.japanese(at("2026-06-03T00:00"), MONDAY));
        assertEquals("by the end of tomorrow", Phrases.english(at("2026-06-03T00:00"), MONDAY));
        assertEquals("明後日の24時までに", Phrases.japanese(at("2026-06-04T00:00"), MONDAY));
        assertEquals("by the end of Wed, Jun 3", Phrases.english(at("2026-06-04T00:00"), MONDAY));
        assertEquals("6月4日（木）24時までに", Phrases.japanese(at("2026-06-05T00:00"), MONDAY));
    }

    @Test
    void aNoonPromiseIsTheMorningInJapaneseAndNoonTodayInEnglish() {
        assertEquals("本日の午前中に", Phrases.japanese(at("2026-06-01T12:00"), MONDAY));
        assertEquals("by noon today", Phrases.english(at("2026-06-01T12:00"), MONDAY));
        assertEquals("明日の午前中に", Phrases.japanese(at("2026-06-02T12:00"), MONDAY));
        assertEquals("tomorrow morning", Phrases.english(at("2026-06-02T12:00"), MONDAY));
        assertEquals("by noon on Wed, Jun 3", Phrases.english(at("2026-06-03T12:00"), MONDAY));
    }

    @Test
    void otherTimesNameTheClockAndTheDay() {
        assertEquals("本日17時までに", Phrases.japanese(at("2026-06-01T17:00"), MONDAY));
        assertEquals("by 5 pm today", Phrases.english(at("2026-06-01T17:00"), MONDAY));
        assertEquals("明日の10時30分までに", Phrases.japanese(at("2026-06-02T10:30"), MONDAY));
        assertEquals("by 12:15 am tomorrow", Phrases.english(at("2026-06-02T00:15"), MONDAY));
    }
}
