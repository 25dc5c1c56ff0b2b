package io.escalation.callback;

import io.escalation.internal.validation.Checks;
import io.escalation.model.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One way to call the customer back: who, when they can realistically call ({@code dueAt}), what
 * to promise ({@code promiseBy}, later and easy to say), when to remind them ({@code remindAt},
 * before the promise), the promise in words for the customer, and the reasons for every instant.
 *
 * @param candidate who calls
 * @param dueAt when they can realistically call, inside their working time and the customer's window
 * @param promiseBy what to promise: dueAt plus the safety margin, rounded up
 * @param remindAt when to prompt the responder, before the promise
 * @param promiseJapanese the promise for the customer, e.g. {@code 本日17時までに}
 * @param promiseEnglish the promise for the customer, e.g. {@code by 5 pm today}
 * @param reasons why each instant is what it is
 */
public record CallbackOption(Candidate candidate, Instant dueAt, Instant promiseBy, Instant remindAt,
        String promiseJapanese, String promiseEnglish, List<Reason> reasons) {

    /** Validates the ordering of the instants and copies the reasons. */
    public CallbackOption {
        if (!Checks.allPresent(candidate, dueAt, promiseBy, remindAt, promiseJapanese, promiseEnglish, reasons)
                || Checks.hasNull(reasons) || dueAt.isAfter(promiseBy) || !remindAt.isBefore(promiseBy)) {
            Checks.Checker check = Checks.building(CallbackOption.class)
                    .require(candidate != null, "candidate", "NotNull", "must not be null", null)
                    .require(dueAt != null, "dueAt", "NotNull", "must not be null", null)
                    .require(promiseBy != null, "promiseBy", "NotNull", "must not be null", null)
                    .require(remindAt != null, "remindAt", "NotNull", "must not be null", null)
                    .require(promiseJapanese != null, "promiseJapanese", "NotNull", "must not be null", null)
                    .require(promiseEnglish != null, "promiseEnglish", "NotNull", "must not be null", null)
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
}
