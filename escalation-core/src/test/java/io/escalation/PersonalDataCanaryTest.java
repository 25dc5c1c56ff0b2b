package io.escalation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.escalation.json.EscalationJson;
import io.escalation.model.ContactPoint;
import io.escalation.model.Customer;
import io.escalation.model.CustomerRef;
import io.escalation.model.Escalation;
import io.escalation.model.FreeText;
import io.escalation.model.Inquiry;
import io.escalation.model.ModelFixtures;
import io.escalation.model.ModelLimits;
import io.escalation.model.PersonName;
import io.escalation.model.RequestKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Plants a canary in every personal field, exercises the API including its failures, and checks
 * that no canary reaches log output, exception messages, stack traces or {@code toString()}.
 */
class PersonalDataCanaryTest {

    private static final String NAME = "CanaryName";
    private static final String PHONE = "0399887766";
    private static final String MAIL = "canarymail@example.jp";
    private static final List<String> TEXTS = List.of("CanaryDecision", "CanaryConcern", "CanaryAction",
            "CanaryEnvironment", "CanaryBackground", "CanaryHistory", "CanaryImpact");
    private static final List<String> ALL = new ArrayList<>();

    static {
        ALL.add(NAME);
        ALL.add(PHONE);
        ALL.add(MAIL);
        ALL.addAll(TEXTS);
        ALL.add("CanaryBad");
    }

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final List<String> outputs = new ArrayList<>();
    private Level previous;

    @BeforeEach
    void captureEverything() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        previous = root.getLevel();
        root.setLevel(Level.TRACE);
        context.getLogger("org.hibernate.validator").setLevel(Level.TRACE);
        context.getLogger("org.jboss.logging").setLevel(Level.TRACE);
        appender.setContext(context);
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void restore() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAppender(appender);
        root.setLevel(previous);
        context.getLogger("org.hibernate.validator").setLevel(Level.WARN);
        context.getLogger("org.jboss.logging").setLevel(Level.WARN);
    }

    private static Escalation withCanaries() {
        return ModelFixtures.seed()
                .customer(Customer.builder(CustomerRef.of("c-1"), Locale.JAPAN).timeZone(ZoneId.of("Asia/Tokyo"))
                        .name(PersonName.of(NAME)).contact(ContactPoint.phone(PHONE)).build())
                .inquiry(Inquiry.builder(RequestKind.COMPLAINT).decisionWanted(TEXTS.get(0)).concern(TEXTS.get(1))
                        .actionTaken(TEXTS.get(2)).environment(TEXTS.get(3)).background(TEXTS.get(4))
                        .historyEntry(TEXTS.get(5)).impact(TEXTS.get(6)).build())
                .build();
    }

    private void failing(Supplier<?> action) {
        RuntimeException e = assertThrows(RuntimeException.class, action::get);
        assertTrue(e instanceof EscalationException, "expected an EscalationException but got " + e.getClass());
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        outputs.add(trace.toString());
        outputs.add(String.valueOf(e));
    }

    @Test
    void noCanaryEscapesThroughLogsMessagesOrToString() {
        Escalation e = withCanaries();
        outputs.add(e.toString());
        outputs.add(e.customer().toString());
        outputs.add(e.inquiry().toString());
        outputs.add(e.customer().name().toString());
        outputs.add(e.customer().contact().toString());
        outputs.add(ContactPoint.email(MAIL).toString());

        EscalationJson json = EscalationJson.create();
        String text = json.write(e);
        for (String canary : ALL.subList(0, ALL.size() - 2)) {
            assertTrue(text.contains(canary) || canary.equals(MAIL), "JSON must carry the data: " + canary);
        }

        // validation failures with canaries in the rejected values
        failing(() -> FreeText.of(TEXTS.get(0) + "x".repeat(ModelLimits.TEXT_MAX)));
        failing(() -> ContactPoint.phone("CanaryBad " + PHONE));
        failing(() -> ContactPoint.email(MAIL + "@" + MAIL));
        failing(() -> PersonName.of(NAME.repeat(50)));
        failing(() -> Inquiry.builder(RequestKind.ADVICE).actionTaken(TEXTS.get(2).repeat(500)).build());
        failing(() -> e.toBuilder().tenant(NAME + " x").build());
        failing(() -> e.toBuilder().id(PHONE + " " + NAME).build());

        // JSON failures with canaries where the parser or binder stops
        failing(() -> json.readEscalation(text.replace("\"" + TEXTS.get(3) + "\"", TEXTS.get(3))));
        failing(() -> json.readEscalation(text.replace("\"" + TEXTS.get(3) + "\"", "[\"" + TEXTS.get(3) + "\"]")));
        failing(() -> json.readEscalation(text.replace("\"COMPLAINT\"", "\"CanaryBad\"")));
        failing(() -> json.readEscalation(text.replace("\"" + TEXTS.get(4) + "\"",
                "\"" + TEXTS.get(4) + "\",\"mood\":\"" + NAME + "\"")));
        failing(() -> json.readEscalation(text.replace("\"raisedAt\":\"2026-11-24T01:30:00Z\"",
                "\"raisedAt\":\"" + NAME + "\"")));
        failing(() -> json.readEscalation(text.replace("\"" + PHONE + "\"", "\"CanaryBad\"")));
        failing(() -> json.readEscalation(text.replace("\"" + NAME + "\"", "\"" + NAME.repeat(100) + "\"")));
        failing(() -> json.readEscalation(text.substring(0, text.indexOf(TEXTS.get(4)) + 5)));
        failing(() -> json.readEscalation(text.replace("\"" + TEXTS.get(5) + "\"",
                "\"" + TEXTS.get(5) + "\"" + "[".repeat(80))));

        for (ILoggingEvent event : appender.list) {
            outputs.add(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                outputs.add(t.getMessage());
            }
        }
        assertFalse(outputs.isEmpty());
        for (String out : outputs) {
            for (String canary : ALL) {
                assertFalse(out != null && out.contains(canary), "canary " + canary + " leaked into: " + out);
            }
        }
    }
}
