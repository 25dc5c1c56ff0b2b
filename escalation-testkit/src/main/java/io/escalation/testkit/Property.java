package io.escalation.testkit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Runs properties: checks a statement for many generated cases, and on failure shrinks to a
 * minimal counterexample and reports the seed that replays the run.
 *
 * <pre>{@code
 * Property.forAll(EscalationGens.escalations())
 *         .tries(1_000)
 *         .check(e -> assertEquals(e, json.readEscalation(json.write(e))));
 * }</pre>
 *
 * <p>Works from any test framework: a failure is a {@link PropertyFailure}, an
 * {@link AssertionError} whose message names the property, the seed, how many tries passed before
 * the failure, the shrunk counterexample (escalations and routing contexts as a short summary with
 * personal data redacted) and the line that replays the run. A property fails when the check throws anything, or when a
 * {@code checkThat} predicate returns {@code false}.
 *
 * <p>Defaults: 1,000 tries, sizes growing from 0 to 100, edge cases first, up to 2,000 shrink
 * attempts. The seed is {@code .seed(...)} if given, else the system property
 * {@value #SEED_PROPERTY} (a number, or {@code random}), else random.
 */
public final class Property {

    /** System property that fixes the seed of every run that does not set its own. */
    public static final String SEED_PROPERTY = "escalation.seed";

    /** Default number of tries. */
    public static final int DEFAULT_TRIES = 1_000;

    private Property() {}

    /**
     * Starts a property over one generator.
     *
     * @param <A> the generated type
     * @param a the generator
     * @return the property, ready to configure and check
     */
    public static <A> ForAll1<A> forAll(Gen<A> a) {
        return new ForAll1<>(Settings.DEFAULT, a);
    }

    /**
     * Starts a property over two generators.
     *
     * @param <A> first type
     * @param <B> second type
     * @param a first generator
     * @param b second generator
     * @return the property
     */
    public static <A, B> ForAll2<A, B> forAll(Gen<A> a, Gen<B> b) {
        return new ForAll2<>(Settings.DEFAULT, a, b);
    }

    /**
     * Starts a property over three generators.
     *
     * @param <A> first type
     * @param <B> second type
     * @param <C> third type
     * @param a first generator
     * @param b second generator
     * @param c third generator
     * @return the property
     */
    public static <A, B, C> ForAll3<A, B, C> forAll(Gen<A> a, Gen<B> b, Gen<C> c) {
        return new ForAll3<>(Settings.DEFAULT, a, b, c);
    }

    /**
     * A check that may throw.
     *
     * @param <A> argument type
     */
    @FunctionalInterface
    public interface Check1<A> {
        /**
         * Checks one case.
         *
         * @param a the case
         * @throws Exception to fail the property
         */
        void check(A a) throws Exception;
    }

    /**
     * A check of two arguments.
     *
     * @param <A> first
     * @param <B> second
     */
    @FunctionalInterface
    public interface Check2<A, B> {
        /**
         * Checks one case.
         *
         * @param a first argument
         * @param b second argument
         * @throws Exception to fail the property
         */
        void check(A a, B b) throws Exception;
    }

    /**
     * A check of three arguments.
     *
     * @param <A> first
     * @param <B> second
     * @param <C> third
     */
    @FunctionalInterface
    public interface Check3<A, B, C> {
        /**
         * Checks one case.
         *
         * @param a first argument
         * @param b second argument
         * @param c third argument
         * @throws Exception to fail the property
         */
        void check(A a, B b, C c) throws Exception;
    }

    /**
     * A predicate that must hold.
     *
     * @param <A> argument type
     */
    @FunctionalInterface
    public interface Holds1<A> {
        /**
         * Tests one case.
         *
         * @param a the case
         * @return whether the property holds
         * @throws Exception to fail the property
         */
        boolean test(A a) throws Exception;
    }

    /**
     * Run settings, immutable.
     *
     * @param name shown in reports
     * @param tries cases to check, at least 1
     * @param seed the seed, or {@code null} for the default
     * @param maxSize the size reached by the last try
     * @param maxShrinks how many shrink candidates may be tried
     * @param edgeCases whether edge cases run first
     */
    record Settings(String name, int tries, @org.jspecify.annotations.Nullable Long seed, int maxSize, int maxShrinks, boolean edgeCases) {
        static final Settings DEFAULT = new Settings("property", DEFAULT_TRIES, null, 100, 2_000, true);
    }

    /** Shared configuration methods of the {@code forAll} stages. */
    abstract static class Stage<S extends Stage<S>> {
        final Settings settings;

        Stage(Settings settings) {
            this.settings = settings;
        }

        abstract S with(Settings settings);

        /**
         * Names the property in reports.
         *
         * @param name a short description
         * @return a configured copy
         */
        public S named(String name) {
            return with(new Settings(Objects.requireNonNull(name, "name"), settings.tries(), settings.seed(),
                    settings.maxSize(), settings.maxShrinks(), settings.edgeCases()));
        }

        /**
         * Sets the number of cases.
         *
         * @param tries at least 1
         * @return a configured copy
         */
        public S tries(int tries) {
            if (tries < 1) {
                throw new IllegalArgumentException("tries must be at least 1, but was " + tries);
            }
            return with(new Settings(settings.name(), tries, settings.seed(), settings.maxSize(),
                    settings.maxShrinks(), settings.edgeCases()));
        }

        /**
         * Fixes the seed, to replay a reported failure.
         *
         * @param seed the seed
         * @return a configured copy
         */
        public S seed(long seed) {
            return with(new Settings(settings.name(), settings.tries(), seed, settings.maxSize(),
                    settings.maxShrinks(), settings.edgeCases()));
        }

        /**
         * Sets the size reached by the last try (sizes grow linearly from 0).
         *
         * @param maxSize at least 0
         * @return a configured copy
         */
        public S maxSize(int maxSize) {
            if (maxSize < 0) {
                throw new IllegalArgumentException("maxSize must be at least 0, but was " + maxSize);
            }
            return with(new Settings(settings.name(), settings.tries(), settings.seed(), maxSize,
                    settings.maxShrinks(), settings.edgeCases()));
        }

        /**
         * Sets how many shrink candidates may be evaluated after a failure.
         *
         * @param maxShrinks at least 0
         * @return a configured copy
         */
        public S maxShrinks(int maxShrinks) {
            if (maxShrinks < 0) {
                throw new IllegalArgumentException("maxShrinks must be at least 0, but was " + maxShrinks);
            }
            return with(new Settings(settings.name(), settings.tries(), settings.seed(), settings.maxSize(),
                    maxShrinks, settings.edgeCases()));
        }

        /**
         * Turns edge cases off or on.
         *
         * @param enabled whether edge cases run before random cases
         * @return a configured copy
         */
        public S edgeCases(boolean enabled) {
            return with(new Settings(settings.name(), settings.tries(), settings.seed(), settings.maxSize(),
                    settings.maxShrinks(), enabled));
        }
    }

    /**
     * A property over one generator.
     *
     * @param <A> the generated type
     */
    public static final class ForAll1<A> extends Stage<ForAll1<A>> {
        private final Gen<A> a;

        ForAll1(Settings settings, Gen<A> a) {
            super(settings);
            this.a = a;
        }

        @Override
        ForAll1<A> with(Settings s) {
            return new ForAll1<>(s, a);
        }

        /**
         * Checks the property; it fails when {@code check} throws.
         *
         * @param check the statement, usually assertions
         * @return what ran
         * @throws PropertyFailure with the minimal counterexample and the seed
         */
        @SuppressWarnings("unchecked")
        public PropertyReport check(Check1<? super A> check) {
            return run(settings, List.of(a), args -> check.check((A) args.get(0)));
        }

        /**
         * Checks the property; it fails when {@code holds} returns {@code false} or throws.
         *
         * @param holds the statement
         * @return what ran
         * @throws PropertyFailure with the minimal counterexample and the seed
         */
        @SuppressWarnings("unchecked")
        public PropertyReport checkThat(Holds1<? super A> holds) {
            return run(settings, List.of(a), args -> {
                if (!holds.test((A) args.get(0))) {
                    throw new AssertionError("predicate returned false");
                }
            });
        }
    }

    /**
     * A property over two generators.
     *
     * @param <A> first type
     * @param <B> second type
     */
    public static final class ForAll2<A, B> extends Stage<ForAll2<A, B>> {
        private final Gen<A> a;
        private final Gen<B> b;

        ForAll2(Settings settings, Gen<A> a, Gen<B> b) {
            super(settings);
            this.a = a;
            this.b = b;
        }

        @Override
        ForAll2<A, B> with(Settings s) {
            return new ForAll2<>(s, a, b);
        }

        /**
         * Checks the property; it fails when {@code check} throws.
         *
         * @param check the statement
         * @return what ran
         * @throws PropertyFailure with the minimal counterexample and the seed
         */
        @SuppressWarnings("unchecked")
        public PropertyReport check(Check2<? super A, ? super B> check) {
            return run(settings, List.of(a, b), args -> check.check((A) args.get(0), (B) args.get(1)));
        }
    }

    /**
     * A property over three generators.
     *
     * @param <A> first
     * @param <B> second
     * @param <C> third
     */
    public static final class ForAll3<A, B, C> extends Stage<ForAll3<A, B, C>> {
        private final Gen<A> a;
        private final Gen<B> b;
        private final Gen<C> c;

        ForAll3(Settings settings, Gen<A> a, Gen<B> b, Gen<C> c) {
            super(settings);
            this.a = a;
            this.b = b;
            this.c = c;
        }

        @Override
        ForAll3<A, B, C> with(Settings s) {
            return new ForAll3<>(s, a, b, c);
        }

        /**
         * Checks the property; it fails when {@code check} throws.
         *
         * @param check the statement
         * @return what ran
         * @throws PropertyFailure with the minimal counterexample and the seed
         */
        @SuppressWarnings("unchecked")
        public PropertyReport check(Check3<? super A, ? super B, ? super C> check) {
            return run(settings, List.of(a, b, c),
                    args -> check.check((A) args.get(0), (B) args.get(1), (C) args.get(2)));
        }
    }

    @FunctionalInterface
    private interface Body {
        void run(List<Object> args) throws Exception;
    }

    private static PropertyReport run(Settings settings, List<Gen<?>> gens, Body body) {
        long seed = resolveSeed(settings.seed());
        Gen<List<Object>> tuple = Gens.tuple(gens);
        int tries = 0;
        int edges = 0;
        if (settings.edgeCases()) {
            List<Shrinkable<List<Object>>> edgeCases = tuple.edgeCases();
            for (Shrinkable<List<Object>> edge : edgeCases) {
                if (tries >= settings.tries()) {
                    break;
                }
                tries++;
                edges++;
                Optional<Throwable> failure = attempt(body, edge.value());
                if (failure.isPresent()) {
                    throw failure(settings, seed, tries, edge, failure.get(), body);
                }
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        int randomTries = settings.tries() - tries;
        for (int i = 0; i < randomTries; i++) {
            int size = randomTries == 1 ? settings.maxSize() : (int) ((long) settings.maxSize() * i / (randomTries - 1));
            Shrinkable<List<Object>> drawn = tuple.generate(random, size);
            tries++;
            Optional<Throwable> failure = attempt(body, drawn.value());
            if (failure.isPresent()) {
                throw failure(settings, seed, tries, drawn, failure.get(), body);
            }
        }
        return new PropertyReport(settings.name(), tries, edges, seed);
    }

    private static Optional<Throwable> attempt(Body body, List<Object> args) {
        try {
            body.run(args);
            return Optional.empty();
        } catch (GenerationException e) {
            throw e;
        } catch (Exception | AssertionError e) {
            return Optional.of(e);
        }
    }

    private static PropertyFailure failure(Settings settings, long seed, int tries, Shrinkable<List<Object>> found,
            Throwable firstCause, Body body) {
        Shrinkable<List<Object>> current = found;
        Throwable cause = firstCause;
        int budget = settings.maxShrinks();
        int steps = 0;
        boolean progressed = true;
        while (progressed && budget > 0) {
            progressed = false;
            var candidates = current.shrinks().iterator();
            while (candidates.hasNext() && budget > 0) {
                Shrinkable<List<Object>> candidate = candidates.next();
                budget--;
                Optional<Throwable> failure = attempt(body, candidate.value());
                if (failure.isPresent()) {
                    current = candidate;
                    cause = failure.get();
                    steps++;
                    progressed = true;
                    break;
                }
            }
        }
        String nl = System.lineSeparator();
        String message = "Property '" + settings.name() + "' failed on try " + tries + " of " + settings.tries()
                + " (" + (tries - 1) + " passed before it)" + nl
                + "  seed: " + seed + nl
                + "  counterexample, shrunk in " + steps + " steps:" + show(current.value()) + nl
                + "  cause: " + cause + nl
                + "  replay exactly this run: .seed(" + seed + "L) on the property, or -D" + SEED_PROPERTY + "="
                + seed + nl
                + "  first found:" + show(found.value());
        return new PropertyFailure(message, seed, tries, steps, current.value(), found.value(), cause);
    }

    private static String show(List<Object> args) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            b.append(System.lineSeparator()).append("    #").append(i + 1).append(' ').append(Describe.value(args.get(i)));
        }
        return b.toString();
    }

    private static long resolveSeed(@org.jspecify.annotations.Nullable Long explicit) {
        if (explicit != null) {
            return explicit;
        }
        String configured = System.getProperty(SEED_PROPERTY);
        if (configured != null && !configured.isBlank() && !"random".equalsIgnoreCase(configured.trim())) {
            try {
                return Long.parseLong(configured.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(SEED_PROPERTY + " must be a number or 'random', but was '"
                        + configured + "'", e);
            }
        }
        return new SplittableRandom().nextLong();
    }
}
