package io.escalation.internal.briefing;

import io.escalation.briefing.Gap;
import io.escalation.model.CallState;
import io.escalation.model.Escalation;
import io.escalation.model.FaultAttribution;
import io.escalation.model.RequestKind;
import java.util.ArrayList;
import java.util.List;

/** The standard gap rules behind {@code GapCheck.standard}; their texts are templates, never the operator's words. */
public final class StandardGaps {

    private StandardGaps() {}

    /**
     * A take-over (or harassment, or a demanded supervisor) needs the customer on hold or promised a callback.
     *
     * @param e the escalation
     * @return the gaps found
     */
    public static List<Gap> takeOverNeedsHoldOrCallback(Escalation e) {
        boolean takeOver = e.inquiry().kind() == RequestKind.TAKE_OVER || e.inquiry().kind() == RequestKind.HARASSMENT
                || e.customerState().demandedSupervisor();
        if (takeOver && e.callState() instanceof CallState.Live) {
            return List.of(Gap.of("hold-or-callback", "callState"));
        }
        return List.of();
    }

    /**
     * A callback (promised, or needed because the call ended) needs a reachable window and the customer's time zone.
     *
     * @param e the escalation
     * @return the gaps found
     */
    public static List<Gap> callbackNeedsWindowAndZone(Escalation e) {
        if (!(e.callState() instanceof CallState.CallbackPromised) && !(e.callState() instanceof CallState.Ended)) {
            return List.of();
        }
        List<Gap> gaps = new ArrayList<>();
        if (e.customer().reachable() == null) {
            gaps.add(Gap.of("missing-reachable-window", "customer.reachable"));
        }
        if (e.customer().timeZone() == null) {
            gaps.add(Gap.of("missing-time-zone", "customer.timeZone"));
        }
        return gaps;
    }

    /**
     * Irregular handling needs the fault attribution.
     *
     * @param e the escalation
     * @return the gaps found
     */
    public static List<Gap> irregularNeedsFault(Escalation e) {
        if (e.inquiry().kind() == RequestKind.IRREGULAR_HANDLING && e.fault() == FaultAttribution.UNDETERMINED) {
            return List.of(Gap.of("missing-fault", "fault"));
        }
        return List.of();
    }

    /**
     * A complaint needs what the customer lost or suffered.
     *
     * @param e the escalation
     * @return the gaps found
     */
    public static List<Gap> complaintNeedsImpact(Escalation e) {
        if (e.inquiry().kind() == RequestKind.COMPLAINT && e.inquiry().impact() == null) {
            return List.of(Gap.of("missing-impact", "inquiry.impact"));
        }
        return List.of();
    }

    /**
     * Every escalation should say what was already done.
     *
     * @param e the escalation
     * @return the gaps found
     */
    public static List<Gap> actionsTaken(Escalation e) {
        if (e.inquiry().actionsTaken().isEmpty()) {
            return List.of(Gap.of("missing-actions-taken", "inquiry.actionsTaken"));
        }
        return List.of();
    }

    /**
     * A technical category needs the customer's environment.
     *
     * @param e the escalation
     * @return the gaps found
     */
    public static List<Gap> environment(Escalation e) {
        if (e.inquiry().environment() == null) {
            return List.of(Gap.of("missing-environment", "inquiry.environment"));
        }
        return List.of();
    }
}
