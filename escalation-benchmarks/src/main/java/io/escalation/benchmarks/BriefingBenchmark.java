package io.escalation.benchmarks;

import io.escalation.briefing.Briefing;
import io.escalation.briefing.BriefingRenderer;
import io.escalation.examples.Tour;
import io.escalation.model.Escalation;
import io.escalation.model.Inquiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The briefing of the seed example ({@code BriefingExample}: the mail-setup escalation of
 * {@link Tour}): build it from the escalation, render it in Japanese and cut it to a
 * 15-second budget, then take the paragraph. Baseline in the same run: a plain
 * {@link StringBuilder} concatenation of the same lines (the conclusion and the customer's state,
 * which are what fits in 15 seconds). Target: at most 20 us.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BriefingBenchmark {

    /** The budget of the seed example. */
    public static final Duration BUDGET = Duration.ofSeconds(15);

    private final BriefingRenderer japanese = BriefingRenderer.forLocale(java.util.Locale.JAPANESE);
    /** Set by {@link #setUp}. */
    private Escalation seed;

    /**
     * Returns the seed escalation, as the examples build it.
     *
     * @return the escalation
     */
    public static Escalation seed() {
        return Tour.mailSetupEscalation(Clock.fixed(Instant.parse("2026-11-24T01:30:00Z"), ZoneOffset.UTC));
    }

    /**
     * Builds, renders and budgets a briefing, as the benchmark does.
     *
     * @param renderer the renderer
     * @param escalation the escalation
     * @return the paragraph that fits the budget
     */
    public static String briefing(BriefingRenderer renderer, Escalation escalation) {
        return renderer.render(Briefing.from(escalation), BUDGET).script().paragraph();
    }

    /**
     * The same paragraph by hand: the lines that fit, concatenated.
     *
     * @param escalation the seed escalation (calm or concerned, a decision ending in 「たい」)
     * @return the paragraph
     */
    public static String byHand(Escalation escalation) {
        Inquiry inquiry = escalation.inquiry();
        String decision = Objects.requireNonNull(inquiry.decisionWanted()).value();
        StringBuilder sb = new StringBuilder(96);
        sb.append(Objects.requireNonNull(inquiry.category()).label().in(java.util.Locale.JAPANESE)).append("案件で、");
        if (decision.endsWith("たい")) {
            sb.append(decision, 0, decision.length() - 2).append("たくて");
        } else {
            sb.append(decision);
        }
        sb.append('。');
        sb.append(switch (escalation.customerState().temperature()) {
            case CALM -> "お客様は落ち着いていらっしゃいます。";
            case CONCERNED -> "お客様は不安そうにされています。";
            default -> throw new IllegalArgumentException("the baseline knows the seed's temperatures only");
        });
        return sb.toString();
    }

    /** Makes the seed escalation and checks that the baseline writes the library's paragraph. */
    @Setup
    public void setUp() {
        seed = seed();
        String expected = briefing(japanese, seed);
        if (!expected.equals(byHand(seed))) {
            throw new IllegalStateException("the baseline's paragraph differs from the library's");
        }
    }

    /**
     * Build, render in Japanese, budget to 15 seconds.
     *
     * @return the paragraph
     */
    @Benchmark
    @Goal(maxNanos = 20_000)
    public String buildRenderBudget() {
        return briefing(japanese, seed);
    }

    /**
     * Baseline of {@link #buildRenderBudget}: the same lines with a {@link StringBuilder}.
     *
     * @return the paragraph
     */
    @Benchmark
    public String baselineBuildRenderBudget() {
        return byHand(seed);
    }
}
