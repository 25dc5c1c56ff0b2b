package io.escalation.lifecycle;

import io.escalation.internal.validation.Checks;
import io.escalation.model.ActorId;
import io.escalation.model.Channel;
import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.FreeText;
import io.escalation.model.ModelLimits;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.SiteId;
import io.escalation.model.Tier;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one event changes: the payload of an {@link EscalationEvent}, one of a closed set of small
 * records. Who, when and which escalation live in the envelope; the change holds only what this
 * kind of step adds.
 *
 * <p>The vocabulary is defined once. Each record is named in the table {@link Action} (its
 * transition, the roles allowed, its stable JSON type name), and {@link EscalationState} handles
 * each in an exhaustive switch over {@link Action}, so a new kind of change that is not handled
 * does not compile. JSON, generators, the diagram and stores derive everything else from the
 * table.
 *
 * <p>Static factories read like the floor's flow:
 * <pre>{@code
 * desk.apply(ref, sato, Change.acknowledged());
 * desk.apply(ref, sato, Change.instructed("設定値を読み上げてもらってください"));
 * }</pre>
 * Free text in a change is personal data: it is typed {@link FreeText} and never printed by
 * {@code toString()}.
 */
public sealed interface Change {

    /**
     * Returns the action this change performs, from the table in {@link Action}.
     *
     * @return the action
     */
    default Action action() {
        return Action.of(this);
    }

    // ------------------------------------------------------------------ factories

    /**
     * A supervisor acknowledged and listens in.
     *
     * @return the change
     */
    static Acknowledged acknowledged() {
        return new Acknowledged();
    }

    /**
     * A supervisor told the operator what to do.
     *
     * @param instruction the instruction, as typed
     * @return the change
     * @throws io.escalation.InvalidEscalationException if the text is blank or too long
     */
    static Instructed instructed(String instruction) {
        return new Instructed(text(Instructed.class, "instruction", instruction));
    }

    /**
     * A higher tier took the contact over.
     *
     * @param tier the tier that holds it now
     * @return the change
     */
    static TakenOver takenOver(Tier tier) {
        return new TakenOver(tier);
    }

    /**
     * Referred to a department or the client, with the reason code and an optional note.
     *
     * @param kind department or client
     * @param destination the department, or the client's code
     * @param reasonCode why, as a code ({@code refund-decision}, {@code customer-not-satisfied})
     * @param note a note for the department, or {@code null}
     * @return the change
     */
    static Referred referred(ReferralKind kind, Department destination, String reasonCode, @Nullable String note) {
        return new Referred(kind, destination, reasonCode, optionalText(Referred.class, "note", note));
    }

    /**
     * The department or the client answered.
     *
     * @param answer the answer, as typed
     * @return the change
     */
    static AnswerReceived answerReceived(String answer) {
        return new AnswerReceived(text(AnswerReceived.class, "answer", answer));
    }

    /**
     * The answer was explained to the customer, who accepted it or not.
     *
     * @param outcome whether the customer accepted
     * @param reasonCode why not, as a code, or {@code null}
     * @param note a note, or {@code null}
     * @return the change
     */
    static Explained explained(ExplanationOutcome outcome, @Nullable String reasonCode, @Nullable String note) {
        return new Explained(outcome, reasonCode, optionalText(Explained.class, "note", note));
    }

    /**
     * The customer accepted: resolved. For an irregular-handling request, say whether the
     * exception was granted.
     *
     * @param resolution how it was resolved, as typed
     * @param exception for irregular handling: granted or declined; otherwise {@code null}
     * @return the change
     */
    static Resolved resolved(String resolution, @Nullable ExceptionDecision exception) {
        return new Resolved(text(Resolved.class, "resolution", resolution), exception);
    }

    /**
     * Reopened (the customer came back).
     *
     * @param why why, or {@code null}
     * @return the change
     */
    static Reopened reopened(@Nullable String why) {
        return new Reopened(optionalText(Reopened.class, "why", why));
    }

    /**
     * Closed.
     *
     * @return the change
     */
    static Closed closed() {
        return new Closed();
    }

    /**
     * Withdrawn by the operator (solved after all).
     *
     * @param why how it was solved, or {@code null}
     * @return the change
     */
    static Withdrawn withdrawn(@Nullable String why) {
        return new Withdrawn(optionalText(Withdrawn.class, "why", why));
    }

    /**
     * Waits for the customer (to check something, to send a document).
     *
     * @param what what the customer is to do, or {@code null}
     * @return the change
     */
    static AwaitingCustomer awaitingCustomer(@Nullable String what) {
        return new AwaitingCustomer(optionalText(AwaitingCustomer.class, "what", what));
    }

    /**
     * The customer chased the escalation or its promised callback.
     *
     * @param site the site the customer reached
     * @param channel how the customer reached it
     * @return the change
     */
    static CustomerChased customerChased(SiteId site, Channel channel) {
        return new CustomerChased(site, channel);
    }

    private static FreeText text(Class<?> type, String path, String value) {
        var check = Checks.building(type);
        FreeText text = check.attempt(path, () -> FreeText.of(value));
        check.done();
        return Objects.requireNonNull(text);
    }

    private static @Nullable FreeText optionalText(Class<?> type, String path, @Nullable String value) {
        return value == null ? null : text(type, path, value);
    }

    // ------------------------------------------------------------------ the changes

    /**
     * The operator raised the escalation; routing chose tier, assignee and priority.
     *
     * @param escalation the escalation as raised
     * @param tier the tier routing chose
     * @param assignee the responder routing chose, if any
     * @param priority the priority routing chose
     * @param reasons why routing decided so
     * @param clientApprovalRequired whether granting an exception needs the client's approval
     *     (outsourced irregular handling)
     */
    record Raised(@NotNull Escalation escalation,
            @NotNull Tier tier,
            @Nullable Actor assignee,
            @NotNull Priority priority,
            @NotNull List<@NotNull Reason> reasons,
            boolean clientApprovalRequired) implements Change {
        /**
         * Validates the change.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing
         */
        public Raised {
            if (!Checks.allPresent(escalation, tier, priority, reasons) || Checks.hasNull(reasons)) {
                Checks.of(Raised.class, escalation, tier, assignee, priority, reasons, clientApprovalRequired)
                        .noNullElements("reasons", reasons).done();
            }
            reasons = List.copyOf(reasons);
        }
    }

    /** A supervisor took note and listens in; the actor becomes the owner. */
    record Acknowledged() implements Change {}

    /**
     * A supervisor told the operator what to do; the actor becomes the owner if nobody is.
     *
     * @param instruction the instruction (personal data)
     */
    record Instructed(@NotNull FreeText instruction) implements Change {
        /**
         * Validates the change.
         *
         * @throws io.escalation.InvalidEscalationException if the instruction is missing
         */
        public Instructed {
            if (instruction == null) {
                Checks.validate(Instructed.class, instruction);
            }
        }
    }

    /**
     * A higher tier took the contact over; the actor becomes the owner.
     *
     * @param tier the tier that holds the contact now
     */
    record TakenOver(@NotNull Tier tier) implements Change {
        /**
         * Validates the change.
         *
         * @throws io.escalation.InvalidEscalationException if the tier is missing
         */
        public TakenOver {
            if (tier == null) {
                Checks.validate(TakenOver.class, tier);
            }
        }
    }

    /**
     * Referred to a department or the client: first referral, or again after the customer was
     * not satisfied with an explained answer.
     *
     * @param kind department or client
     * @param destination the department, or the client's code
     * @param reasonCode why it was referred, as a code
     * @param note a note for the department (personal data), or {@code null}
     */
    record Referred(@NotNull ReferralKind kind,
            @NotNull Department destination,
            @NotNull @Pattern(regexp = ModelLimits.CODE, message = ModelLimits.CODE_MESSAGE) String reasonCode,
            @Nullable FreeText note) implements Change {
        /**
         * Validates the change.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing or the code malformed
         */
        public Referred {
            if (!Checks.allPresent(kind, destination) || !Checks.isCode(reasonCode)) {
                Checks.validate(Referred.class, kind, destination, reasonCode, note);
            }
        }
    }

    /**
     * The department or the client answered.
     *
     * @param answer the answer (personal data)
     */
    record AnswerReceived(@NotNull FreeText answer) implements Change {
        /**
         * Validates the change.
         *
         * @throws io.escalation.InvalidEscalationException if the answer is missing
         */
        public AnswerReceived {
            if (answer == null) {
                Checks.validate(AnswerReceived.class, answer);
            }
        }
    }

    /**
     * The answer was explained to the customer.
     *
     * @param outcome whether the customer accepted it
     * @param reasonCode why the customer did not accept, as a code, or {@code null}
     * @param note a note (personal data), or {@code null}
     */
    record Explained(@NotNull ExplanationOutcome outcome,
            @Nullable @Pattern(regexp = ModelLimits.CODE, message = ModelLimits.CODE_MESSAGE) String reasonCode,
            @Nullable FreeText note) implements Change {
        /**
         * Validates the change.
         *
         * @throws io.escalation.InvalidEscalationException if the outcome is missing or the code malformed
         */
        public Explained {
            if (outcome == null || (reasonCode != null && !Checks.isCode(reasonCode))) {
                Checks.validate(Explained.class, outcome, reasonCode, note);
            }
        }
    }

    /**
     * The customer accepted: resolved.
     *
     * @param resolution how it was resolved (personal data)
     * @param exception for an irregular-handling request, whether the exception was granted;
     *     {@code null} for every other request
     */
    record Resolved(@NotNull FreeText resolution, @Nullable ExceptionDecision exception) implements Change {
        /**
         * Validates the change.
         *
         * @throws io.escalation.InvalidEscalationException if the resolution is missing
         */
        public Resolved {
            if (resolution == null) {
                Checks.validate(Resolved.class, resolution, exception);
            }
        }
    }

    /**
     * Reopened after it was resolved.
     *
     * @param why why (personal data), or {@code null}
     */
    record Reopened(@Nullable FreeText why) implements Change {}

    /** Closed: nothing more happens to it. */
    record Closed() implements Change {}

    /**
     * The operator solved it after all.
     *
     * @param why how (personal data), or {@code null}
     */
    record Withdrawn(@Nullable FreeText why) implements Change {}

    /**
     * Given to another responder.
     *
     * @param to the new owner
     */
    record Reassigned(@NotNull Actor to) implements Change {
        /**
         * Validates the change.
         *
         * @throws io.escalation.InvalidEscalationException if the new owner is missing
         */
        public Reassigned {
            if (to == null) {
                Checks.validate(Reassigned.class, to);
            }
        }
    }

    /**
     * A callback was promised to the customer.
     *
     * @param responder who will call
     * @param dueAt when the responder can realistically call
     * @param promiseBy what the customer was promised
     * @param remindAt when to remind the responder
     * @param attemptBudget how many attempts may be made before the promise counts as missed (1-20)
     */
    record CallbackScheduled(@NotNull ActorId responder,
            @NotNull Instant dueAt,
            @NotNull Instant promiseBy,
            @NotNull Instant remindAt,
            @Min(1) @Max(20) int attemptBudget) implements Change {
        /**
         * Validates the change.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing
         */
        public CallbackScheduled {
            if (responder == null || !Checks.isInstant(dueAt) || !Checks.isInstant(promiseBy)
                    || !Checks.isInstant(remindAt) || attemptBudget < 1 || attemptBudget > 20) {
                Checks.of(CallbackScheduled.class, responder, dueAt, promiseBy, remindAt, attemptBudget)
                        .instant("dueAt", dueAt).instant("promiseBy", promiseBy).instant("remindAt", remindAt).done();
            }
        }

        /**
         * A callback with one attempt: missing it misses the promise.
         *
         * @param responder who will call
         * @param dueAt when the responder can realistically call
         * @param promiseBy what the customer was promised
         * @param remindAt when to remind the responder
         */
        public CallbackScheduled(ActorId responder, Instant dueAt, Instant promiseBy, Instant remindAt) {
            this(responder, dueAt, promiseBy, remindAt, 1);
        }
    }

    /** The promised callback was made. */
    record CallbackMade() implements Change {}

    /**
     * An attempt at the promised callback failed (nobody answered, the line was busy); the
     * callback stays pending while attempts are left, and counts as missed when the budget is spent.
     */
    record CallbackMissed() implements Change {}

    /** A manager approved the irregular handling (the exception). */
    record IrregularHandlingApproved() implements Change {}

    /** The client company's approval of the exception was recorded. */
    record ClientApproved() implements Change {}

    /**
     * The priority rose, with the reason (an overdue callback, a chase, a breached SLA).
     *
     * @param to the new, higher priority
     * @param reason why
     */
    record PriorityRaised(@NotNull Priority to, @NotNull Reason reason) implements Change {
        /**
         * Validates the change.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing
         */
        public PriorityRaised {
            if (!Checks.allPresent(to, reason)) {
                Checks.validate(PriorityRaised.class, to, reason);
            }
        }
    }

    /**
     * Waits for the customer; SLA clocks pause by default.
     *
     * @param what what the customer is to do (personal data), or {@code null}
     */
    record AwaitingCustomer(@Nullable FreeText what) implements Change {}

    /** The customer came back; SLA clocks run again. */
    record CustomerResponded() implements Change {}

    /**
     * The customer chased (「約束の折り返し連絡がない。すぐかけさせろ」): contacted the center again,
     * from any site or channel, to ask about this escalation or its promised callback.
     *
     * @param site the site the customer reached
     * @param channel how the customer reached it
     */
    record CustomerChased(@NotNull SiteId site, @NotNull Channel channel) implements Change {
        /**
         * Validates the change.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing
         */
        public CustomerChased {
            if (!Checks.allPresent(site, channel)) {
                Checks.validate(CustomerChased.class, site, channel);
            }
        }
    }

    /**
     * The desk warned that an SLA deadline is near: a target's warning fired, once per target,
     * occurrence and warning.
     *
     * @param metric what the target measures
     * @param since the version of the event that started the measured occurrence
     * @param warning the warning's position in the target's warnings, from 0
     * @param calendarVersion the version of the SLA calendar that measured the time, when the warning fired
     */
    record SlaWarned(@NotNull SlaMetric metric, @Min(1) long since, @Min(0) @Max(99) int warning,
            @NotNull @Pattern(regexp = ModelLimits.CODE, message = ModelLimits.CODE_MESSAGE) String calendarVersion)
            implements Change {
        /**
         * Validates the change.
         *
         * @throws io.escalation.InvalidEscalationException naming every broken rule
         */
        public SlaWarned {
            if (metric == null || since < 1 || warning < 0 || warning > 99 || !Checks.isCode(calendarVersion)) {
                Checks.validate(SlaWarned.class, metric, since, warning, calendarVersion);
            }
        }
    }

    /**
     * An SLA deadline passed: a target was breached, recorded once per target and occurrence; the
     * desk raises the priority in the same batch.
     *
     * @param metric what the target measures
     * @param since the version of the event that started the measured occurrence
     * @param calendarVersion the version of the SLA calendar that measured the time, at the breach
     */
    record SlaBreached(@NotNull SlaMetric metric, @Min(1) long since,
            @NotNull @Pattern(regexp = ModelLimits.CODE, message = ModelLimits.CODE_MESSAGE) String calendarVersion)
            implements Change {
        /**
         * Validates the change.
         *
         * @throws io.escalation.InvalidEscalationException naming every broken rule
         */
        public SlaBreached {
            if (metric == null || since < 1 || !Checks.isCode(calendarVersion)) {
                Checks.validate(SlaBreached.class, metric, since, calendarVersion);
            }
        }
    }
}
