package io.escalation.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecycleDiagramTest {

    @Test
    void readmeShowsTheDiagramGeneratedFromTheCode() throws Exception {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String diagram = Lifecycle.mermaid();
        assertTrue(readme.contains("```mermaid\n" + diagram + "```"),
                "README.md must contain the current Lifecycle.mermaid() output; regenerate it:\n" + diagram);
    }

    @Test
    void diagramHasAnArrowForEveryStatusChange() {
        String diagram = Lifecycle.mermaid();
        for (EscalationStatus from : EscalationStatus.values()) {
            for (Action action : Lifecycle.allowedActions(from)) {
                assertTrue(diagram.contains(action.name()), action + " missing");
            }
        }
        assertTrue(diagram.contains("EXPLAINED --> REFERRED: REFER"), "customer not satisfied: back to department");
        assertTrue(diagram.contains("RESOLVED --> CLOSED: CLOSE"));
    }

    @Test
    void closedAllowsNothingAndOnlyManagersApproveIrregularHandling() {
        assertTrue(Lifecycle.allowedActions(EscalationStatus.CLOSED).isEmpty());
        assertEquals(Set.of(ActorRole.MANAGER), Lifecycle.rolesFor(Action.APPROVE_IRREGULAR_HANDLING));
        assertEquals(EnumSet.of(ActorRole.SUPERVISOR, ActorRole.MANAGER), Lifecycle.rolesFor(Action.ACKNOWLEDGE));
    }
}
