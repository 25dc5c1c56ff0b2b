package io.escalation.callback;

import io.escalation.internal.validation.Checks;
import io.escalation.model.Reason;
import io.escalation.internal.callback.Phrases;
import io.escalation.text.Texts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.List;

/**
 * One way to call the customer back: who, when they can realistically call ({@code dueAt}), what
 * to promise ({@code promiseBy}, later and easy to say), when to remind them ({@code remindAt},
 * before the promise), and the reasons for every instant. {@link #promise(Locale)} says the promise
 * the way an operator says it to the customer, in any language.
 *
 * @param candidate who calls
 * @param requestedAt when the customer asked, so "today" and "tomorrow" are the customer's
 * @param zone the zone the promise is said in (the customer's)
 * @param dueAt when they can realistically call, inside their working time and the customer's window
 * @param promiseBy what to promise: dueAt plus the safety margin, rounded up
 * @param remindAt when to prompt the responder, before the promise
 * @param reasons why each instant is what it is
 */
public record CallbackOption(Candidate candidate, Instant requestedAt, ZoneId zone, Instant dueAt, Instant promiseBy,
        Instant remindAt, List<Reason> reasons) {

    /**
     * Validates the ordering of the instants and copies the reasons.
     *
     * @throws io.escalation.InvalidEscalationException naming every broken rule
     */
    public CallbackOption {
        if (!Checks.allPresent(candidate, requestedAt, zone, dueAt, promiseBy, remindAt, reasons)
                || Checks.hasNull(reasons) || dueAt.isAfter(promiseBy) || !remindAt.isBefore(promiseBy)) {
            Checks.Checker check = Checks.building(CallbackOption.class)
                    .require(candidate != null, "candidate", "NotNull", "must not be null", null)
                    .require(requestedAt != null, "requestedAt", "NotNull", "must not be null", null)
                    .require(zone != null, "zone", "NotNull", "must not be null", null)
                    .require(dueAt != null, "dueAt", "NotNull", "must not be null", null)
                    .require(promiseBy != null, "promiseBy", "NotNull", "must not be null", null)
                    .require(remindAt != null, "remindAt", "NotNull", "must not be null", null)
                    .require(reasons != null, "reasons", "NotNull", "must not be null", null)
                    .noNullElements("reasons", reasons);
            if (check.ok()) {
                check.require(!dueAt.isAfter(promiseBy), "dueAt", "NotAfterPromise", "must not be after promiseBy", dueAt)
                        .require(remindAt.isBefore(promiseBy), "remindAt", "BeforePromise", "must be before promiseBy",
                                remindAt);
            }
            check.done();
        }
        reasons = List.copyOf(reasons);
    }

    /**
     * Says the promise with the built-in wording, e.g. 本日17時までに or "by 5 pm today".
     *
     * @param locale the customer's language
     * @return the phrase
     */
    public String promise(Locale locale) {
        return promise(Texts.standard(), locale);
    }

    /**
     * Says the promise in a language of {@code texts}.
     *
     * @param texts the wording
     * @param locale the customer's language
     * @return the phrase
     */
    public String promise(Texts texts, Locale locale) {
        Checks.building(CallbackOption.class).require(texts != null, "texts", "NotNull", "must not be null", null)
                .require(locale != null, "locale", "NotNull", "must not be null", null).done();
        return Phrases.say(texts, locale, promiseBy.atZone(zone), requestedAt.atZone(zone).toLocalDate());
    }
}
