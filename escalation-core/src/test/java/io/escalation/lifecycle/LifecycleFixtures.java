package io.escalation.lifecycle;

import java.util.Locale;
import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.ModelFixtures;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.Tier;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Builds the next event of a state, for tests. */
public final class LifecycleFixtures {

    /** The raise instant of the fixtures. */
    public static final Instant T0 = Instant.parse("2026-11-24T01:30:00Z");

    private LifecycleFixtures() {}

    /**
     * Returns the raise event of an escalation, routed to a supervisor.
     *
     * @param escalation the escalation
     * @return the event
     */
    public static EscalationEvent raised(Escalation escalation) {
        return raised(escalation, Tier.SUPERVISOR, Actor.supervisor("sv-1"), Priority.NORMAL, false);
    }

    /**
     * Returns a raise event.
     *
     * @param escalation the escalation
     * @param tier the routed tier
     * @param assignee the routed assignee
     * @param priority the routed priority
     * @param clientApprovalRequired whether granting an exception needs the client
     * @return the event
     */
    public static EscalationEvent raised(Escalation escalation, Tier tier, Actor assignee, Priority priority,
            boolean clientApprovalRequired) {
        return new EscalationEvent(escalation.ref(), 1, escalation.raisedAt(),
                Actor.operator(escalation.operator().id().value()),
                new Change.Raised(escalation, tier, assignee, priority,
                        List.of(Reason.of("knowledge-gap", "test")),
                        clientApprovalRequired));
    }

    /**
     * Returns the seed escalation's state after raising.
     *
     * @return the state
     */
    public static EscalationState raisedSeed() {
        return EscalationState.start(raised(ModelFixtures.seed().raisedAt(T0).build()));
    }

    /**
     * Returns the next event of {@code s}: its next version, {@code gap} after its last event.
     *
     * @param s the state
     * @param who the actor
     * @param change the change
     * @param gap time since the last event
     * @return the event
     */
    public static EscalationEvent next(EscalationState s, Actor who, Change change, Duration gap) {
        return new EscalationEvent(s.ref(), s.version() + 1, s.updatedAt().plus(gap), who, change);
    }

    /**
     * Applies a change as the next event of {@code s}.
     *
     * @param s the state
     * @param who the actor
     * @param change the change
     * @param gap time since the last event
     * @return the next state
     */
    public static EscalationState step(EscalationState s, Actor who, Change change, Duration gap) {
        return s.apply(next(s, who, change, gap));
    }

    /**
     * Applies a change as the next event of {@code s}, at the same instant as its last event.
     *
     * @param s the state
     * @param who the actor
     * @param change the change
     * @return the next state
     */
    public static EscalationState step(EscalationState s, Actor who, Change change) {
        return step(s, who, change, Duration.ZERO);
    }

    static EscalationState acknowledge(EscalationState s, Actor who, Duration gap) {
        return step(s, who, Change.acknowledged(), gap);
    }

    static EscalationState instruct(EscalationState s, Actor who, Duration gap) {
        return step(s, who, Change.instructed("設定を再確認"), gap);
    }

    static EscalationState takeOver(EscalationState s, Actor who, Tier tier, Duration gap) {
        return step(s, who, Change.takenOver(tier), gap);
    }

    static EscalationState refer(EscalationState s, Actor who, String reasonCode, Duration gap) {
        return step(s, who, Change.referred(ReferralKind.DEPARTMENT, Department.of("mail-ops"), reasonCode,
                "設定値の確認をお願いします"), gap);
    }

    static EscalationState answer(EscalationState s, Actor who, Duration gap) {
        return step(s, who, Change.answerReceived("仕様です"), gap);
    }

    static EscalationState explain(EscalationState s, Actor who, ExplanationOutcome outcome, Duration gap) {
        return step(s, who, Change.explained(outcome, outcome == ExplanationOutcome.ACCEPTED ? null
                : "answer-not-accepted", null), gap);
    }

    static EscalationState resolve(EscalationState s, Actor who, Duration gap) {
        return step(s, who, Change.resolved("SMTP認証をオンにして解決", null), gap);
    }

    static EscalationState resolve(EscalationState s, Actor who, ExceptionDecision decision, Duration gap) {
        return step(s, who, Change.resolved("返金で解決", decision), gap);
    }

    static EscalationState close(EscalationState s, Actor who, Duration gap) {
        return step(s, who, Change.closed(), gap);
    }
}
