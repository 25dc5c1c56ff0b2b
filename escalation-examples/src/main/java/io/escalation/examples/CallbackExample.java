package io.escalation.examples;

import io.escalation.model.LocalizedText;
import java.util.Locale;
import io.escalation.model.ActorId;
import io.escalation.callback.BusinessCalendar;
import io.escalation.callback.CallbackOption;
import io.escalation.callback.CallbackPlan;
import io.escalation.callback.CallbackPlanner;
import io.escalation.callback.CallbackRequest;
import io.escalation.callback.Candidate;
import io.escalation.callback.Handoff;
import io.escalation.callback.JapaneseHolidays;
import io.escalation.model.ContactWindow;
import io.escalation.model.Priority;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The offshore case from the seeds: an operator in Bangkok takes a call from a customer in Tokyo
 * after the Tokyo office has closed. The Tokyo agent can only be reached by internal mail; a
 * supervisor in Bangkok is there now. What can we promise?
 */
public final class CallbackExample {

    private CallbackExample() {}

    /** Tokyo office: weekdays 09:00-18:00, Japanese national holidays. */
    static final BusinessCalendar TOKYO_OFFICE = BusinessCalendar.builder(ZoneId.of("Asia/Tokyo"))
            .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
            .holidays(JapaneseHolidays.provider())
            .build();

    /** Bangkok site: every day 08:00-22:00. */
    static final BusinessCalendar BANGKOK_SITE = BusinessCalendar.builder(ZoneId.of("Asia/Bangkok"))
            .everyDay(LocalTime.of(8, 0), LocalTime.of(22, 0))
            .build();

    /**
     * Plans the callback and prints each option.
     *
     * @param requestedAt when the customer asks (Tuesday 19:45 in Tokyo in the README)
     * @param lang the customer's language
     * @param out where to print
     * @return the plan
     */
    public static CallbackPlan run(Instant requestedAt, Locale lang, PrintStream out) {
        CallbackPlanner planner = CallbackPlanner.builder().safetyMargin(Duration.ofMinutes(30)).build();
        CallbackPlan plan = planner.plan(new CallbackRequest(requestedAt, ZoneId.of("Asia/Tokyo"),
                ContactWindow.of(LocalTime.of(10, 0), LocalTime.of(21, 0)), Priority.NORMAL, List.of(
                        new Candidate(ActorId.of("tokyo-agent"), LocalizedText.of(Locale.JAPANESE, "東京の担当者")
                                .and(Locale.ENGLISH, "the Tokyo agent"), TOKYO_OFFICE,
                                Handoff.internalMail(Duration.ofHours(2))),
                        new Candidate(ActorId.of("bangkok-sv"), LocalizedText.of(Locale.JAPANESE, "バンコクのSV")
                                .and(Locale.ENGLISH, "a supervisor in Bangkok"), BANGKOK_SITE,
                                Handoff.live()))));
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        java.time.format.DateTimeFormatter hhmm = java.time.format.DateTimeFormatter.ofPattern("M/d HH:mm");
        for (CallbackOption o : plan.options()) {
            out.println("   " + Say.pad(o.candidate().name().in(lang), 26)
                    + Say.t(lang, "can call ", "発信可能 ") + hhmm.format(o.dueAt().atZone(tokyo))
                    + Say.t(lang, ", promise ", "、お約束 ") + hhmm.format(o.promiseBy().atZone(tokyo))
                    + Say.t(lang, ", reminder ", "、リマインド ") + hhmm.format(o.remindAt().atZone(tokyo))
                    + Say.t(lang, " (Tokyo time)", "（東京時間）"));
        }
        out.println("   " + Say.t(lang, "To the customer: ", "お客様へ：") + plan.offer(lang));
        return plan;
    }
}
