package io.escalation.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.model.Escalation;
import io.escalation.model.Reason;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingDecision;
import io.escalation.routing.RoutingPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link RoutingPolicy} must pass, as an abstract JUnit Jupiter class
 * (Micrometer-style compatibility kit): extend it, supply your policy, and your test inherits
 * property tests of totality, determinism, reasons, assignees and thread safety over generated
 * escalations and contexts (1,000 cases each).
 *
 * <pre>{@code
 * class AcmePolicyTest extends RoutingPolicyContract {
 *     protected RoutingPolicy policy() { return new AcmePolicy(); }
 * }
 * }</pre>
 */
public abstract class RoutingPolicyContract {

    /** Creates the contract. */
    protected RoutingPolicyContract() {}

    /**
     * Returns the policy under test.
     *
     * @return the policy
     */
    protected abstract RoutingPolicy policy();

    /**
     * Returns the escalations to route; override to focus on your center's cases.
     *
     * @return the generator
     */
    protected Gen<Escalation> escalations() {
        return EscalationGens.escalations();
    }

    /**
     * Returns the contexts to route in; override to use your ladder, roster or thresholds.
     *
     * @return the generator
     */
    protected Gen<RoutingContext> contexts() {
        return RoutingGens.contexts();
    }

    @Test
    void everyValidEscalationAndContextGetsADecision() {
        RoutingPolicy policy = policy();
        Property.forAll(escalations(), contexts()).named("totality")
                .check((e, c) -> assertNotNull(policy.route(e, c)));
    }

    @Test
    void theSameInputsGiveTheSameDecision() {
        RoutingPolicy policy = policy();
        Property.forAll(escalations(), contexts()).named("determinism")
                .check((e, c) -> assertEquals(policy.route(e, c), policy.route(e, c)));
    }

    /**
     * Returns the wording the policy's reasons are read in; a vendor with its own languages or
     * reason codes returns its texts.
     *
     * @return the built-in texts by default
     */
    protected io.escalation.text.Texts texts() {
        return io.escalation.text.Texts.standard();
    }

    @Test
    void everyDecisionIsExplainedInEverySupportedLanguage() {
        RoutingPolicy policy = policy();
        io.escalation.text.Texts texts = texts();
        Property.forAll(escalations(), contexts()).named("reasons")
                .check((e, c) -> {
                    RoutingDecision d = policy.route(e, c);
                    assertFalse(d.reasons().isEmpty(), "reasons are never empty");
                    for (Reason r : d.reasons()) {
                        assertFalse(r.rule().isBlank());
                        for (java.util.Locale language : texts.languages()) {
                            String said = texts.reason(r, language);
                            assertFalse(said.isBlank() || (r.text() == null && said.equals(r.code())),
                                    r + " has no wording in " + language);
                        }
                    }
                });
    }

    @Test
    void anAssigneeIsOnTheRosterPresentAndOfTheDecidedTier() {
        RoutingPolicy policy = policy();
        Property.forAll(escalations(), contexts()).named("assignee")
                .check((e, c) -> {
                    Responder a = policy.route(e, c).assignee();
                    if (a != null) {
                        assertTrue(c.roster().contains(a), "the assignee comes from the roster");
                        assertTrue(a.isPresent(), "nobody away is assigned");
                        assertEquals(policy.route(e, c).tier(), a.tier());
                    }
                });
    }

    @Test
    void routingFromManyThreadsGivesTheSameDecisionsAsFromOne() throws Exception {
        RoutingPolicy policy = policy();
        List<Escalation> es = escalations().samples(7, 50, 200);
        List<RoutingContext> cs = contexts().samples(8, 50, 200);
        List<RoutingDecision> expected = new ArrayList<>();
        for (int i = 0; i < es.size(); i++) {
            expected.add(policy.route(es.get(i), cs.get(i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<RoutingDecision>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (int i = 0; i < es.size(); i++) {
                    int k = i;
                    futures.add(pool.submit(() -> policy.route(es.get(k), cs.get(k))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % es.size()), futures.get(i).get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
