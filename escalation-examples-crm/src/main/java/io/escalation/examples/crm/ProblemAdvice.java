package io.escalation.examples.crm;

import io.escalation.EscalationException;
import io.escalation.InvalidEscalationException;
import io.escalation.Violation;
import io.escalation.briefing.MissingConclusionException;
import io.escalation.json.EscalationJsonException;
import io.escalation.lifecycle.IllegalTransitionException;
import io.escalation.lifecycle.UnauthorizedActionException;
import io.escalation.store.EscalationNotFoundException;
import io.escalation.store.IdempotencyConflictException;
import io.escalation.store.VersionConflictException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as {@code application/problem+json} (RFC 9457): a {@code type} per kind of problem, the SDK's
 * field paths and rules in {@code errors}, and nothing from the request body (the SDK's messages carry no
 * personal data; Jackson's, which quote input, are never used). Spring MVC's own errors (unsupported media type,
 * missing body, ...) come through {@link ResponseEntityExceptionHandler} as problem details too. Unexpected
 * failures are logged by class only and answered with a bare 500.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    /**
     * The SDK's JSON refusals: 400 with the problem, the JSON path and any model violations.
     *
     * @param e the refusal
     * @return the problem
     */
    @ExceptionHandler(EscalationJsonException.class)
    ResponseEntity<ProblemDetail> json(EscalationJsonException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-json", "The JSON document was refused",
                e.getMessage());
        p.setProperty("problem", e.problem().name());
        p.setProperty("jsonPath", e.jsonPath());
        p.setProperty("errors", e.violations().isEmpty()
                ? List.of(error(e.jsonPath(), e.problem().name(), e.getMessage()))
                : errors(e.violations()));
        return answer(p);
    }

    /**
     * A model value broke its rules: 400 with every violation's path.
     *
     * @param e the refusal
     * @return the problem
     */
    @ExceptionHandler(InvalidEscalationException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidEscalationException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-value", "A value breaks the model's rules",
                e.getMessage());
        p.setProperty("errors", errors(e.violations()));
        return answer(p);
    }

    /**
     * The CRM's own refusals.
     *
     * @param e the refusal
     * @return the problem
     */
    @ExceptionHandler(CrmRequestException.class)
    ResponseEntity<ProblemDetail> crm(CrmRequestException e) {
        ProblemDetail p = problem(e.status(), e.rule(), e.status().getReasonPhrase(), e.getMessage());
        p.setProperty("errors", List.of(error(e.field(), e.rule(), e.getMessage())));
        return answer(p);
    }

    /**
     * Another writer got in first: 412, the request's If-Match is stale.
     *
     * @param e the conflict
     * @return the problem
     */
    @ExceptionHandler(VersionConflictException.class)
    ResponseEntity<ProblemDetail> stale(VersionConflictException e) {
        ProblemDetail p = problem(HttpStatus.PRECONDITION_FAILED, "stale-version",
                "The escalation changed since the ETag was read", e.getMessage());
        p.setProperty("errors", List.of(error("If-Match", "current-version", "If-Match is not the current ETag")));
        p.setProperty("currentVersion", e.actualVersion());
        return answer(p);
    }

    /**
     * Not allowed in the escalation's status: 409.
     *
     * @param e the refusal
     * @return the problem
     */
    @ExceptionHandler(IllegalTransitionException.class)
    ResponseEntity<ProblemDetail> transition(IllegalTransitionException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "illegal-transition", "Not allowed in the current status",
                e.getMessage());
        p.setProperty("status", e.from().name());
        p.setProperty("errors", List.of(error("$.action", "allowed-in-status", e.getMessage())));
        return answer(p);
    }

    /**
     * The actor lacks the authority: 403.
     *
     * @param e the refusal
     * @return the problem
     */
    @ExceptionHandler(UnauthorizedActionException.class)
    ResponseEntity<ProblemDetail> unauthorized(UnauthorizedActionException e) {
        ProblemDetail p = problem(HttpStatus.FORBIDDEN, "unauthorized-action", "The actor may not do this",
                e.getMessage());
        p.setProperty("errors", List.of(error("$.actor", e.rule(), e.getMessage())));
        return answer(p);
    }

    /**
     * No such escalation: 404.
     *
     * @param e the refusal
     * @return the problem
     */
    @ExceptionHandler(EscalationNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(EscalationNotFoundException e) {
        return answer(problem(HttpStatus.NOT_FOUND, "not-found", "No such escalation", e.getMessage()));
    }

    /**
     * The idempotency key belongs to another escalation: 409.
     *
     * @param e the refusal
     * @return the problem
     */
    @ExceptionHandler(IdempotencyConflictException.class)
    ResponseEntity<ProblemDetail> idempotency(IdempotencyConflictException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "idempotency-conflict",
                "The idempotency key was used for another escalation", e.getMessage());
        p.setProperty("errors", List.of(error("idempotencyKey", "same-payload", e.getMessage())));
        return answer(p);
    }

    /**
     * The escalation cannot be briefed: 422 naming what is missing.
     *
     * @param e the refusal
     * @return the problem
     */
    @ExceptionHandler(MissingConclusionException.class)
    ResponseEntity<ProblemDetail> conclusion(MissingConclusionException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "missing-conclusion",
                "The briefing has no conclusion", e.getMessage());
        p.setProperty("errors", e.missing().stream().map(m -> error(m, "required", m + " is missing")).toList());
        return answer(p);
    }

    /**
     * Any other SDK failure (a database failure, ...): 500, logged by class; the SDK's messages carry no
     * personal data, but the answer says no more than needed.
     *
     * @param e the failure
     * @return the problem
     */
    @ExceptionHandler(EscalationException.class)
    ResponseEntity<ProblemDetail> sdk(EscalationException e) {
        LOG.error("escalation SDK failure: {}", e.getClass().getName());
        return answer(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "the request could not be completed"));
    }

    /**
     * Anything unexpected: 500, logged by class only (a message may quote input).
     *
     * @param e the failure
     * @return the problem
     */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        StackTraceElement[] at = e.getStackTrace();
        LOG.error("unexpected failure: {} at {}", e.getClass().getName(), at.length == 0 ? "?" : at[0]);
        return answer(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "the request could not be completed"));
    }

    /** Spring MVC's own errors: keep its status and wording, but never a message that may quote the body. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @org.jspecify.annotations.Nullable Object body,
            HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        HttpStatus status = HttpStatus.resolve(statusCode.value());
        String reason = status == null ? "Error" : status.getReasonPhrase();
        ProblemDetail p = ProblemDetail.forStatusAndDetail(statusCode, reason);
        p.setType(URI.create("urn:escalation-crm:problem:http-" + statusCode.value()));
        p.setTitle(reason);
        return ResponseEntity.status(statusCode).headers(headers)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static ProblemDetail problem(HttpStatusCode status, String kind, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("urn:escalation-crm:problem:" + kind.toLowerCase(Locale.ROOT)));
        p.setTitle(title);
        return p;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static List<Map<String, String>> errors(List<Violation> violations) {
        return violations.stream().map(v -> error(v.path(), v.rule(), v.message())).toList();
    }

    private static Map<String, String> error(String path, String rule, String message) {
        return Map.of("path", path, "rule", rule, "message", message);
    }
}
