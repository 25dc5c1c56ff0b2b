package io.escalation.callback;

import io.escalation.model.ActorId;
import io.escalation.internal.validation.Checks;
import io.escalation.model.LocalizedText;
import io.escalation.routing.Responder;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Someone who could call the customer back: the previous agent at their site, a supervisor here,
 * a department; named the way the operator offers them to the customer, in the customer's
 * language.
 *
 * @param id the person (or team) who would call, as the staff directory names them, e.g.
 *     {@code previous-agent} or {@code sv-sato}
 * @param name how the operator names them to the customer, e.g. 前回の担当者 / the previous agent
 * @param calendar the candidate's site calendar
 * @param handoff how the escalation reaches them
 */
public record Candidate(ActorId id, LocalizedText name, BusinessCalendar calendar, Handoff handoff) {

    /**
     * Validates the candidate.
     *
     * @throws io.escalation.InvalidEscalationException naming every missing part
     */
    public Candidate {
        if (id == null || name == null || calendar == null || handoff == null) {
            Checks.building(Candidate.class)
                    .require(id != null, "id", "NotNull", "must not be null", null)
                    .require(name != null, "name", "NotNull", "must not be null", null)
                    .require(calendar != null, "calendar", "NotNull", "must not be null", null)
                    .require(handoff != null, "handoff", "NotNull", "must not be null", null)
                    .done();
        }
    }

    /**
     * Returns a responder of the roster as a candidate, named by their name (else their id).
     *
     * @param responder the responder
     * @param calendar their site's calendar
     * @param handoff how the escalation reaches them
     * @return the candidate
     */
    public static Candidate of(Responder responder, BusinessCalendar calendar, Handoff handoff) {
        Checks.present(Candidate.class, "responder", responder);
        LocalizedText name = responder.name();
        return new Candidate(responder.id(), name != null ? name : LocalizedText.of(responder.id().value()), calendar,
                handoff);
    }

    /**
     * Returns a candidate named per language, e.g. {@code Map.of(JAPANESE, "前回の担当者", ENGLISH, "the previous agent")}.
     *
     * @param id who would call
     * @param name language to name
     * @param calendar their site's calendar
     * @param handoff how the escalation reaches them
     * @return the candidate
     */
    public static Candidate of(String id, Map<Locale, String> name, BusinessCalendar calendar, Handoff handoff) {
        var check = Checks.building(Candidate.class);
        ActorId actorId = check.attempt("id", () -> ActorId.of(id));
        LocalizedText text = check.attempt("name", () -> LocalizedText.of(name));
        check.done();
        return new Candidate(java.util.Objects.requireNonNull(actorId), java.util.Objects.requireNonNull(text),
                calendar, handoff);
    }
}
