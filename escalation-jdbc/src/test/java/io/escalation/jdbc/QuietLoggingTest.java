package io.escalation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/** Normal use logs nothing at INFO or above, and no log line carries a payload or an id. */
class QuietLoggingTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void normalUseLogsOnlyAtDebugAndNeverAValue(TestDatabases database) {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("io.escalation");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        try (Db db = Db.open(database, Db.uniquePrefix("t_log"), 2)) {
            JdbcEscalations jdbc = db.migrated();
            jdbc.migrate();
            String secret = "yamada-" + UUID.randomUUID();
            jdbc.events().publish(new OutboxMessage("t", UUID.randomUUID(), "escalation", secret, "Raised",
                    "{\"name\":\"" + secret + "\"}"));
            List<FeedEntry> entries = jdbc.events().after("t", 0, 10);
            jdbc.events().saveCheckpoint("t", "relay", entries.get(0).seq());
            jdbc.events().saveCheckpoint("t", "relay", 0);
            jdbc.timers().schedule("t", secret, null, "k", Instant.EPOCH, null);
            for (TimerLease lease : jdbc.timers().claimDue("t", Instant.EPOCH, 10, Duration.ofMinutes(1))) {
                jdbc.timers().complete(lease);
            }
        } finally {
            root.detachAppender(appender);
        }
        List<ILoggingEvent> loud = appender.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                .collect(Collectors.toList());
        assertEquals(List.of(), loud.stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.toList()));
        assertTrue(appender.list.stream().noneMatch(e -> e.getFormattedMessage().contains("yamada")));
    }
}
