package io.escalation.examples.crm;

import io.escalation.callback.CallbackPlan;
import io.escalation.desk.EscalationDesk;
import io.escalation.lifecycle.EscalationState;
import io.escalation.routing.Responder;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The escalation API. Bodies are taken as bytes and read by the SDK's {@code EscalationJson} (escalations) or
 * {@link StrictBodies} (actions), so no body text ever reaches a log; errors are {@code application/problem+json}
 * ({@link ProblemAdvice}).
 */
@RestController
@RequestMapping("/api")
public class EscalationController {

    private final EscalationService service;
    private final StrictBodies bodies;
    private final Floor floor;

    /**
     * Creates the controller.
     *
     * @param service the service
     * @param bodies the reader of the CRM's own bodies
     * @param floor the floor
     */
    public EscalationController(EscalationService service, StrictBodies bodies, Floor floor) {
        this.service = service;
        this.bodies = bodies;
        this.floor = floor;
    }

    /**
     * Raises an escalation: 201 with its location and ETag, or 200 with the existing one when its idempotency
     * key was used before with the same payload.
     *
     * @param body the escalation's {@code EscalationJson} document
     * @param headers the request's headers (Accept-Language)
     * @return the raised escalation and the routing decision explained
     */
    @PostMapping(path = "/escalations", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Raised> raise(@RequestBody byte[] body, @RequestHeader HttpHeaders headers) {
        return raised(service.raise(body), Languages.pick(headers));
    }

    /**
     * The answer to a raise.
     *
     * @param escalation the escalation now
     * @param routing why it went where it went, in the reader's language
     */
    public record Raised(EscalationView escalation, List<String> routing) {}

    ResponseEntity<Raised> raised(EscalationDesk.RaiseResult result, Locale lang) {
        EscalationState state = result.state();
        Raised answer = new Raised(service.view(state, lang), result.explain(service.texts(), lang));
        var builder = result.created()
                ? ResponseEntity.created(URI.create("/api/escalations/" + state.id().value()))
                : ResponseEntity.ok().location(URI.create("/api/escalations/" + state.id().value()));
        return builder.eTag(ETags.of(state.version())).header(HttpHeaders.CONTENT_LANGUAGE, lang.toLanguageTag())
                .body(answer);
    }

    /**
     * Fetches an escalation, with its version as the ETag.
     *
     * @param id the escalation
     * @param headers the request's headers (Accept-Language)
     * @return the escalation
     */
    @GetMapping("/escalations/{id}")
    public ResponseEntity<EscalationView> get(@PathVariable String id, @RequestHeader HttpHeaders headers) {
        Locale lang = Languages.pick(headers);
        EscalationState state = service.get(id);
        return ResponseEntity.ok().eTag(ETags.of(state.version())).varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CONTENT_LANGUAGE, lang.toLanguageTag()).body(service.view(state, lang));
    }

    /**
     * Acts on an escalation. {@code If-Match} must carry the escalation's current ETag: missing is 428, stale
     * 412; the answer carries the new ETag.
     *
     * @param id the escalation
     * @param ifMatch the ETag the action was decided on
     * @param body the {@link ActionRequest}
     * @param headers the request's headers (Accept-Language)
     * @return the escalation after the action
     */
    @PostMapping(path = "/escalations/{id}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<EscalationView> act(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody byte[] body, @RequestHeader HttpHeaders headers) {
        Locale lang = Languages.pick(headers);
        EscalationState current = service.get(id);
        OptionalLong expected = ETags.expected(ifMatch, current.version());
        if (expected.isEmpty()) {
            throw new CrmRequestException(HttpStatus.PRECONDITION_FAILED, "If-Match", "current-version",
                    "If-Match does not name the escalation's current ETag");
        }
        ActionRequest request = bodies.read(body, ActionRequest.class);
        EscalationState after = service.act(id, expected.getAsLong(), request);
        return ResponseEntity.ok().eTag(ETags.of(after.version()))
                .header(HttpHeaders.CONTENT_LANGUAGE, lang.toLanguageTag()).body(service.view(after, lang));
    }

    /**
     * A supervisor's queue, by priority then deadline, with SLA deadlines.
     *
     * @param owner the responder
     * @param headers the request's headers (Accept-Language)
     * @return the queue
     */
    @GetMapping("/supervisors/{owner}/queue")
    public ResponseEntity<List<EscalationView>> queue(@PathVariable String owner, @RequestHeader HttpHeaders headers) {
        Locale lang = Languages.pick(headers);
        if (floor.responder(owner).isEmpty()) {
            throw new CrmRequestException(HttpStatus.NOT_FOUND, "owner", "on-roster", "no such responder on the roster");
        }
        return ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CONTENT_LANGUAGE, lang.toLanguageTag()).body(service.queue(owner, lang));
    }

    /**
     * One member of the roster.
     *
     * @param id the responder's id
     * @param name how the floor calls them, in the reader's language
     * @param tier the tier's code
     * @param present whether they are on the floor now
     */
    public record Member(String id, String name, String tier, boolean present) {}

    /**
     * The roster.
     *
     * @param headers the request's headers (Accept-Language)
     * @return everyone, present or away
     */
    @GetMapping("/supervisors")
    public List<Member> roster(@RequestHeader HttpHeaders headers) {
        Locale lang = Languages.pick(headers);
        return floor.roster().stream().map((Responder r) -> new Member(r.id().value(),
                r.name() == null ? r.id().value() : r.name().in(lang), r.tier().code(), r.isPresent())).toList();
    }

    /**
     * The operator's briefing, conclusion first, as text in the reader's language.
     *
     * @param id the escalation
     * @param headers the request's headers (Accept-Language: ja or en)
     * @return the text
     */
    @GetMapping(path = "/escalations/{id}/briefing", produces = MediaType.TEXT_PLAIN_VALUE)
    public ResponseEntity<String> briefing(@PathVariable String id, @RequestHeader HttpHeaders headers) {
        Locale lang = Languages.pick(headers);
        return text(service.briefing(id, lang), lang);
    }

    /**
     * The handover sheet (二次対応の準備), as text in the reader's language.
     *
     * @param id the escalation
     * @param headers the request's headers (Accept-Language: ja or en)
     * @return the text
     */
    @GetMapping(path = "/escalations/{id}/handover-sheet", produces = MediaType.TEXT_PLAIN_VALUE)
    public ResponseEntity<String> handoverSheet(@PathVariable String id, @RequestHeader HttpHeaders headers) {
        Locale lang = Languages.pick(headers);
        return text(service.handoverSheet(id, lang), lang);
    }

    private static ResponseEntity<String> text(String text, Locale lang) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE).header(HttpHeaders.CONTENT_LANGUAGE, lang.toLanguageTag())
                .body(text);
    }

    /**
     * A callback plan.
     *
     * @param offer what to tell the customer, in the reader's language
     * @param options one per candidate who can call
     * @param unavailable who cannot call within the horizon, and the next possible day
     */
    public record Plan(String offer, List<Option> options, List<Unavailable> unavailable) {}

    /**
     * A callback option.
     *
     * @param candidate who calls
     * @param name how the floor calls them, in the reader's language
     * @param dueAt when they can realistically call
     * @param promiseBy what to promise the customer
     * @param remindAt when to remind them
     * @param promise the promise in the customer's words, in the reader's language
     */
    public record Option(String candidate, String name, String dueAt, String promiseBy, String remindAt,
            String promise) {}

    /**
     * Someone who cannot call back within the horizon.
     *
     * @param candidate who
     * @param reason why, in the reader's language
     * @param nextPossible the next possible day, if known
     */
    public record Unavailable(String candidate, String reason, @Nullable String nextPossible) {}

    /**
     * The callback plan with everyone present on the floor; nothing is stored (schedule one with the action
     * {@code schedule-callback}).
     *
     * @param id the escalation
     * @param headers the request's headers (Accept-Language)
     * @return the plan
     */
    @GetMapping("/escalations/{id}/callback-plan")
    public ResponseEntity<Plan> callbackPlan(@PathVariable String id, @RequestHeader HttpHeaders headers) {
        Locale lang = Languages.pick(headers);
        CallbackPlan plan = service.plan(service.ref(id));
        Plan answer = new Plan(plan.offer(service.texts(), lang), plan.options().stream().map(o -> new Option(
                o.candidate().id().value(), o.candidate().name().in(lang), o.dueAt().toString(),
                o.promiseBy().toString(), o.remindAt().toString(), o.promise(service.texts(), lang))).toList(),
                plan.unavailable().stream().map(u -> new Unavailable(u.candidate().id().value(),
                        service.texts().reason(u.reason(), lang),
                        u.nextPossible() == null ? null : u.nextPossible().toOffsetDateTime().toString())).toList());
        return ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CONTENT_LANGUAGE, lang.toLanguageTag()).body(answer);
    }
}
