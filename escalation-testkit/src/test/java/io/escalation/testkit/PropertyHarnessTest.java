package io.escalation.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Properties of the harness itself: shrinking reaches known minima, seeds replay, edge cases run first. */
class PropertyHarnessTest {

    private static PropertyFailure fails(Runnable property) {
        return assertThrows(PropertyFailure.class, property::run);
    }

    @Test
    void shrinksAnIntegerToTheSmallestFailingValue() {
        PropertyFailure f = fails(() -> Property.forAll(Gens.integers(0, 1_000_000)).seed(1)
                .checkThat(x -> x < 1000));
        assertEquals(List.of(1000), f.counterexample());
    }

    @Test
    void shrinksNegativeIntegersTowardZero() {
        PropertyFailure f = fails(() -> Property.forAll(Gens.integers(-1_000_000, 1_000_000)).seed(2)
                .edgeCases(false).checkThat(x -> x > -500));
        assertEquals(List.of(-500), f.counterexample());
    }

    @Test
    void shrinksAListToOneMinimalElement() {
        PropertyFailure f = fails(() -> Property.forAll(Gens.lists(Gens.integers(0, 1000), 0, 50)).seed(3)
                .checkThat(list -> list.stream().mapToInt(Integer::intValue).sum() < 100));
        assertEquals(List.of(List.of(100)), f.counterexample());
    }

    @Test
    void shrinksAListToTheShortestFailingLength() {
        PropertyFailure f = fails(() -> Property.forAll(Gens.lists(Gens.integers(0, 9), 0, 40)).seed(4)
                .checkThat(list -> list.size() < 7));
        assertEquals(List.of(List.of(0, 0, 0, 0, 0, 0, 0)), f.counterexample());
    }

    @Test
    void shrinksStringsTowardShortStringsOfTheFirstCharacter() {
        PropertyFailure f = fails(() -> Property.forAll(Gens.strings("abc", 0, 30)).seed(5)
                .checkThat(s -> s.length() < 4));
        assertEquals(List.of("aaaa"), f.counterexample());
    }

    @Test
    void shrinksEachArgumentOfATwoArgumentProperty() {
        PropertyFailure f = fails(() -> Property.forAll(Gens.integers(0, 10_000), Gens.integers(0, 10_000)).seed(6)
                .check((a, b) -> assertTrue(a + b < 5000)));
        List<Object> c = f.counterexample();
        assertEquals(5000, (Integer) c.get(0) + (Integer) c.get(1));
    }

    @Test
    void shrinksThroughMapAndFlatMap() {
        Gen<List<Integer>> dependent = Gens.integers(1, 20).flatMap(n -> Gens.lists(Gens.integers(0, 100), n, n));
        PropertyFailure f = fails(() -> Property.forAll(dependent).seed(7)
                .checkThat(list -> list.stream().noneMatch(x -> x >= 50)));
        assertEquals(List.of(List.of(50)), f.counterexample());
    }

    @Test
    void oneOfShrinksTowardTheFirstAlternative() {
        Gen<String> gen = Gens.oneOf(Gens.constant("first"), Gens.strings("xyz", 1, 5));
        PropertyFailure f = fails(() -> Property.forAll(gen).seed(8).edgeCases(false).checkThat(s -> false));
        assertEquals(List.of("first"), f.counterexample());
    }

    @Test
    void optionalsShrinkToEmpty() {
        PropertyFailure f = fails(() -> Property.forAll(Gens.optionals(Gens.integers(0, 100))).seed(9)
                .edgeCases(false).checkThat(o -> false));
        assertEquals(List.of(Optional.empty()), f.counterexample());
    }

    @Test
    void sameSeedGivesSameSamplesAndDifferentSeedsDiffer() {
        Gen<List<String>> gen = Gens.lists(Gens.strings(Gens.ALPHANUMERIC, 0, 10), 0, 10);
        assertEquals(gen.samples(42, 50, 100), gen.samples(42, 50, 100));
        assertNotEquals(gen.samples(42, 50, 100), gen.samples(43, 50, 100));
        assertEquals(EscalationGens.escalations().samples(7, 30, 20), EscalationGens.escalations().samples(7, 30, 20));
    }

    @Test
    void aReportedSeedReplaysTheSameFailure() {
        PropertyFailure first = fails(() -> Property.forAll(Gens.integers(0, 1_000_000)).edgeCases(false)
                .checkThat(x -> x % 97 != 0 || x == 0));
        PropertyFailure replay = fails(() -> Property.forAll(Gens.integers(0, 1_000_000)).edgeCases(false)
                .seed(first.seed()).checkThat(x -> x % 97 != 0 || x == 0));
        assertEquals(first.original(), replay.original());
        assertEquals(first.counterexample(), replay.counterexample());
        assertEquals(first.tries(), replay.tries());
        assertTrue(first.getMessage().contains("seed: " + first.seed()));
        assertTrue(first.getMessage().contains(".seed(" + first.seed() + "L)"));
    }

    @Test
    void edgeCasesRunBeforeRandomCases() {
        List<Integer> seen = new ArrayList<>();
        Property.forAll(Gens.integers(-5, 5)).tries(10).seed(10).check(seen::add);
        assertEquals(List.of(-5, 5, 0), seen.subList(0, 3));
        PropertyFailure f = fails(() -> Property.forAll(Gens.integers(0, Integer.MAX_VALUE)).seed(11)
                .checkThat(x -> x != Integer.MAX_VALUE));
        assertTrue(f.tries() <= 2, "the upper bound is an edge case and fails at once");
    }

    @Test
    void runsTheConfiguredNumberOfTriesAndReportsThem() {
        AtomicInteger count = new AtomicInteger();
        PropertyReport report = Property.forAll(Gens.integers(0, 10)).seed(12).check(x -> count.incrementAndGet());
        assertEquals(Property.DEFAULT_TRIES, count.get());
        assertEquals(Property.DEFAULT_TRIES, report.tries());
        assertEquals(12, report.seed());
        AtomicInteger few = new AtomicInteger();
        Property.forAll(Gens.integers(0, 10)).tries(17).check(x -> few.incrementAndGet());
        assertEquals(17, few.get());
    }

    @Test
    void sizeGrowsSoLaterTriesSeeLargerValues() {
        List<Integer> lengths = new ArrayList<>();
        Property.forAll(Gens.lists(Gens.integers(0, 1), 0, 100)).seed(13).edgeCases(false).tries(200)
                .check(l -> lengths.add(l.size()));
        int early = lengths.subList(0, 20).stream().mapToInt(Integer::intValue).max().orElseThrow();
        int late = lengths.subList(180, 200).stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertTrue(early <= 20 && late > 50, "early max " + early + ", late max " + late);
    }

    @Test
    void filterRetriesUpToItsBoundThenSaysWhy() {
        Gen<Integer> even = Gens.integers(0, 100).filter(x -> x % 2 == 0);
        Property.forAll(even).seed(14).checkThat(x -> x % 2 == 0);
        Gen<Integer> impossible = Gens.integers(0, 100).filter(x -> x > 1000, 5);
        GenerationException e = assertThrows(GenerationException.class,
                () -> Property.forAll(impossible).seed(15).edgeCases(false).checkThat(x -> true));
        assertTrue(e.getMessage().contains("5 values in a row"));
        assertThrows(IllegalArgumentException.class, () -> Gens.integers(0, 1).filter(x -> true, 0));
    }

    @Test
    void filteredShrinksStillSatisfyTheFilter() {
        PropertyFailure f = fails(() -> Property.forAll(Gens.integers(0, 10_000).filter(x -> x % 2 == 1)).seed(16)
                .checkThat(x -> x < 101));
        assertEquals(List.of(101), f.counterexample());
    }

    @Test
    void frequencyRespectsWeights() {
        Gen<String> gen = Gens.frequency(Gens.weighted(9, Gens.constant("often")),
                Gens.weighted(1, Gens.constant("rarely")));
        long often = gen.samples(17, 10, 10_000).stream().filter("often"::equals).count();
        assertTrue(often > 8_500 && often < 9_500, "often = " + often);
    }

    @Test
    void configurationRejectsNonsenseWithTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Property.forAll(Gens.booleans()).tries(0));
        assertTrue(e.getMessage().contains("but was 0"));
        assertThrows(IllegalArgumentException.class, () -> Gens.integers(5, 4));
        assertThrows(IllegalArgumentException.class, () -> Gens.lists(Gens.booleans(), 3, 2));
        assertThrows(IllegalArgumentException.class, () -> Gens.weighted(0, Gens.booleans()));
    }

    @Test
    void aFailureIsAnAssertionErrorWithTheCause() {
        PropertyFailure f = fails(() -> Property.forAll(Gens.integers(0, 10)).seed(18).named("never three")
                .check(x -> {
                    if (x == 3) {
                        throw new IllegalStateException("three");
                    }
                }));
        assertTrue(f instanceof AssertionError);
        assertTrue(f.getCause() instanceof IllegalStateException);
        assertTrue(f.getMessage().startsWith("Property 'never three' failed"));
        assertEquals(List.of(3), f.counterexample());
    }

    @Test
    void seedComesFromTheSystemPropertyWhenNotSetExplicitly() {
        String before = System.getProperty(Property.SEED_PROPERTY);
        try {
            System.setProperty(Property.SEED_PROPERTY, "123456");
            assertEquals(123456L, Property.forAll(Gens.booleans()).tries(1).check(b -> { }).seed());
            System.setProperty(Property.SEED_PROPERTY, "not-a-number");
            assertThrows(IllegalArgumentException.class, () -> Property.forAll(Gens.booleans()).tries(1).check(b -> { }));
        } finally {
            if (before == null) {
                System.clearProperty(Property.SEED_PROPERTY);
            } else {
                System.setProperty(Property.SEED_PROPERTY, before);
            }
        }
    }
}
