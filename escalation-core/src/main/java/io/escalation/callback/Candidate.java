package io.escalation.callback;

import io.escalation.model.ActorId;
import io.escalation.internal.validation.Checks;
import io.escalation.model.ModelLimits;
import java.util.Objects;

/**
 * Someone who could call the customer back: the previous agent at their site, a supervisor here,
 * a department. Described the way the operator offers them to the customer.
 *
 * @param id the person (or team) who would call, as the staff directory names them, e.g.
 *     {@code previous-agent} or {@code sv-sato}
 * @param japanese how the operator names them in Japanese, e.g. {@code 前回の担当者}
 * @param english how the operator names them in English, e.g. {@code the previous agent}
 * @param calendar the candidate's site calendar
 * @param handoff how the escalation reaches them
 */
public record Candidate(ActorId id, String japanese, String english, BusinessCalendar calendar, Handoff handoff) {

    /** Validates the candidate. */
    public Candidate {
        if (id == null || !Checks.isText(japanese, ModelLimits.LABEL_MAX)
                || !Checks.isText(english, ModelLimits.LABEL_MAX) || calendar == null || handoff == null) {
            String label = "must be non-blank, at most " + ModelLimits.LABEL_MAX + " characters, without control characters";
            Checks.building(Candidate.class)
                    .require(id != null, "id", "NotNull", "must not be null", null)
                    .require(Checks.isText(japanese, ModelLimits.LABEL_MAX), "japanese", "Label", label, japanese)
                    .require(Checks.isText(english, ModelLimits.LABEL_MAX), "english", "Label", label, english)
                    .require(calendar != null, "calendar", "NotNull", "must not be null", null)
                    .require(handoff != null, "handoff", "NotNull", "must not be null", null)
                    .done();
        }
    }
}
