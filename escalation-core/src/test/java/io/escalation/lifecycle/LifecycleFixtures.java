package io.escalation.lifecycle;

import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.FreeText;
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
     * Returns the raise event of the seed escalation.
     *
     * @param escalation the escalation
     * @return the event
     */
    public static EscalationEvent.Raised raised(Escalation escalation) {
        return new EscalationEvent.Raised(escalation.id(), 1, escalation.raisedAt(),
                Actor.operator(escalation.operator().id().value()), escalation, Tier.SUPERVISOR,
                Actor.supervisor("sv-1"), Priority.NORMAL,
                List.of(Reason.of("knowledge-gap", "判断が必要", "a decision is needed", "test")), false);
    }

    /**
     * Returns the seed escalation's state after raising.
     *
     * @return the state
     */
    public static EscalationState raisedSeed() {
        return EscalationState.start(raised(ModelFixtures.seed().raisedAt(T0).build()));
    }

    /** The next event's version and instant, given a state. */
    record Next(long version, Instant at) {
        static Next after(EscalationState s, Duration gap) {
            return new Next(s.version() + 1, s.updatedAt().plus(gap));
        }
    }

    static EscalationState acknowledge(EscalationState s, Actor who, Duration gap) {
        Next n = Next.after(s, gap);
        return s.apply(new EscalationEvent.Acknowledged(s.id(), n.version(), n.at(), who));
    }

    static EscalationState instruct(EscalationState s, Actor who, Duration gap) {
        Next n = Next.after(s, gap);
        return s.apply(new EscalationEvent.Instructed(s.id(), n.version(), n.at(), who, FreeText.of("設定を再確認")));
    }

    static EscalationState takeOver(EscalationState s, Actor who, Tier tier, Duration gap) {
        Next n = Next.after(s, gap);
        return s.apply(new EscalationEvent.TakenOver(s.id(), n.version(), n.at(), who, tier));
    }

    static EscalationState refer(EscalationState s, Actor who, Duration gap) {
        Next n = Next.after(s, gap);
        return s.apply(new EscalationEvent.Referred(s.id(), n.version(), n.at(), who, ReferralKind.DEPARTMENT,
                Department.of("mail-ops")));
    }

    static EscalationState answer(EscalationState s, Actor who, Duration gap) {
        Next n = Next.after(s, gap);
        return s.apply(new EscalationEvent.AnswerReceived(s.id(), n.version(), n.at(), who, FreeText.of("仕様です")));
    }

    static EscalationState explain(EscalationState s, Actor who, Duration gap) {
        Next n = Next.after(s, gap);
        return s.apply(new EscalationEvent.Explained(s.id(), n.version(), n.at(), who));
    }

    static EscalationState resolve(EscalationState s, Actor who, Duration gap) {
        Next n = Next.after(s, gap);
        return s.apply(new EscalationEvent.Resolved(s.id(), n.version(), n.at(), who,
                FreeText.of("SMTP認証をオンにして解決")));
    }

    static EscalationState close(EscalationState s, Actor who, Duration gap) {
        Next n = Next.after(s, gap);
        return s.apply(new EscalationEvent.Closed(s.id(), n.version(), n.at(), who));
    }
}
