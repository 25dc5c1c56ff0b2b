package io.escalation.examples.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.escalation.desk.EscalationDesk;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.lifecycle.EscalationStatus;
import io.escalation.model.Priority;
import io.escalation.store.InMemoryEscalationStore;
import io.escalation.testkit.TestClock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The projection applies each event once, in version order, with the SDK's state machine. */
class SupervisorQueueTest {

    private final TestClock clock = TestClock.fixed(SampleFloor.T0);
    private final EscalationDesk desk = EscalationDesk.builder().store(new InMemoryEscalationStore()).clock(clock)
            .build();

    private List<EscalationEvent> history(int n) {
        EscalationState s = desk.raise(SampleFloor.escalation(n, clock.instant()), SampleFloor.context(clock.instant()))
                .state();
        s = SampleFloor.promiseCallback(desk, s, clock.instant());
        return desk.apply(s.ref(), Actor.supervisor("sv-1"), new Change.PriorityRaised(Priority.URGENT,
                io.escalation.model.Reason.of("customer-called-twice", "floor/manual"))).history();
    }

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() {
        SupervisorQueue queue = new SupervisorQueue();
        List<EscalationEvent> events = history(1);

        for (EscalationEvent e : events) {
            assertEquals(SupervisorQueue.Outcome.APPLIED, queue.apply(e));
            assertEquals(SupervisorQueue.Outcome.ALREADY_APPLIED, queue.apply(e));
        }
        assertEquals(SupervisorQueue.Outcome.ALREADY_APPLIED, queue.apply(events.get(0)), "even much later");

        SupervisorQueue.Entry entry = queue.open().get(0);
        assertEquals(3, entry.version());
        assertEquals(Priority.URGENT, entry.priority());
        assertEquals(List.of(entry), queue.heldBy(entry.owner().id().value()));
        assertEquals(3, queue.appliedEventIds().size());
    }

    @Test
    void aGapIsRefusedUntilTheMissingEventArrives() {
        SupervisorQueue queue = new SupervisorQueue();
        List<EscalationEvent> events = history(2);

        assertThrows(ConsumerException.class, () -> queue.apply(events.get(1)), "version 2 before version 1");
        assertNull(queue.status(events.get(0).ref()));
        queue.apply(events.get(0));
        assertThrows(ConsumerException.class, () -> queue.apply(events.get(2)));
        queue.apply(events.get(1));
        queue.apply(events.get(2));
        assertEquals(EscalationStatus.RAISED, queue.status(events.get(0).ref()));
    }

    @Test
    void theQueueIsMostUrgentFirstAndShowsNoPersonalData() {
        SupervisorQueue queue = new SupervisorQueue();
        history(3).forEach(queue::apply);
        List<EscalationEvent> calm = desk.raise(SampleFloor.escalation(4, clock.instant()),
                SampleFloor.context(clock.instant())).state().history();
        calm.forEach(queue::apply);

        List<SupervisorQueue.Entry> open = queue.open();
        assertEquals(List.of("esc-3", "esc-4"), open.stream().map(e -> e.ref().id().value()).toList());
        String shown = open + " " + queue;
        for (String personal : List.of("再発行", "customer-")) {
            assertEquals(-1, shown.indexOf(personal), shown);
        }
    }
}
