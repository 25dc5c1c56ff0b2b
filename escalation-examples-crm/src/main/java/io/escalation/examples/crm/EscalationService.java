package io.escalation.examples.crm;

import io.escalation.callback.CallbackOption;
import io.escalation.callback.CallbackPlan;
import io.escalation.desk.EscalationDesk;
import io.escalation.json.EscalationJson;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.ActorId;
import io.escalation.model.Escalation;
import io.escalation.model.EscalationRef;
import io.escalation.model.TenantId;
import io.escalation.routing.Responder;
import io.escalation.sla.SlaTargets;
import io.escalation.text.Texts;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the CRM does with escalations: raise (alone, or with its ticket in one transaction), act with an expected
 * version, and read queues, briefings, handover sheets and callback plans.
 */
@Service
public class EscalationService {

    private final EscalationDesk desk;
    private final EscalationJson json;
    private final SlaTargets sla;
    private final Floor floor;
    private final Clock clock;
    private final TenantId tenant;
    private final TicketRepository tickets;
    private final List<TicketListener> ticketListeners;
    private final Texts texts = Texts.standard();

    /**
     * Creates the service.
     *
     * @param desk the desk
     * @param json the SDK's strict reader
     * @param sla the SLA targets
     * @param floor the floor
     * @param clock the clock
     * @param properties the CRM's settings
     * @param tickets the ticket table
     * @param ticketListeners what runs after a ticket was escalated, in its transaction
     */
    public EscalationService(EscalationDesk desk, EscalationJson json, SlaTargets sla,
            Floor floor, Clock clock, CrmProperties properties, TicketRepository tickets,
            List<TicketListener> ticketListeners) {
        this.desk = desk;
        this.json = json;
        this.sla = sla;
        this.floor = floor;
        this.clock = clock;
        this.tenant = TenantId.of(properties.tenant());
        this.tickets = tickets;
        this.ticketListeners = List.copyOf(ticketListeners);
    }

    /**
     * Returns the tenant of this installation.
     *
     * @return the tenant
     */
    public TenantId tenant() {
        return tenant;
    }

    /**
     * Returns the reference of an escalation of this tenant.
     *
     * @param id the escalation's id
     * @return the ref
     */
    public EscalationRef ref(String id) {
        return EscalationRef.of(tenant.value(), id);
    }

    /**
     * Raises an escalation from its JSON document, read by the SDK's strict reader.
     *
     * @param body the document's bytes
     * @return what the desk did
     * @throws io.escalation.json.EscalationJsonException when the document is refused
     * @throws CrmRequestException when it is for another tenant
     */
    public EscalationDesk.RaiseResult raise(byte[] body) {
        Escalation escalation = read(body);
        return desk.raise(escalation, floor.routing(clock.instant()));
    }

    private Escalation read(byte[] body) {
        Escalation escalation = json.read(body, Escalation.class);
        if (!escalation.tenant().equals(tenant)) {
            throw new CrmRequestException(HttpStatus.UNPROCESSABLE_CONTENT, "tenant", "configured-tenant",
                    "tenant must be the tenant this CRM is configured for");
        }
        return escalation;
    }

    /**
     * Escalates a ticket: marks it escalated and raises its escalation in one transaction, then lets the ticket
     * listeners do their part in it. If anything fails after both writes, both roll back.
     *
     * @param ticketId the ticket
     * @param body the escalation's JSON document
     * @return what the desk did
     * @throws CrmRequestException 404 for an unknown ticket, 409 for one already escalated, 422 when the
     *     escalation is for another customer
     */
    @Transactional
    public EscalationDesk.RaiseResult escalateTicket(String ticketId, byte[] body) {
        Escalation escalation = read(body);
        Ticket ticket = tickets.find(ticketId).orElseThrow(() -> new CrmRequestException(HttpStatus.NOT_FOUND,
                "ticketId", "exists", "no such ticket"));
        if (!ticket.customerRef().equals(escalation.customer().ref().value())) {
            throw new CrmRequestException(HttpStatus.UNPROCESSABLE_CONTENT, "customer.ref", "ticket-customer",
                    "customer.ref must be the ticket's customer");
        }
        if (!tickets.markEscalated(ticketId, escalation.id().value())) {
            throw new CrmRequestException(HttpStatus.CONFLICT, "ticketId", "open",
                    "the ticket must be open to be escalated");
        }
        EscalationDesk.RaiseResult raised = desk.raise(escalation, floor.routing(clock.instant()));
        for (TicketListener listener : ticketListeners) {
            listener.escalated(ticket, raised.state());
        }
        return raised;
    }

    /**
     * Applies a supervisor's action if the escalation is still at {@code expectedVersion}, through the desk's
     * conditional write ({@link EscalationDesk#apply(EscalationRef, long, Actor, Change)}): of any number of
     * requests with the same version, exactly one succeeds and the others get a
     * {@link io.escalation.store.VersionConflictException}, and the winner's step brings its consequences and
     * listeners as every desk write does. (The plain {@code apply} would replay a stale request on the fresh
     * state, which is right for a desk's own steps but not for a client's conditional request.)
     *
     * @param id the escalation
     * @param expectedVersion the version the client saw (its If-Match)
     * @param request the action
     * @return the state after it
     * @throws CrmRequestException 400 for a bad request, 412 when the version is stale
     */
    public EscalationState act(String id, long expectedVersion, ActionRequest request) {
        EscalationRef ref = ref(id);
        CrmAction action = CrmAction.named(required("$.action", request.action())).orElseThrow(() ->
                new CrmRequestException(HttpStatus.BAD_REQUEST, "$.action", "one-of",
                        "action must be one of acknowledge, instruct, take-over, schedule-callback"));
        Responder responder = floor.responder(required("$.actor", request.actor())).orElseThrow(() ->
                new CrmRequestException(HttpStatus.UNPROCESSABLE_CONTENT, "$.actor", "on-roster",
                        "actor must be a responder on the roster"));
        Actor actor = floor.actor(responder);
        Change change = switch (action) {
            case ACKNOWLEDGE -> Change.acknowledged();
            case INSTRUCT -> Change.instructed(required("$.instruction", request.instruction()));
            case TAKE_OVER -> Change.takenOver(responder.tier());
            case SCHEDULE_CALLBACK -> EscalationDesk.promised(option(ref, request.candidate() == null
                    ? responder.id().value() : request.candidate()));
        };
        return desk.apply(ref, expectedVersion, actor, change);
    }

    private CallbackOption option(EscalationRef ref, String candidate) {
        CallbackPlan plan = plan(ref);
        return plan.options().stream().filter(o -> o.candidate().id().value().equals(candidate)).findFirst()
                .orElseThrow(() -> new CrmRequestException(HttpStatus.CONFLICT, "$.candidate", "can-call-back",
                        "candidate must be able to call back within the planner's horizon"));
    }

    private static String required(String path, @org.jspecify.annotations.Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new CrmRequestException(HttpStatus.BAD_REQUEST, path, "required", path + " is required");
        }
        return value;
    }

    /**
     * Loads an escalation.
     *
     * @param id the escalation
     * @return its state
     */
    public EscalationState get(String id) {
        return desk.get(ref(id));
    }

    /**
     * Describes an escalation.
     *
     * @param state the state
     * @param lang the reader's language
     * @return the view
     */
    public EscalationView view(EscalationState state, Locale lang) {
        Instant now = clock.instant();
        return EscalationView.of(state, sla.deadlines(state, now), texts, lang, now);
    }

    /**
     * Returns a responder's queue, by priority then deadline, with SLA deadlines.
     *
     * @param owner the responder
     * @param lang the reader's language
     * @return the queue
     */
    public List<EscalationView> queue(String owner, Locale lang) {
        return desk.queue(tenant, ActorId.of(owner)).stream().map(s -> view(s, lang)).toList();
    }

    /**
     * Returns the operator's briefing, conclusion first.
     *
     * @param id the escalation
     * @param lang the reader's language
     * @return the briefing's paragraph
     */
    public String briefing(String id, Locale lang) {
        return desk.briefing(ref(id), lang).paragraph();
    }

    /**
     * Returns the handover sheet (二次対応の準備), times in the center's zone.
     *
     * @param id the escalation
     * @param lang the reader's language
     * @return the sheet's text
     */
    public String handoverSheet(String id, Locale lang) {
        return desk.handoverSheet(ref(id), floor.zone()).render(lang);
    }

    /**
     * Plans a callback with everyone present on the floor.
     *
     * @param ref the escalation
     * @return the plan
     */
    public CallbackPlan plan(EscalationRef ref) {
        return desk.planCallback(ref, floor.callbackCandidates());
    }

    /**
     * Returns the wording.
     *
     * @return the texts
     */
    public Texts texts() {
        return texts;
    }
}
