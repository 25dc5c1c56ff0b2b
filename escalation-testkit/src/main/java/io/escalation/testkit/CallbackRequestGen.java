package io.escalation.testkit;

import io.escalation.callback.CallbackRequest;
import io.escalation.callback.Candidate;
import io.escalation.model.ActorId;
import io.escalation.model.ContactWindow;
import io.escalation.model.LocalizedText;
import io.escalation.model.Priority;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Callback requests, narrowed in the desk's words: {@code callbackRequests().customerIn(tokyo)
 * .window(ContactWindow.of(LocalTime.of(10, 0), LocalTime.of(20, 0))).candidates(1, 1)}. Immutable.
 * Get one from {@link EscalationGens#callbackRequests()}.
 *
 * <p>Shrinks toward one candidate, no customer zone or window, normal priority and the earliest
 * instant. Edge cases: promises around midnight (see {@link CalendarGens#callbackRequests()}),
 * kept when they fit the narrowing.
 */
public final class CallbackRequestGen extends DomainGen<CallbackRequest> {

    private final Gen<@Nullable ZoneId> zones;
    private final Gen<@Nullable ContactWindow> windows;
    private final Gen<Priority> priorities;
    private final int minCandidates;
    private final int maxCandidates;
    private final UnaryOperator<CalendarGen> calendars;
    private final Predicate<CallbackRequest> fits;
    private final Gen<CallbackRequest> gen;

    private CallbackRequestGen(Gen<@Nullable ZoneId> zones, Gen<@Nullable ContactWindow> windows,
            Gen<Priority> priorities, int minCandidates, int maxCandidates, UnaryOperator<CalendarGen> calendars,
            Predicate<CallbackRequest> fits) {
        if (minCandidates < 1 || maxCandidates < minCandidates) {
            throw new IllegalArgumentException("candidates needs 1 <= min <= max, but got " + minCandidates + ", "
                    + maxCandidates);
        }
        this.zones = zones;
        this.windows = windows;
        this.priorities = priorities;
        this.minCandidates = minCandidates;
        this.maxCandidates = maxCandidates;
        this.calendars = calendars;
        this.fits = fits;
        CalendarGen site = calendars.apply(CalendarGens.calendars());
        Gen<List<Candidate>> candidates = Gens.lists(Gens.combine(site, CalendarGens.handoffs(),
                (c, h) -> new Candidate(ActorId.of("c"), LocalizedText.of(Locale.JAPANESE, "担当"), c, h)),
                minCandidates, maxCandidates).map(CallbackRequestGen::named);
        List<CallbackRequest> edges = CalendarGens.midnightRequests().stream().filter(fits).toList();
        this.gen = Gens.combine(CalendarGens.instants(), zones, windows, priorities, candidates, CallbackRequest::new)
                .withEdgeCases(edges);
    }

    static CallbackRequestGen any() {
        return new CallbackRequestGen(Gens.nullable(Gens.zones()), Gens.nullable(EscalationGens.contactWindows()),
                Gens.enums(Priority.class), 1, 3, UnaryOperator.identity(), r -> true);
    }

    /** Names candidates by position ({@code c0}, {@code c1}, ...), so shrinking may drop any of them. */
    private static List<Candidate> named(List<Candidate> drafts) {
        List<Candidate> out = new ArrayList<>(drafts.size());
        for (Candidate c : drafts) {
            int i = out.size();
            out.add(new Candidate(ActorId.of("c" + i), LocalizedText.of(Locale.JAPANESE, "担当" + i)
                    .and(Locale.ENGLISH, "responder " + i), c.calendar(), c.handoff()));
        }
        return List.copyOf(out);
    }

    @Override
    Gen<CallbackRequest> delegate() {
        return gen;
    }

    /**
     * Only customers in this zone.
     *
     * @param zone the customer's zone
     * @return the narrowed generator
     */
    public CallbackRequestGen customerIn(ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return new CallbackRequestGen(Gens.constant(zone), windows, priorities, minCandidates, maxCandidates, calendars,
                fits.and(r -> zone.equals(r.customerZone())));
    }

    /**
     * Only customers reachable in this window.
     *
     * @param window when the customer can take the call
     * @return the narrowed generator
     */
    public CallbackRequestGen window(ContactWindow window) {
        Objects.requireNonNull(window, "window");
        return new CallbackRequestGen(zones, Gens.constant(window), priorities, minCandidates, maxCandidates, calendars,
                fits.and(r -> window.equals(r.window())));
    }

    /**
     * Only customers without a contact window (reachable any time).
     *
     * @return the narrowed generator
     */
    public CallbackRequestGen withoutWindow() {
        return new CallbackRequestGen(zones, Gens.constant(null), priorities, minCandidates, maxCandidates, calendars,
                fits.and(r -> r.window() == null));
    }

    /**
     * Only these priorities; shrinks toward the first.
     *
     * @param allowed at least one
     * @return the narrowed generator
     */
    public CallbackRequestGen priority(Priority... allowed) {
        List<Priority> list = List.copyOf(Arrays.asList(allowed));
        return new CallbackRequestGen(zones, windows, Gens.elements(list), minCandidates, maxCandidates, calendars,
                fits.and(r -> list.contains(r.priority())));
    }

    /**
     * Only requests with {@code [min, max]} candidates.
     *
     * @param min the fewest, at least 1
     * @param max the most
     * @return the narrowed generator
     */
    public CallbackRequestGen candidates(int min, int max) {
        return new CallbackRequestGen(zones, windows, priorities, min, max, calendars,
                fits.and(r -> r.candidates().size() >= min && r.candidates().size() <= max));
    }

    /**
     * Narrows the candidates' calendars, e.g. {@code calendars(c -> c.in(tokyo).withSplitShifts())}.
     *
     * @param narrowing applied to {@link CalendarGens#calendars()}
     * @return the narrowed generator
     */
    public CallbackRequestGen calendars(UnaryOperator<CalendarGen> narrowing) {
        Objects.requireNonNull(narrowing, "narrowing");
        UnaryOperator<CalendarGen> both = c -> narrowing.apply(calendars.apply(c));
        return new CallbackRequestGen(zones, windows, priorities, minCandidates, maxCandidates, both, r -> false);
    }
}
