package io.escalation.internal.callback;

import io.escalation.text.Texts;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;

/**
 * Says a promised time the way an operator says it, relative to the day of the request, in any
 * language of {@link Texts} ({@code callback.promise.*}): 本日17時までに / by 5 pm today, 明日の午前中に /
 * tomorrow morning, 11月26日（木）10時30分までに / by 10:30 am on Thu, Nov 26. A promise at midnight
 * is said as the end of the day before (本日24時までに / by midnight tonight), so nobody reads it as
 * the following night; a promise at noon is "in the morning".
 */
public final class Phrases {

    private Phrases() {}

    /**
     * Returns the promise in a language.
     *
     * @param texts the wording
     * @param locale the customer's language
     * @param promise the promised time in the customer's zone
     * @param today the date of the request in the customer's zone
     * @return the phrase
     */
    public static String say(Texts texts, Locale locale, ZonedDateTime promise, LocalDate today) {
        LocalTime time = promise.toLocalTime();
        boolean endOfDay = time.equals(LocalTime.MIDNIGHT);
        LocalDate date = endOfDay ? promise.toLocalDate().minusDays(1) : promise.toLocalDate();
        String day = date.equals(today) ? "today" : date.equals(today.plusDays(1)) ? "tomorrow"
                : date.equals(today.plusDays(2)) ? "day_after" : "date";
        String kind = endOfDay ? "end" : time.equals(LocalTime.NOON) ? "morning" : "by";
        String dateText = texts.date("callback.date.pattern", locale, date);
        return texts.format("callback.promise." + kind + "." + day, locale,
                Map.of("time", clock(texts, locale, time), "date", dateText));
    }

    /**
     * Says a time with {@code callback.time.*}: {@code H} hour of day, {@code h} hour 1-12,
     * {@code mm} or {@code m} minutes, {@code a} the am/pm word; every other character as it is.
     */
    private static String clock(Texts texts, Locale locale, LocalTime time) {
        String pattern = time.getMinute() == 0 ? "callback.time.on_the_hour" : "callback.time.with_minutes";
        String text = texts.get(pattern, locale);
        int h12 = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'H') {
                out.append(time.getHour());
            } else if (c == 'h') {
                out.append(h12);
            } else if (c == 'm' && i + 1 < text.length() && text.charAt(i + 1) == 'm') {
                out.append(String.format(Locale.ROOT, "%02d", time.getMinute()));
                i++;
            } else if (c == 'm') {
                out.append(time.getMinute());
            } else if (c == 'a') {
                out.append(texts.get(time.getHour() < 12 ? "callback.time.am" : "callback.time.pm", locale));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
