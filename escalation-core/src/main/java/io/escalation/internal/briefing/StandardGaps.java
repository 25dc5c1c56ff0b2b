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
            return List.of(new Gap("hold-or-callback", "callState",
                    "引き継ぐ前に、保留にするか折り返しをお約束するか決めてください",
                    "before handing over, put the customer on hold or promise a callback"));
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
            gaps.add(new Gap("missing-reachable-window", "customer.reachable",
                    "お電話してよい時間帯をお客様に確認してください", "ask when the customer can take a call"));
        }
        if (e.customer().timeZone() == null) {
            gaps.add(new Gap("missing-time-zone", "customer.timeZone",
                    "お客様のタイムゾーン（海外からのお問い合わせか）を確認してください",
                    "ask which time zone the customer is in"));
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
            return List.of(new Gap("missing-fault", "fault", "当社起因かお客様起因かを確認してください",
                    "find out whether the company or the customer is at fault"));
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
            return List.of(new Gap("missing-impact", "inquiry.impact", "お客様が被った不利益・ご迷惑の内容を確認してください",
                    "find out what the customer lost or suffered"));
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
            return List.of(new Gap("missing-actions-taken", "inquiry.actionsTaken",
                    "既に対応したこと（案内済みの内容）をまとめてください", "note what you have already done or told the customer"));
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
            return List.of(new Gap("missing-environment", "inquiry.environment",
                    "お客様の環境（機種・OS・ソフトとバージョン）を確認してください",
                    "ask for the customer's environment (device, OS, software and version)"));
        }
        return List.of();
    }
}
