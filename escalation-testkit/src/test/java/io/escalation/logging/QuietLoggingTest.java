package io.escalation.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.escalation.InvalidEscalationException;
import io.escalation.briefing.Briefing;
import io.escalation.briefing.BriefingRenderer;
import io.escalation.briefing.HandoverSheet;
import io.escalation.desk.EscalationDesk;
import io.escalation.json.EscalationJson;
import io.escalation.json.EscalationJsonException;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.Change;
import io.escalation.model.EscalationRef;
import io.escalation.model.Tier;
import io.escalation.model.TenantId;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingPolicies;
import io.escalation.store.InMemoryEscalationStore;
import io.escalation.testkit.EscalationGens;
import io.escalation.testkit.TestClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Normal use, bad input included, writes no line at INFO or above that a host must silence. */
class QuietLoggingTest {

    @Test
    void normalUseAndRefusedInputLogNothingAtInfoOrAbove() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.setContext(context);
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.TRACE);
        try {
            Instant t0 = Instant.parse("2026-11-24T01:30:00Z");
            TestClock clock = TestClock.fixed(t0);
            EscalationDesk desk = EscalationDesk.builder().store(new InMemoryEscalationStore()).clock(clock).build();
            RoutingContext ctx = RoutingContext.builder(t0).responder(Responder.available("sv-1", Tier.SUPERVISOR)).build();
            var e = EscalationGens.seed(t0).build();
            var raised = desk.raise(e, ctx);
            EscalationRef ref = raised.ref();
            desk.apply(ref, Actor.supervisor("sv-1"), Change.acknowledged());
            BriefingRenderer.forLocale(Locale.ENGLISH).render(Briefing.from(e));
            HandoverSheet.builder(e, t0).zone(ZoneId.of("Asia/Tokyo")).decision(raised.decision()).build()
                    .render(Locale.JAPANESE);
            RoutingPolicies.standard().route(e, ctx);
            EscalationJson json = EscalationJson.create();
            json.readEscalation(json.write(e));
            assertThrows(InvalidEscalationException.class, () -> TenantId.of(""));
            assertThrows(EscalationJsonException.class, () -> json.readEscalation("{\"id\":1}"));
            List<String> loud = appender.list.stream().filter(x -> x.getLevel().isGreaterOrEqual(Level.INFO))
                    .map(x -> x.getLoggerName() + ": " + x.getFormattedMessage()).toList();
            assertEquals(List.of(), loud);
        } finally {
            root.detachAppender(appender);
            root.setLevel(before);
        }
    }
}
