package io.escalation.internal.callback;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** Says a promised time the way an operator says it, relative to the day of the request. */
public final class Phrases {

    private static final String[] JA_DAYS = {"月", "火", "水", "木", "金", "土", "日"};

    private Phrases() {}

    /**
     * Returns the promise in Japanese: {@code 本日17時までに}, {@code 明日の午前中に},
     * {@code 11月26日（木）10時30分までに}; a promise at midnight is said as the end of the day before
     * ({@code 本日24時までに}), so nobody reads it as the following night.
     *
     * @param promise the promised time in the customer's zone
     * @param today the date of the request in the customer's zone
     * @return the phrase
     */
    public static String japanese(ZonedDateTime promise, LocalDate today) {
        LocalTime time = promise.toLocalTime();
        // midnight ends the previous day: "本日24時まで", never "明日の0時まで"
        boolean endOfDay = time.equals(LocalTime.MIDNIGHT);
        LocalDate date = endOfDay ? promise.toLocalDate().minusDays(1) : promise.toLocalDate();
        String day;
        if (date.equals(today)) {
            day = "本日";
        } else if (date.equals(today.plusDays(1))) {
            day = "明日";
        } else if (date.equals(today.plusDays(2))) {
            day = "明後日";
        } else {
            day = date.getMonthValue() + "月" + date.getDayOfMonth() + "日（" + JA_DAYS[date.getDayOfWeek().getValue() - 1]
                    + "）";
        }
        if (time.equals(LocalTime.NOON)) {
            return day + "の午前中に";
        }
        String clock = endOfDay ? "24時"
                : time.getHour() + "時" + (time.getMinute() == 0 ? "" : time.getMinute() + "分");
        return day + (day.equals("明日") || day.equals("明後日") ? "の" : "") + clock + "までに";
    }

    /**
     * Returns the promise in English: {@code by 5 pm today}, {@code by noon today},
     * {@code tomorrow morning}, {@code by 10:30 am on Thu, Nov 26}; a promise at midnight is said as
     * the end of the day before ({@code by midnight tonight}, {@code by the end of tomorrow}).
     *
     * @param promise the promised time in the customer's zone
     * @param today the date of the request in the customer's zone
     * @return the phrase
     */
    public static String english(ZonedDateTime promise, LocalDate today) {
        LocalTime time = promise.toLocalTime();
        // midnight ends the previous day: "by midnight tonight", never "by midnight tomorrow"
        boolean endOfDay = time.equals(LocalTime.MIDNIGHT);
        LocalDate date = endOfDay ? promise.toLocalDate().minusDays(1) : promise.toLocalDate();
        String day;
        if (date.equals(today)) {
            day = "today";
        } else if (date.equals(today.plusDays(1))) {
            day = "tomorrow";
        } else {
            DayOfWeek dow = date.getDayOfWeek();
            day = "on " + dow.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ", "
                    + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + date.getDayOfMonth();
        }
        if (endOfDay) {
            return day.equals("today") ? "by midnight tonight"
                    : "by the end of " + (day.startsWith("on ") ? day.substring(3) : day);
        }
        if (time.equals(LocalTime.NOON)) {
            return day.equals("tomorrow") ? "tomorrow morning" : "by noon " + day;
        }
        return "by " + clock(time) + " " + day;
    }

    private static String clock(LocalTime time) {
        int h = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String suffix = time.getHour() < 12 ? " am" : " pm";
        return h + (time.getMinute() == 0 ? "" : String.format(":%02d", time.getMinute())) + suffix;
    }
}
