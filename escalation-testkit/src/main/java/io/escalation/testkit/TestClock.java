package io.escalation.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} for tests: it stands still until the test moves it ({@link #fixed}), or moves
 * by a fixed step on every read ({@link #stepping}). The SDK takes its time from an injected
 * clock everywhere, so a test controls "now" completely with one of these. Thread-safe.
 *
 * <pre>{@code
 * TestClock clock = TestClock.fixed(Instant.parse("2026-05-07T01:30:00Z"));
 * EscalationDesk desk = EscalationDesk.builder().store(store).clock(clock).build();
 * clock.advance(Duration.ofHours(2));   // the promised callback is overdue now
 * }</pre>
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private final Duration step;
    private final ZoneId zone;

    private TestClock(AtomicReference<Instant> now, Duration step, ZoneId zone) {
        this.now = now;
        this.step = step;
        this.zone = zone;
    }

    /**
     * Returns a clock that stands at {@code start} until moved.
     *
     * @param start the first instant
     * @return the clock, in UTC
     */
    public static TestClock fixed(Instant start) {
        return new TestClock(new AtomicReference<>(Objects.requireNonNull(start, "start")), Duration.ZERO,
                ZoneOffset.UTC);
    }

    /**
     * Returns a clock that returns {@code start} first and then moves by {@code step} on every read,
     * so every event a desk records gets its own instant.
     *
     * @param start the first instant
     * @param step how far each read moves the clock; zero or positive
     * @return the clock, in UTC
     * @throws IllegalArgumentException if the step is negative
     */
    public static TestClock stepping(Instant start, Duration step) {
        if (Objects.requireNonNull(step, "step").isNegative()) {
            throw new IllegalArgumentException("step must not be negative, but was " + step);
        }
        return new TestClock(new AtomicReference<>(Objects.requireNonNull(start, "start")), step, ZoneOffset.UTC);
    }

    /**
     * Moves the clock forward (or back, for a negative duration).
     *
     * @param duration how far
     * @return this clock
     */
    public TestClock advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        now.updateAndGet(t -> t.plus(duration));
        return this;
    }

    /**
     * Sets the clock to an instant.
     *
     * @param instant the new now
     * @return this clock
     */
    public TestClock set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
        return this;
    }

    /**
     * Returns the current instant without moving a stepping clock.
     *
     * @return the instant the next read returns
     */
    public Instant peek() {
        return now.get();
    }

    @Override
    public Instant instant() {
        return step.isZero() ? now.get() : now.getAndUpdate(t -> t.plus(step));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /**
     * Returns a view in another zone sharing this clock's time: moving either moves both.
     *
     * @param zone the zone
     * @return the view
     */
    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(now, step, Objects.requireNonNull(zone, "zone"));
    }
}
