package io.escalation.briefing;

import static io.escalation.internal.briefing.Present.present;

import io.escalation.model.CallState;
import io.escalation.model.CustomerState;
import io.escalation.model.Escalation;
import io.escalation.model.FreeText;
import io.escalation.model.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The receiving supervisor's sheet before taking over (二次対応の準備): where the contact stands,
 * how the customer is, what the first line already did (so the customer never has to repeat it),
 * and the opening steps from the seeds.
 *
 * @param locale the language of the sheet: Japanese for {@code ja}, English otherwise
 * @param currentState where the contact stands (on hold since, callback promised until, ...)
 * @param customerState temperature, urgency, repeat contacts, demanded supervisor
 * @param alreadyDone what the first line already did
 * @param openingSteps how to open the call
 */
public record HandoverSheet(Locale locale, List<String> currentState, List<String> customerState,
        List<String> alreadyDone, List<String> openingSteps) {

    private static final List<String> STEPS_JA = List.of(
            "名乗る：「お電話代わりました。責任者の〇〇です。」",
            "お待たせしたこと、最初の対応でご不便をおかけしたことをお詫びする",
            "状況を確認する：一次対応で伺った内容を要約し、お客様に同じ説明をさせない",
            "最後まで傾聴し、事実と感情を分けて受け止める",
            "解決策を提案する、または当社に非があればお詫びする");
    private static final List<String> STEPS_EN = List.of(
            "Introduce yourself: \"Thank you for waiting, I'm the supervisor, ...\"",
            "Apologise for the wait and for the trouble with the first contact",
            "Confirm the situation: summarise what the first line heard so the customer need not repeat it",
            "Listen to the end, separating facts from feelings",
            "Propose a solution, or apologise where the company is at fault");

    /** Checks the parts and copies the lists. */
    public HandoverSheet {
        present(HandoverSheet.class, "locale", locale);
        present(HandoverSheet.class, "currentState", currentState);
        present(HandoverSheet.class, "customerState", customerState);
        present(HandoverSheet.class, "alreadyDone", alreadyDone);
        present(HandoverSheet.class, "openingSteps", openingSteps);
        io.escalation.internal.validation.Checks.building(HandoverSheet.class)
                .noNullElements("currentState", currentState).noNullElements("customerState", customerState)
                .noNullElements("alreadyDone", alreadyDone).noNullElements("openingSteps", openingSteps).done();
        currentState = List.copyOf(currentState);
        customerState = List.copyOf(customerState);
        alreadyDone = List.copyOf(alreadyDone);
        openingSteps = List.copyOf(openingSteps);
    }

    /**
     * Prepares the sheet.
     *
     * @param escalation the escalation being handed over
     * @param now the current instant (from the host's clock), for "on hold for N minutes"
     * @param zone the zone to show times in
     * @param locale Japanese for {@code ja}, English otherwise
     * @return the sheet
     */
    public static HandoverSheet of(Escalation escalation, Instant now, ZoneId zone, Locale locale) {
        present(HandoverSheet.class, "escalation", escalation);
        present(HandoverSheet.class, "now", now);
        present(HandoverSheet.class, "zone", zone);
        boolean ja = "ja".equals(present(HandoverSheet.class, "locale", locale).getLanguage());
        DateTimeFormatter time = DateTimeFormatter.ofPattern(ja ? "M月d日 H:mm" : "MMM d, HH:mm", locale);
        List<String> current = new ArrayList<>();
        CallState call = escalation.callState();
        if (call instanceof CallState.OnHold hold) {
            long minutes = Math.max(0, Duration.between(hold.since(), now).toMinutes());
            current.add(ja ? "保留中（" + time.format(hold.since().atZone(zone)) + "から、" + minutes + "分経過）"
                    : "on hold since " + time.format(hold.since().atZone(zone)) + " (" + minutes + " min)");
        } else if (call instanceof CallState.CallbackPromised promised) {
            current.add(ja ? "折り返しをお約束済み（" + time.format(promised.until().atZone(zone)) + "まで）"
                    : "callback promised by " + time.format(promised.until().atZone(zone)));
        } else if (call instanceof CallState.Live) {
            current.add(ja ? "通話中（オペレーターが対応中）" : "live: the operator is still on the line");
        } else {
            current.add(ja ? "終話済み" : "the contact has ended");
        }
        current.add(ja ? "一次対応の時間：" + escalation.handlingTime().toMinutes() + "分"
                : "first-line handling time: " + escalation.handlingTime().toMinutes() + " min");

        List<String> customer = new ArrayList<>();
        CustomerState state = escalation.customerState();
        customer.add(ja ? "温度感：" + state.temperature().japanese() : "temperature: " + state.temperature().english());
        Urgency u = state.urgency();
        if (u.inAHurry()) {
            customer.add(ja ? "お急ぎ" : "in a hurry");
        }
        if (u.waitingSince() != null) {
            customer.add(ja ? time.format(u.waitingSince().atZone(zone)) + "からお待ち"
                    : "waiting since " + time.format(u.waitingSince().atZone(zone)));
        }
        if (u.repeatContacts() > 0) {
            customer.add(ja ? "今回で" + (u.repeatContacts() + 1) + "回目のお問い合わせ"
                    : "contact number " + (u.repeatContacts() + 1) + " about this");
        }
        if (u.sameTroubleBefore()) {
            customer.add(ja ? "以前にも同じ事象あり" : "had the same trouble before");
        }
        if (state.demandedSupervisor()) {
            customer.add(ja ? "上席対応をご要望（上司を出せ）" : "demanded a supervisor");
        }

        List<String> done = new ArrayList<>();
        for (FreeText t : escalation.inquiry().actionsTaken()) {
            done.add(t.value());
        }
        if (done.isEmpty()) {
            done.add(ja ? "（記録なし：引き継ぎ前に一次対応者に確認）" : "(none recorded: ask the first line before taking over)");
        }
        return new HandoverSheet(ja ? Locale.JAPANESE : Locale.ENGLISH, current, customer, done,
                ja ? STEPS_JA : STEPS_EN);
    }

    /**
     * Renders the sheet as text with headings in the sheet's language (a sheet prepared in Japanese
     * is never rendered with English headings).
     *
     * @return the text
     */
    public String render() {
        boolean ja = "ja".equals(locale.getLanguage());
        StringBuilder sb = new StringBuilder();
        section(sb, ja ? "■ 現在の状況" : "Current state", currentState);
        section(sb, ja ? "■ お客様の状態" : "Customer", customerState);
        section(sb, ja ? "■ 一次対応で実施済みの内容（お客様に繰り返させない）" : "Already done (never make the customer repeat it)",
                alreadyDone);
        section(sb, ja ? "■ 最初の一言から" : "Opening steps", openingSteps);
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, List<String> items) {
        sb.append(title).append('\n');
        for (String s : items) {
            sb.append("- ").append(s).append('\n');
        }
    }

    /** Shows the sizes of the sections only: the sheet holds operator free text. */
    @Override
    public String toString() {
        return "HandoverSheet[" + locale + ", " + currentState.size() + " state, " + customerState.size()
                + " customer, " + alreadyDone.size() + " done, " + openingSteps.size() + " steps]";
    }
}
