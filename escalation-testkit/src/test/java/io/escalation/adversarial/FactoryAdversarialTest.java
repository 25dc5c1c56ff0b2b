package io.escalation.adversarial;

import io.escalation.model.LocalizedText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.escalation.EscalationException;
import io.escalation.callback.BusinessCalendar;
import io.escalation.callback.CallbackPlanner;
import io.escalation.callback.Candidate;
import io.escalation.callback.Handoff;
import io.escalation.callback.JapaneseHolidays;
import io.escalation.desk.EscalationDesk;
import io.escalation.json.EscalationJson;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.EscalationEvent;
import io.escalation.lifecycle.EscalationState;
import io.escalation.model.ActorId;
import io.escalation.model.Escalation;
import io.escalation.model.EscalationRef;
import io.escalation.model.FreeText;
import io.escalation.model.Tier;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingPolicies;
import io.escalation.store.InMemoryCaseLibrary;
import io.escalation.store.InMemoryEscalationStore;
import io.escalation.testkit.EscalationGens;
import io.escalation.testkit.LifecycleGens;
import io.escalation.testkit.TestClock;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Calls every public constructor and static method of every exported core package, the methods
 * of the builders they return and of a sample of every core value, with nulls, empty, blank,
 * oversized and control-character strings, extreme numbers, instants and durations, in every
 * parameter position: each call returns or fails with an {@link EscalationException}, never another
 * exception; no message repeats oversized input or the personal-data canary, and no log line does.
 */
class FactoryAdversarialTest {

    private static final String CANARY = JsonAdversarialTest.CANARY;
    private static final String HUGE = "x".repeat(100_000);
    private static final Instant T0 = Instant.parse("2026-11-24T01:30:00Z");

    /** A valid value per parameter type, for the positions that are not under attack. */
    private static final Map<Class<?>, Supplier<Object>> VALID = new HashMap<>();
    /** Bad values per parameter type. */
    private static final Map<Class<?>, List<Object>> BAD = new HashMap<>();

    static {
        Escalation seed = EscalationGens.seed(T0).build();
        BusinessCalendar office = BusinessCalendar.builder(ZoneId.of("Asia/Tokyo"))
                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)).holidays(JapaneseHolidays.provider()).build();
        EscalationEvent raise = LifecycleGens.histories(0).samples(1, 5, 1).get(0).get(0);
        VALID.put(String.class, () -> "sv-1");
        VALID.put(int.class, () -> 1);
        VALID.put(long.class, () -> 1L);
        VALID.put(double.class, () -> 0.5);
        VALID.put(boolean.class, () -> true);
        VALID.put(Integer.class, () -> 1);
        VALID.put(Double.class, () -> 0.5);
        VALID.put(Instant.class, () -> T0);
        VALID.put(Duration.class, () -> Duration.ofMinutes(10));
        VALID.put(ZoneId.class, () -> ZoneId.of("Asia/Tokyo"));
        VALID.put(Locale.class, () -> Locale.JAPAN);
        VALID.put(LocalTime.class, () -> LocalTime.of(10, 0));
        VALID.put(LocalDate.class, () -> LocalDate.of(2026, 11, 24));
        VALID.put(List.class, List::of);
        VALID.put(Set.class, Set::of);
        VALID.put(Map.class, Map::of);
        VALID.put(Collection.class, List::of);
        VALID.put(Optional.class, Optional::empty);
        VALID.put(Clock.class, () -> TestClock.fixed(T0));
        VALID.put(Escalation.class, () -> seed);
        VALID.put(EscalationRef.class, seed::ref);
        VALID.put(FreeText.class, () -> FreeText.of("テキスト"));
        VALID.put(ActorId.class, () -> ActorId.of("sv-1"));
        VALID.put(Actor.class, () -> Actor.supervisor("sv-1"));
        VALID.put(Tier.class, () -> Tier.SUPERVISOR);
        VALID.put(Responder.class, () -> Responder.available("sv-1", Tier.SUPERVISOR));
        VALID.put(BusinessCalendar.class, () -> office);
        VALID.put(Handoff.class, Handoff::live);
        VALID.put(Candidate.class, () -> new Candidate(ActorId.of("sv-1"), LocalizedText.of(Locale.JAPANESE, "SV").and(Locale.ENGLISH, "a supervisor"), office, Handoff.live()));
        VALID.put(RoutingContext.class, () -> RoutingContext.builder(T0).build());
        VALID.put(EscalationEvent.class, () -> raise);
        VALID.put(EscalationState.class, () -> EscalationState.start(raise));
        VALID.put(Class.class, () -> Escalation.class);
        VALID.put(Object.class, () -> seed);

        BAD.put(String.class, Arrays.asList(null, "", " ", HUGE, "a\u0000b", "\ud800", CANARY + " " + HUGE, "../x", "%s%n"));
        BAD.put(int.class, List.of(-1, 0, Integer.MIN_VALUE, Integer.MAX_VALUE));
        BAD.put(long.class, List.of(-1L, 0L, Long.MIN_VALUE, Long.MAX_VALUE));
        BAD.put(double.class, List.of(-1.0, Double.NaN, Double.POSITIVE_INFINITY, 1e308));
        BAD.put(Integer.class, Arrays.asList(null, -1, Integer.MIN_VALUE));
        BAD.put(Double.class, Arrays.asList(null, Double.NaN, -0.5));
        BAD.put(Instant.class, Arrays.asList(null, Instant.MIN, Instant.MAX, Instant.EPOCH.minusSeconds(1),
                Instant.parse("+1000000000-01-01T00:00:00Z")));
        BAD.put(Duration.class, Arrays.asList(null, Duration.ofSeconds(Long.MIN_VALUE), Duration.ofSeconds(Long.MAX_VALUE),
                Duration.ofNanos(-1), Duration.ofDays(365L * 300)));
        BAD.put(LocalDate.class, Arrays.asList(null, LocalDate.MIN, LocalDate.MAX));
        BAD.put(List.class, Arrays.asList(null, Arrays.asList((Object) null)));
        BAD.put(Set.class, Arrays.asList(null, new java.util.HashSet<>(Arrays.asList((Object) null))));
        BAD.put(Map.class, java.util.Collections.singletonList(null));
        BAD.put(Collection.class, Arrays.asList(null, Arrays.asList((Object) null)));
    }

    private final List<String> untyped = new ArrayList<>();
    private final List<String> leaked = new ArrayList<>();
    private final Map<String, Integer> typedByClass = new TreeMap<>();
    private long calls;

    @Test
    void everyPublicEntryPointRefusesBadInputWithTypedErrors() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        try {
            assertTimeoutPreemptively(Duration.ofMinutes(3), this::run);
        } finally {
            root.detachAppender(appender);
        }
        for (ILoggingEvent e : appender.list) {
            String line = e.getFormattedMessage();
            if (line.contains("CANARY") || line.contains("カナリア") || line.contains(HUGE)) {
                leaked.add("log: " + abbreviate(line));
            }
            if (line.contains("HV000185")) {
                leaked.add("Hibernate Validator warned on normal use: " + abbreviate(line));
            }
        }
        System.out.printf("Factory adversarial suite: %,d calls, typed failures by class %s, %d untyped, %d leaked%n",
                calls, typedByClass, untyped.size(), leaked.size());
        leaked.stream().limit(20).forEach(l -> System.out.println("  leaked: " + l));
        assertEquals(List.of(), untyped, "untyped failures");
        assertEquals(List.of(), leaked, "oversized input, personal data or warnings in messages and logs");
        assertTrue(calls > 2_500, "only " + calls + " calls");
    }

    private void run() throws Exception {
        for (Class<?> type : exportedClasses()) {
            if (!Modifier.isPublic(type.getModifiers()) || type.isAnnotation()) {
                continue;
            }
            for (Constructor<?> c : type.getConstructors()) {
                attack(c, null);
            }
            for (Method m : type.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == type && !m.isSynthetic()) {
                    attack(m, null);
                }
            }
        }
        for (Object instance : instances()) {
            for (Method m : instance.getClass().getMethods()) {
                if (!Modifier.isStatic(m.getModifiers()) && !m.isBridge() && !m.isSynthetic()
                        && m.getDeclaringClass() != Object.class
                        && m.getDeclaringClass().getName().startsWith("io.escalation") && m.getParameterCount() > 0) {
                    attack(m, instance);
                }
            }
        }
    }

    /** Instances whose methods take input: builders, services, values. */
    private static List<Object> instances() {
        List<Object> out = new ArrayList<>();
        Escalation seed = EscalationGens.seed(T0).build();
        out.add(seed.toBuilder());
        out.add(Escalation.builder());
        out.add(io.escalation.model.Inquiry.builder(io.escalation.model.RequestKind.ADVICE));
        out.add(io.escalation.model.Customer.builder(io.escalation.model.CustomerRef.of("c-1"), Locale.JAPAN));
        out.add(BusinessCalendar.builder(ZoneId.of("Asia/Tokyo")));
        out.add(VALID.get(BusinessCalendar.class).get());
        out.add(CallbackPlanner.builder());
        out.add(CallbackPlanner.builder().build());
        out.add(RoutingContext.builder(T0));
        out.add(RoutingPolicies.standard());
        out.add(EscalationDesk.builder());
        out.add(EscalationDesk.builder().store(new InMemoryEscalationStore()).clock(TestClock.fixed(T0))
                .caseLibrary(new InMemoryCaseLibrary()).build());
        out.add(new InMemoryEscalationStore());
        out.add(new InMemoryCaseLibrary());
        out.add(EscalationJson.create());
        out.add(VALID.get(EscalationState.class).get());
        out.add(io.escalation.briefing.Briefing.builder());
        out.add(io.escalation.briefing.BriefingRenderer.forLocale(Locale.JAPANESE));
        out.add(io.escalation.briefing.BriefingRenderer.forLocale(Locale.ENGLISH));
        out.add(io.escalation.briefing.GapCheck.builder());
        out.add(JapaneseHolidays.provider());
        out.add(io.escalation.model.Priority.NORMAL);
        out.add(io.escalation.routing.TierLadder.standard());
        out.add(io.escalation.routing.Thresholds.DEFAULTS);
        out.add(io.escalation.briefing.GapCheck.standard(Set.of("mail-setup")));
        out.add(io.escalation.briefing.Briefing.from(seed));
        out.add(RoutingPolicies.standard().route(seed, RoutingContext.builder(T0).build()));
        out.add(io.escalation.briefing.HandoverSheet.of(seed, T0, ZoneId.of("Asia/Tokyo")));
        out.add(Tier.SUPERVISOR);
        return out;
    }

    private void attack(Executable e, Object target) {
        Parameter[] params = e.getParameters();
        if (params.length == 0) {
            invoke(e, target, new Object[0]);
            return;
        }
        Object[] valid = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            valid[i] = validFor(params[i].getType());
        }
        invoke(e, target, valid.clone());
        for (int i = 0; i < params.length; i++) {
            for (Object bad : badFor(params[i].getType())) {
                Object[] args = valid.clone();
                args[i] = bad;
                invoke(e, target, args);
            }
        }
        Object[] allNull = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            allNull[i] = params[i].getType().isPrimitive() ? valid[i] : null;
        }
        invoke(e, target, allNull);
    }

    private static Object validFor(Class<?> type) {
        Supplier<Object> s = VALID.get(type);
        if (s != null) {
            return s.get();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isArray()) {
            return java.lang.reflect.Array.newInstance(type.getComponentType(), 0);
        }
        return null;
    }

    private static List<Object> badFor(Class<?> type) {
        List<Object> bad = BAD.get(type);
        if (bad != null) {
            return bad;
        }
        if (type.isPrimitive()) {
            return List.of();
        }
        return java.util.Collections.singletonList(null);
    }

    private void invoke(Executable e, Object target, Object[] args) {
        calls++;
        try {
            if (e instanceof Constructor<?> c) {
                c.newInstance(args);
            } else {
                ((Method) e).invoke(target, args);
            }
        } catch (InvocationTargetException ite) {
            Throwable t = ite.getCause();
            String where = e.getDeclaringClass().getSimpleName() + "." + (e instanceof Constructor ? "<init>" : e.getName())
                    + describe(args);
            if (t instanceof EscalationException ee) {
                typedByClass.merge(ee.getClass().getSimpleName(), 1, Integer::sum);
                String message = String.valueOf(ee.getMessage());
                if (message.contains("CANARY") || message.contains("カナリア") || message.contains("x".repeat(200))) {
                    leaked.add(where + ": " + abbreviate(message));
                }
            } else if (!expected(e, t)) {
                untyped.add(where + " threw " + t.getClass().getName() + ": " + abbreviate(String.valueOf(t.getMessage())));
            }
        } catch (ReflectiveOperationException | IllegalArgumentException reflective) {
            // abstract classes and argument mismatches of the harness itself
        }
    }

    /** Calls whose non-SDK exception is the documented behaviour of a JDK contract. */
    private static boolean expected(Executable e, Throwable t) {
        // Object.equals/compareTo-style contracts and Enum.valueOf are the JDK's, not ours
        String name = e.getName();
        return (name.equals("valueOf") && e.getDeclaringClass().isEnum() && e.getParameterCount() == 1)
                || (name.equals("compareTo") && t instanceof NullPointerException);
    }

    private static String describe(Object[] args) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            sb.append(i == 0 ? "" : ", ").append(a instanceof String s ? io.escalation.Violation.kindOf(s)
                    : a == null ? "null" : a.getClass().getSimpleName());
        }
        return sb.append(')').toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…(" + s.length() + " chars)";
    }

    /** Every class of the packages {@code io.escalation.core} exports. */
    private static List<Class<?>> exportedClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path jarOrDir = Path.of(Escalation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor = ModuleFinder.of(jarOrDir).findAll().iterator().next().descriptor();
        Set<String> exported = new TreeSet<>();
        descriptor.exports().stream().filter(x -> !x.isQualified()).forEach(x -> exported.add(x.source()));
        List<Class<?>> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(jarOrDir)) {
            try (Stream<Path> files = Files.walk(jarOrDir)) {
                files.filter(p -> p.toString().endsWith(".class")).forEach(p ->
                        names.add(jarOrDir.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "")));
            }
        } else {
            try (var jar = new java.util.jar.JarFile(jarOrDir.toFile())) {
                jar.stream().map(java.util.jar.JarEntry::getName).filter(n -> n.endsWith(".class"))
                        .forEach(n -> names.add(n.replace('/', '.').replaceAll("\\.class$", "")));
            }
        }
        for (String n : names) {
            int dot = n.lastIndexOf('.');
            if (dot > 0 && exported.contains(n.substring(0, dot)) && !n.endsWith("module-info")
                    && !n.endsWith("package-info")) {
                out.add(Class.forName(n, false, FactoryAdversarialTest.class.getClassLoader()));
            }
        }
        return out;
    }
}
