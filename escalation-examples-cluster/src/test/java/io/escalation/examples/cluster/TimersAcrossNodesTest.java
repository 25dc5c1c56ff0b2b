package io.escalation.examples.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.lifecycle.Action;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.EscalationRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two nodes (pools and module instances of their own, one database) claim 200 due timers at once,
 * two threads each (PostgreSQL only; no broker): every callback reminder and every SLA warning fires exactly once in the cluster.
 */
class TimersAcrossNodesTest {

    private static final int ESCALATIONS = 100;

    @Test
    void everyReminderAndSlaWarningFiresExactlyOnceAcrossTwoNodes() throws Exception {
        try (TestCluster cluster = new TestCluster(false)) {
            cluster.raise(cluster.a, 0, ESCALATIONS);
            List<EscalationRef> refs = new ArrayList<>();
            for (int n = 0; n < ESCALATIONS; n++) {
                ClusterNode node = n % 2 == 0 ? cluster.a : cluster.b; // scheduled from both nodes
                EscalationState s = node.desk().get(EscalationRef.of(SampleFloor.TENANT.value(), "esc-" + n));
                node.timers().scheduleReminder(SampleFloor.promiseCallback(node.desk(), s, cluster.clock.instant()))
                        .orElseThrow();
                node.timers().scheduleSlaNotice(s.ref()).orElseThrow();
                refs.add(s.ref());
            }
            assertEquals(List.of(), cluster.a.timers().fireDue(SampleFloor.TENANT, 10), "nothing is due yet");
            cluster.clock.advance(Duration.ofMinutes(10)); // reminders at +5, warnings at +9

            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<DueTimers.Fired> fired = new ArrayList<>();
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<List<DueTimers.Fired>>> claimers = new ArrayList<>();
                for (ClusterNode node : List.of(cluster.a, cluster.b, cluster.a, cluster.b)) {
                    claimers.add(pool.submit(() -> {
                        go.await();
                        return node.timers().fireAllDue(SampleFloor.TENANT, 5);
                    }));
                }
                go.countDown();
                for (Future<List<DueTimers.Fired>> f : claimers) {
                    fired.addAll(f.get(120, TimeUnit.SECONDS));
                }
            } finally {
                pool.shutdownNow();
            }

            Map<String, Long> perTimer = fired.stream().collect(Collectors.groupingBy(DueTimers.Fired::timerId,
                    Collectors.counting()));
            assertEquals(2 * ESCALATIONS, perTimer.size(), "every timer fired");
            assertEquals(Map.of(1L, (long) 2 * ESCALATIONS), countOfCounts(perTimer), "and none twice");
            assertEquals(ESCALATIONS, fired.stream().filter(f -> f.kind().equals(DueTimers.CALLBACK_REMINDER)).count());
            Map<String, Long> perReminder = cluster.reminders.stream().collect(Collectors.groupingBy(
                    r -> r.split(" ")[1], Collectors.counting()));
            assertEquals(ESCALATIONS, perReminder.size(), "every responder was reminded");
            assertEquals(Map.of(1L, (long) ESCALATIONS), countOfCounts(perReminder), "once");
            Map<String, Long> perNode = fired.stream().collect(Collectors.groupingBy(DueTimers.Fired::node,
                    Collectors.counting()));
            assertEquals(2, perNode.size(), "both nodes fired timers: " + perNode);
            System.out.println("fired per node: " + perNode);

            for (EscalationRef ref : refs) {
                List<Action> actions = cluster.b.desk().get(ref).history().stream().map(EscalationEvent::action)
                        .toList();
                assertEquals(List.of(Action.RAISE, Action.SCHEDULE_CALLBACK, Action.WARN_SLA), actions,
                        "one warning in " + ref.id().value() + "'s history");
            }
            assertEquals(List.of(), cluster.b.timers().fireDue(SampleFloor.TENANT, 100), "nothing is left");
            cluster.clock.advance(Duration.ofMinutes(6)); // past the breach at +15
            List<DueTimers.Fired> breaches = cluster.b.timers().fireAllDue(SampleFloor.TENANT, 50);
            assertEquals(ESCALATIONS, breaches.size(), "firing a warning scheduled the breach notice");
        }
    }

    private static Map<Long, Long> countOfCounts(Map<String, Long> counts) {
        return counts.values().stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void aReminderScheduledFromBothNodesIsOneTimer() throws Exception {
        try (TestCluster cluster = new TestCluster(false)) {
            cluster.raise(cluster.a, 0, 1);
            EscalationState s = cluster.a.desk().get(EscalationRef.of(SampleFloor.TENANT.value(), "esc-0"));
            EscalationState promised = SampleFloor.promiseCallback(cluster.a.desk(), s, cluster.clock.instant());

            assertEquals(io.escalation.jdbc.ScheduleOutcome.CREATED,
                    cluster.a.timers().scheduleReminder(promised).orElseThrow());
            assertEquals(io.escalation.jdbc.ScheduleOutcome.UNCHANGED,
                    cluster.b.timers().scheduleReminder(cluster.b.desk().get(s.ref())).orElseThrow(),
                    "the other node scheduling the same reminder adds nothing");
            cluster.clock.advance(Duration.ofMinutes(5));
            assertEquals(1, cluster.b.timers().fireAllDue(SampleFloor.TENANT, 10).size());
            assertTrue(cluster.a.timers().fireAllDue(SampleFloor.TENANT, 10).isEmpty());
            assertEquals(1, cluster.reminders.size());
        }
    }
}
