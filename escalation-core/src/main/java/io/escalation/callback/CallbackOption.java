package io.escalation.callback;

import io.escalation.internal.callback.Phrases;
import io.escalation.internal.validation.Checks;
import io.escalation.model.ContactWindow;
import io.escalation.model.Reason;
import io.escalation.text.Texts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One way to call the customer back: who, when they can realistically call ({@code dueAt}), what
 * to promise ({@code promiseBy}, later and easy to say), when to remind them ({@code remindAt},
 * before the promise), how to attempt the call, and the reasons for every instant.
 * {@link #promise(Locale)} says the promise the way an operator says it to the customer, in any
 * language.
 *
 * <p>The planner keeps these rules: the due time, the reminder and every planned attempt lie in the
 * responder's working time, inside the customer's window and outside quiet hours; the whole stretch
 * from the due time to the promise lies inside the customer's window and outside quiet hours (a
 * promise exactly at the window's end or at the start of quiet hours is kept: the call comes before
 * it). The reminder is never missing: when it cannot fire {@link #reminderLead() a full lead} before
 * the promise in such a moment, it fires at the first one after, and {@link #reminderProtected()}
 * says so (reason {@code reminder-unprotected}).
 *
 * @param candidate who calls
 * @param requestedAt when the customer asked, so "today" and "tomorrow" are the customer's
 * @param zone the zone the promise is said in (the customer's)
 * @param window the customer's contact window, if known
 * @param quietHours the quiet hours that applied ({@link QuietHours#NONE} for none)
 * @param dueAt when they can realistically call, inside their working time and the customer's window
 * @param promiseBy what to promise: dueAt plus the safety margin, rounded up
 * @param remindAt when to prompt the responder, before the promise, in their working time
 * @param attemptPolicy how the call is attempted
 * @param reasons why each instant is what it is
 */
public record CallbackOption(Candidate candidate, Instant requestedAt, ZoneId zone, @Nullable ContactWindow window,
        QuietHours quietHours, Instant dueAt, Instant promiseBy, Instant remindAt, AttemptPolicy attemptPolicy,
        List<Reason> reasons) {

    /** The code of the reason that says the reminder cannot give the full lead. */
    public static final String REMINDER_UNPROTECTED = "reminder-unprotected";

    /**
     * Validates the ordering of the instants and copies the reasons.
     *
     * @throws io.escalation.InvalidEscalationException naming every broken rule
     */
    public CallbackOption {
        if (!Checks.allPresent(candidate, requestedAt, zone, quietHours, dueAt, promiseBy, remindAt, attemptPolicy,
                reasons) || Checks.hasNull(reasons) || dueAt.isAfter(promiseBy) || !remindAt.isBefore(promiseBy)
                || remindAt.isBefore(requestedAt)) {
            Checks.Checker check = Checks.building(CallbackOption.class)
                    .require(candidate != null, "candidate", "NotNull", "must not be null", null)
                    .require(requestedAt != null, "requestedAt", "NotNull", "must not be null", null)
                    .require(zone != null, "zone", "NotNull", "must not be null", null)
                    .require(quietHours != null, "quietHours", "NotNull", "must not be null", null)
                    .require(dueAt != null, "dueAt", "NotNull", "must not be null", null)
                    .require(promiseBy != null, "promiseBy", "NotNull", "must not be null", null)
                    .require(remindAt != null, "remindAt", "NotNull", "must not be null", null)
                    .require(attemptPolicy != null, "attemptPolicy", "NotNull", "must not be null", null)
                    .require(reasons != null, "reasons", "NotNull", "must not be null", null)
                    .noNullElements("reasons", reasons);
            if (check.ok()) {
                check.require(!dueAt.isAfter(promiseBy), "dueAt", "NotAfterPromise", "must not be after promiseBy", dueAt)
                        .require(remindAt.isBefore(promiseBy), "remindAt", "BeforePromise", "must be before promiseBy",
                                remindAt)
                        .require(!remindAt.isBefore(requestedAt), "remindAt", "NotBeforeRequest",
                                "must not be before requestedAt", remindAt);
            }
            check.done();
        }
        reasons = List.copyOf(reasons);
    }

    /**
     * Returns how long before the promise the reminder fires.
     *
     * @return {@code promiseBy - remindAt}, positive
     */
    public Duration reminderLead() {
        return Duration.between(remindAt, promiseBy);
    }

    /**
     * Returns whether the reminder gives the responder the planner's full lead before the promise,
     * in their working time. When it cannot (the site is closed, the customer unreachable or the
     * request too recent then), the reminder fires at the first possible moment after and a reason
     * {@value #REMINDER_UNPROTECTED} says so.
     *
     * @return {@code false} when the promise is not protected by a full-lead reminder
     */
    public boolean reminderProtected() {
        for (Reason r : reasons) {
            if (r.code().equals(REMINDER_UNPROTECTED)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the attempts of this callback: the pure function the desk asks after each missed attempt.
     *
     * @return the attempts, from the due time to the promise
     */
    public CallbackAttempts attempts() {
        return new CallbackAttempts(dueAt, promiseBy, zone, window, quietHours, candidate.calendar(), attemptPolicy);
    }

    /**
     * Returns the attempts as planned, each as if the one before were missed; the first is the due time.
     *
     * @return at least one attempt, at most the policy's budget, all before the promise
     */
    public List<Instant> plannedAttempts() {
        return attempts().planned();
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
