package io.escalation.examples.crm;

import io.escalation.lifecycle.EscalationState;
import io.escalation.sla.SlaDeadline;
import io.escalation.text.Texts;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * An escalation as the API shows it in a queue or on its own: no personal data (no names, contact points or free
 * text), labels in the reader's language, instants as ISO-8601 strings.
 *
 * @param id the escalation's id
 * @param status the status constant, e.g. {@code RAISED}
 * @param statusLabel the status in the reader's language
 * @param priority the priority constant
 * @param priorityLabel the priority in the reader's language
 * @param tier the tier's code
 * @param tierLabel the tier in the reader's language
 * @param owner who holds it, if anyone
 * @param category the inquiry's category in the reader's language, if it has one
 * @param version the version; the ETag is this number in quotes
 * @param raisedAt when it was raised
 * @param callback the pending callback promise, if any
 * @param sla the SLA deadlines now
 * @param allowed the API's actions ({@link CrmAction}) the status allows now
 */
public record EscalationView(String id, String status, String statusLabel, String priority, String priorityLabel,
        String tier, String tierLabel, @Nullable String owner, @Nullable String category, long version,
        String raisedAt, @Nullable Callback callback, List<Sla> sla, List<String> allowed) {

    /**
     * A pending callback promise.
     *
     * @param responder who calls
     * @param promiseBy what the customer was promised
     * @param remindAt when the responder is reminded
     */
    public record Callback(String responder, String promiseBy, String remindAt) {}

    /**
     * One SLA deadline.
     *
     * @param metric the metric constant
     * @param metricLabel the metric in the reader's language
     * @param status {@code RUNNING}, {@code PAUSED}, {@code MET} or {@code BREACHED}
     * @param breachAt when the limit is reached, unless paused or met
     * @param warnAt the next warning not yet past, if any
     * @param left business time left, ISO-8601
     */
    public record Sla(String metric, String metricLabel, String status, @Nullable String breachAt,
            @Nullable String warnAt, String left) {}

    /**
     * Describes a state.
     *
     * @param s the state
     * @param deadlines its SLA deadlines now
     * @param texts the wording
     * @param lang the reader's language
     * @param now the instant the deadlines were computed at
     * @return the view
     */
    public static EscalationView of(EscalationState s, List<SlaDeadline> deadlines, Texts texts, Locale lang,
            java.time.Instant now) {
        var category = s.escalation().inquiry().category();
        Callback callback = s.pendingCallback().map(c -> new Callback(c.responder().value(), c.promiseBy().toString(),
                c.remindAt().toString())).orElse(null);
        List<Sla> sla = deadlines.stream().map(d -> new Sla(d.target().metric().name(),
                texts.term(d.target().metric(), lang), d.status().name(),
                d.breachAt() == null ? null : d.breachAt().toString(),
                d.warnings().stream().map(SlaDeadline.Warning::at).filter(at -> at != null && at.isAfter(now))
                        .map(Object::toString).findFirst().orElse(null),
                d.left().toString())).toList();
        return new EscalationView(s.id().value(), s.status().name(), texts.term(s.status(), lang), s.priority().name(),
                texts.term(s.priority(), lang), s.tier().code(), texts.label(s.tier(), lang),
                s.owner() == null ? null : s.owner().id().value(),
                category == null ? null : texts.label(category, lang), s.version(), s.escalation().raisedAt().toString(),
                callback, sla, java.util.Arrays.stream(CrmAction.values()).filter(a -> s.allowedActions().contains(a.action()))
                        .map(CrmAction::apiName).toList());
    }
}
