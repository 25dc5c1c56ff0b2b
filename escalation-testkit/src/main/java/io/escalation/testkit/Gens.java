package io.escalation.testkit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The entry point for generic generators: numbers, strings, choices, collections, optionals and
 * records of several generators. Domain generators live in {@link EscalationGens}.
 *
 * <p>Every generator here shrinks toward its simplest value (zero or the bound nearest to it, the
 * shortest collection, the first alternative) and names its boundaries as edge cases.
 */
public final class Gens {

    private Gens() {}

    // ---------------------------------------------------------------- constants and choices

    /**
     * Always generates {@code value}.
     *
     * @param <T> the type
     * @param value the value
     * @return the generator
     */
    public static <T> Gen<T> constant(T value) {
        return (random, size) -> Shrinkable.of(value);
    }

    /**
     * Chooses uniformly among {@code values}; shrinks toward the first.
     *
     * @param <T> the type
     * @param values the choices, at least one
     * @return the generator
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public static <T> Gen<T> elements(T... values) {
        return elements(Arrays.asList(values));
    }

    /**
     * Chooses uniformly among {@code values}; shrinks toward the first.
     *
     * @param <T> the type
     * @param values the choices, at least one
     * @return the generator
     */
    public static <T> Gen<T> elements(List<T> values) {
        List<T> choices = List.copyOf(values);
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("elements needs at least one value");
        }
        return integers(0, choices.size() - 1).map(choices::get);
    }

    /**
     * Chooses among the constants of an enum; shrinks toward the first constant.
     *
     * @param <E> the enum type
     * @param type the enum class
     * @return the generator
     */
    public static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
        return elements(type.getEnumConstants());
    }

    /**
     * Chooses one of the generators uniformly; shrinks toward earlier alternatives.
     *
     * @param <T> the type
     * @param alternatives the generators, at least one
     * @return the generator
     */
    @SafeVarargs
    public static <T> Gen<T> oneOf(Gen<? extends T>... alternatives) {
        List<Weighted<T>> weighted = new ArrayList<>();
        for (Gen<? extends T> g : alternatives) {
            weighted.add(weighted(1, g));
        }
        return frequency(weighted);
    }

    /**
     * Pairs a weight with a generator, for {@link #frequency(List)}.
     *
     * @param <T> the type
     * @param weight relative weight, at least 1
     * @param gen the generator
     * @return the pair
     */
    public static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /**
     * A generator with its relative weight.
     *
     * @param <T> the type
     * @param weight relative weight, at least 1
     * @param gen the generator
     */
    public record Weighted<T>(int weight, Gen<? extends T> gen) {
        /** Validates the weight. */
        public Weighted {
            if (weight < 1) {
                throw new IllegalArgumentException("weight must be at least 1, but was " + weight);
            }
            Objects.requireNonNull(gen, "gen");
        }
    }

    /**
     * Chooses a generator with probability proportional to its weight; shrinks toward earlier
     * alternatives.
     *
     * @param <T> the type
     * @param alternatives weighted generators, at least one
     * @return the generator
     */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public static <T> Gen<T> frequency(Weighted<T>... alternatives) {
        return frequency(Arrays.asList(alternatives));
    }

    /**
     * Chooses a generator with probability proportional to its weight; shrinks toward earlier
     * alternatives.
     *
     * @param <T> the type
     * @param alternatives weighted generators, at least one
     * @return the generator
     */
    public static <T> Gen<T> frequency(List<Weighted<T>> alternatives) {
        List<Weighted<T>> choices = List.copyOf(alternatives);
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("frequency needs at least one alternative");
        }
        int total = choices.stream().mapToInt(Weighted::weight).sum();
        return new Gen<T>() {
            @Override
            public Shrinkable<T> generate(RandomGenerator random, int size) {
                int pick = random.nextInt(total);
                int index = 0;
                while (pick >= choices.get(index).weight()) {
                    pick -= choices.get(index).weight();
                    index++;
                }
                long seed = random.nextLong();
                Shrinkable<T> chosen = draw(choices.get(index).gen(), new SplittableRandom(seed), size);
                int chosenIndex = index;
                return Shrinkable.of(chosen.value(), () -> Stream.concat(
                        Stream.iterate(0, i -> i < chosenIndex, i -> i + 1)
                                .map(i -> draw(choices.get(i).gen(), new SplittableRandom(seed), size)),
                        chosen.shrinks()));
            }

            @Override
            public List<Shrinkable<T>> edgeCases() {
                List<Shrinkable<T>> out = new ArrayList<>();
                for (Weighted<T> w : choices) {
                    for (Shrinkable<? extends T> e : w.gen().edgeCases()) {
                        out.add(cast(e));
                    }
                }
                return out;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> Shrinkable<T> draw(Gen<? extends T> gen, RandomGenerator random, int size) {
        return (Shrinkable<T>) gen.generate(random, size);
    }

    // ---------------------------------------------------------------- numbers

    /**
     * Integers in {@code [min, max]}; shrinks toward zero (or the bound nearest to it); edge cases
     * are the bounds and zero. Small sizes favour small magnitudes.
     *
     * @param min the smallest value
     * @param max the largest value, at least {@code min}
     * @return the generator
     */
    public static Gen<Integer> integers(int min, int max) {
        return longs(min, max).map(Long::intValue);
    }

    /**
     * Longs in {@code [min, max]}; shrinks toward zero (or the bound nearest to it); edge cases
     * are the bounds and zero.
     *
     * @param min the smallest value
     * @param max the largest value, at least {@code min}
     * @return the generator
     */
    public static Gen<Long> longs(long min, long max) {
        if (max < min) {
            throw new IllegalArgumentException("max must be at least min, but was " + max + " < " + min);
        }
        long target = min > 0 ? min : Math.min(max, 0);
        List<Long> edges = new ArrayList<>(List.of(min, max));
        if (min < 0 && max > 0) {
            edges.add(0L);
        }
        List<Long> distinctEdges = edges.stream().distinct().toList();
        return new Gen<Long>() {
            @Override
            public Shrinkable<Long> generate(RandomGenerator random, int size) {
                long value;
                // with probability 1/2 stay within 'size' of the target, so small sizes give small values
                if (random.nextBoolean() && size < 1_000_000) {
                    long low = Math.max(min, saturatedAdd(target, -size));
                    long high = Math.min(max, saturatedAdd(target, size));
                    value = between(random, low, high);
                } else {
                    value = between(random, min, max);
                }
                return Shrinks.integral(value, target);
            }

            @Override
            public List<Shrinkable<Long>> edgeCases() {
                return distinctEdges.stream().map(e -> Shrinks.integral(e, target)).toList();
            }
        };
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return r;
    }

    private static long between(RandomGenerator random, long min, long max) {
        if (min == max) {
            return min;
        }
        if (max - min > 0 && max - min < Long.MAX_VALUE) {
            return min + random.nextLong(max - min + 1);
        }
        // the range spans more than Long.MAX_VALUE: draw until inside
        while (true) {
            long v = random.nextLong();
            if (v >= min && v <= max) {
                return v;
            }
        }
    }

    /**
     * {@code true} or {@code false}; shrinks toward {@code false}.
     *
     * @return the generator
     */
    public static Gen<Boolean> booleans() {
        return elements(false, true);
    }

    // ---------------------------------------------------------------- strings

    /** Lower-case ASCII letters and digits. */
    public static final String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

    /**
     * Strings of characters from {@code alphabet}, of length {@code [minLength, maxLength]} (bounded
     * by size as well); shrinks toward shorter strings of the alphabet's first character.
     *
     * @param alphabet the characters to use (code points; may include Japanese characters)
     * @param minLength the shortest length
     * @param maxLength the longest length
     * @return the generator
     */
    public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
        int[] codePoints = alphabet.codePoints().toArray();
        if (codePoints.length == 0) {
            throw new IllegalArgumentException("alphabet must not be empty");
        }
        Gen<Integer> cp = integers(0, codePoints.length - 1).withoutEdgeCases().map(i -> codePoints[i]);
        return lists(cp, minLength, maxLength).map(list -> {
            StringBuilder sb = new StringBuilder(list.size());
            list.forEach(sb::appendCodePoint);
            return sb.toString();
        });
    }

    // ---------------------------------------------------------------- collections and optionals

    /**
     * Lists of {@code [minSize, maxSize]} elements (bounded by size as well); shrinks by dropping
     * elements, then by shrinking them. The edge case is the shortest list of simplest elements,
     * when the element generator has edge cases.
     *
     * @param <T> the element type
     * @param element the element generator
     * @param minSize the fewest elements
     * @param maxSize the most elements
     * @return the generator
     */
    public static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
        if (minSize < 0 || maxSize < minSize) {
            throw new IllegalArgumentException("need 0 <= minSize <= maxSize, but got " + minSize + ", " + maxSize);
        }
        return new Gen<List<T>>() {
            @Override
            public Shrinkable<List<T>> generate(RandomGenerator random, int size) {
                int upper = Math.max(minSize, Math.min(maxSize, minSize + size));
                int n = minSize + (upper == minSize ? 0 : random.nextInt(upper - minSize + 1));
                List<Shrinkable<T>> elements = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    elements.add(element.generate(random, size));
                }
                return Shrinks.list(elements, minSize);
            }

            @Override
            public List<Shrinkable<List<T>>> edgeCases() {
                if (minSize == 0) {
                    return List.of(Shrinkable.of(List.of()));
                }
                List<Shrinkable<T>> edges = element.edgeCases();
                if (edges.isEmpty()) {
                    return List.of();
                }
                List<Shrinkable<T>> list = new ArrayList<>(minSize);
                for (int i = 0; i < minSize; i++) {
                    list.add(edges.get(0));
                }
                return List.of(Shrinks.list(list, minSize));
            }
        };
    }

    /**
     * Present values three times out of four, empty otherwise; shrinks toward empty. Empty is the
     * first edge case, then the value generator's edge cases.
     *
     * @param <T> the type
     * @param gen the value generator
     * @return the generator
     */
    public static <T> Gen<Optional<T>> optionals(Gen<T> gen) {
        Gen<Optional<T>> present = gen.map(Optional::of);
        // empty is the first edge case, so the combined edge case of a record is its simplest value
        return frequency(weighted(1, constant(Optional.<T>empty()).withEdgeCases(List.of(Optional.<T>empty()))),
                weighted(3, present));
    }

    /**
     * Like {@link #optionals(Gen)}, as a nullable value for nullable record components.
     *
     * @param <T> the type
     * @param gen the value generator
     * @return a generator of values or {@code null}; shrinks toward {@code null}
     */
    public static <T> Gen<@Nullable T> nullable(Gen<T> gen) {
        return optionals(gen).map(o -> o.orElse(null));
    }

    // ---------------------------------------------------------------- records of several generators

    /**
     * Combines two generators; shrinks the first, then the second.
     *
     * @param <A> first type
     * @param <B> second type
     * @param <R> result type
     * @param a first generator
     * @param b second generator
     * @param combiner builds the result (a record constructor, say)
     * @return the generator
     */
    public static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> combiner) {
        return tuple(List.of(a, b)).map(v -> combiner.apply(cast(v.get(0)), cast(v.get(1))));
    }

    /**
     * Combines three generators; shrinks left to right.
     *
     * @param <A> first type
     * @param <B> second type
     * @param <C> third type
     * @param <R> result type
     * @param a first generator
     * @param b second generator
     * @param c third generator
     * @param combiner builds the result
     * @return the generator
     */
    public static <A, B, C, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Fn3<A, B, C, R> combiner) {
        return tuple(List.of(a, b, c)).map(v -> combiner.apply(cast(v.get(0)), cast(v.get(1)), cast(v.get(2))));
    }

    /**
     * Combines four generators; shrinks left to right.
     *
     * @param <A> first type
     * @param <B> second type
     * @param <C> third type
     * @param <D> fourth type
     * @param <R> result type
     * @param a first generator
     * @param b second generator
     * @param c third generator
     * @param d fourth generator
     * @param combiner builds the result
     * @return the generator
     */
    public static <A, B, C, D, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d,
            Fn4<A, B, C, D, R> combiner) {
        return tuple(List.of(a, b, c, d)).map(v -> combiner.apply(cast(v.get(0)), cast(v.get(1)), cast(v.get(2)),
                cast(v.get(3))));
    }

    /**
     * Combines 5 typed generators; shrinks left to right (each part toward its simplest value).
     *
     * @param <A> first type
     * @param <B> second type
     * @param <C> third type
     * @param <D> fourth type
     * @param <E> fifth type
     * @param <R> result type
     * @param a first generator
     * @param b second generator
     * @param c third generator
     * @param d fourth generator
     * @param e fifth generator
     * @param combiner builds the result (a record constructor, say)
     * @return the generator
     */
    public static <A, B, C, D, E, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e,
            Fn5<A, B, C, D, E, R> combiner) {
        return tuple(List.of(a, b, c, d, e)).map(v -> combiner.apply(cast(v.get(0)), cast(v.get(1)), cast(v.get(2)), cast(v.get(3)), cast(v.get(4))));
    }

    /**
     * Combines 6 typed generators; shrinks left to right (each part toward its simplest value).
     *
     * @param <A> first type
     * @param <B> second type
     * @param <C> third type
     * @param <D> fourth type
     * @param <E> fifth type
     * @param <F> sixth type
     * @param <R> result type
     * @param a first generator
     * @param b second generator
     * @param c third generator
     * @param d fourth generator
     * @param e fifth generator
     * @param f sixth generator
     * @param combiner builds the result (a record constructor, say)
     * @return the generator
     */
    public static <A, B, C, D, E, F, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e, Gen<F> f,
            Fn6<A, B, C, D, E, F, R> combiner) {
        return tuple(List.of(a, b, c, d, e, f)).map(v -> combiner.apply(cast(v.get(0)), cast(v.get(1)), cast(v.get(2)), cast(v.get(3)), cast(v.get(4)), cast(v.get(5))));
    }

    /**
     * Combines 7 typed generators; shrinks left to right (each part toward its simplest value).
     *
     * @param <A> first type
     * @param <B> second type
     * @param <C> third type
     * @param <D> fourth type
     * @param <E> fifth type
     * @param <F> sixth type
     * @param <G> seventh type
     * @param <R> result type
     * @param a first generator
     * @param b second generator
     * @param c third generator
     * @param d fourth generator
     * @param e fifth generator
     * @param f sixth generator
     * @param g seventh generator
     * @param combiner builds the result (a record constructor, say)
     * @return the generator
     */
    public static <A, B, C, D, E, F, G, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e, Gen<F> f, Gen<G> g,
            Fn7<A, B, C, D, E, F, G, R> combiner) {
        return tuple(List.of(a, b, c, d, e, f, g)).map(v -> combiner.apply(cast(v.get(0)), cast(v.get(1)), cast(v.get(2)), cast(v.get(3)), cast(v.get(4)), cast(v.get(5)), cast(v.get(6))));
    }

    /**
     * Combines 8 typed generators; shrinks left to right (each part toward its simplest value).
     *
     * @param <A> first type
     * @param <B> second type
     * @param <C> third type
     * @param <D> fourth type
     * @param <E> fifth type
     * @param <F> sixth type
     * @param <G> seventh type
     * @param <H> eighth type
     * @param <R> result type
     * @param a first generator
     * @param b second generator
     * @param c third generator
     * @param d fourth generator
     * @param e fifth generator
     * @param f sixth generator
     * @param g seventh generator
     * @param h eighth generator
     * @param combiner builds the result (a record constructor, say)
     * @return the generator
     */
    public static <A, B, C, D, E, F, G, H, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e, Gen<F> f, Gen<G> g, Gen<H> h,
            Fn8<A, B, C, D, E, F, G, H, R> combiner) {
        return tuple(List.of(a, b, c, d, e, f, g, h)).map(v -> combiner.apply(cast(v.get(0)), cast(v.get(1)), cast(v.get(2)), cast(v.get(3)), cast(v.get(4)), cast(v.get(5)), cast(v.get(6)), cast(v.get(7))));
    }

    /**
     * Combines any number of generators into a record: {@code build} reads each drawn part with
     * {@link Parts#get(int)} in the order of {@code parts}; shrinks left to right. The parts are
     * untyped; prefer the typed {@code combine} overloads (up to eight parts) where they fit.
     *
     * @param <R> result type
     * @param build builds the record from the drawn parts
     * @param parts the generators of the parts
     * @return the generator
     */
    public static <R> Gen<R> record(Function<Parts, R> build, Gen<?>... parts) {
        return tuple(List.of(parts)).map(v -> build.apply(new Parts(v)));
    }

    /** The drawn parts of a {@link #record(Function, Gen[])}. */
    public static final class Parts {
        private final List<Object> values;

        Parts(List<Object> values) {
            this.values = values;
        }

        /**
         * Returns part {@code index}, cast to the type the caller expects.
         *
         * @param <T> the part's type
         * @param index the part's position among the generators
         * @return the drawn value
         */
        public <T> T get(int index) {
            return cast(values.get(index));
        }
    }

    /**
     * Generates one value from each generator, in order, as a list; shrinks one position at a time.
     * Use it for a varying number of parts of one type (a roster of distinct responders, say).
     *
     * @param <T> the element type
     * @param parts the generators, one per element
     * @return the generator of lists
     */
    public static <T> Gen<List<T>> sequence(List<? extends Gen<? extends T>> parts) {
        return tuple(parts).map(values -> {
            List<T> out = new ArrayList<>(values.size());
            for (Object v : values) {
                out.add(cast(v));
            }
            return List.copyOf(out);
        });
    }

    /**
     * Generates every generator's value as a list (tuple); shrinks one position at a time. Edge
     * cases combine the components' first edge cases when every component has some.
     *
     * @param parts the generators
     * @return the generator of tuples
     */
    public static Gen<List<Object>> tuple(List<? extends Gen<?>> parts) {
        List<Gen<?>> gens = List.copyOf(parts);
        return new Gen<List<Object>>() {
            @Override
            public Shrinkable<List<Object>> generate(RandomGenerator random, int size) {
                List<Shrinkable<?>> drawn = new ArrayList<>(gens.size());
                for (Gen<?> g : gens) {
                    drawn.add(g.generate(random, size));
                }
                return Shrinks.tuple(drawn);
            }

            @Override
            public List<Shrinkable<List<Object>>> edgeCases() {
                List<List<? extends Shrinkable<?>>> each = new ArrayList<>();
                for (Gen<?> g : gens) {
                    List<? extends Shrinkable<?>> e = g.edgeCases();
                    if (e.isEmpty()) {
                        return List.of();
                    }
                    each.add(e);
                }
                // first edge case of every part, then each part's other edge cases one at a time
                List<Shrinkable<List<Object>>> out = new ArrayList<>();
                List<Shrinkable<?>> base = new ArrayList<>();
                each.forEach(e -> base.add(e.get(0)));
                out.add(Shrinks.tuple(base));
                for (int i = 0; i < each.size(); i++) {
                    for (int j = 1; j < each.get(i).size(); j++) {
                        List<Shrinkable<?>> variant = new ArrayList<>(base);
                        variant.set(i, each.get(i).get(j));
                        out.add(Shrinks.tuple(variant));
                    }
                }
                return out;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    /**
     * A function of three arguments.
     *
     * @param <A> first argument
     * @param <B> second argument
     * @param <C> third argument
     * @param <R> result
     */
    @FunctionalInterface
    public interface Fn3<A, B, C, R> {
        /**
         * Applies the function.
         *
         * @param a first argument
         * @param b second argument
         * @param c third argument
         * @return the result
         */
        R apply(A a, B b, C c);
    }

    /**
     * A function of four arguments.
     *
     * @param <A> first argument
     * @param <B> second argument
     * @param <C> third argument
     * @param <D> fourth argument
     * @param <R> result
     */
    @FunctionalInterface
    public interface Fn4<A, B, C, D, R> {
        /**
         * Applies the function.
         *
         * @param a first argument
         * @param b second argument
         * @param c third argument
         * @param d fourth argument
         * @return the result
         */
        R apply(A a, B b, C c, D d);
    }

    /**
     * A function of 5 arguments, for {@link #combine}.
     *
     * @param <A> first argument
     * @param <B> second argument
     * @param <C> third argument
     * @param <D> fourth argument
     * @param <E> fifth argument
     * @param <R> result
     */
    @FunctionalInterface
    public interface Fn5<A, B, C, D, E, R> {
        /**
         * Applies the function.
         *
         * @param a first argument
         * @param b second argument
         * @param c third argument
         * @param d fourth argument
         * @param e fifth argument
         * @return the result
         */
        R apply(A a, B b, C c, D d, E e);
    }

    /**
     * A function of 6 arguments, for {@link #combine}.
     *
     * @param <A> first argument
     * @param <B> second argument
     * @param <C> third argument
     * @param <D> fourth argument
     * @param <E> fifth argument
     * @param <F> sixth argument
     * @param <R> result
     */
    @FunctionalInterface
    public interface Fn6<A, B, C, D, E, F, R> {
        /**
         * Applies the function.
         *
         * @param a first argument
         * @param b second argument
         * @param c third argument
         * @param d fourth argument
         * @param e fifth argument
         * @param f sixth argument
         * @return the result
         */
        R apply(A a, B b, C c, D d, E e, F f);
    }

    /**
     * A function of 7 arguments, for {@link #combine}.
     *
     * @param <A> first argument
     * @param <B> second argument
     * @param <C> third argument
     * @param <D> fourth argument
     * @param <E> fifth argument
     * @param <F> sixth argument
     * @param <G> seventh argument
     * @param <R> result
     */
    @FunctionalInterface
    public interface Fn7<A, B, C, D, E, F, G, R> {
        /**
         * Applies the function.
         *
         * @param a first argument
         * @param b second argument
         * @param c third argument
         * @param d fourth argument
         * @param e fifth argument
         * @param f sixth argument
         * @param g seventh argument
         * @return the result
         */
        R apply(A a, B b, C c, D d, E e, F f, G g);
    }

    /**
     * A function of 8 arguments, for {@link #combine}.
     *
     * @param <A> first argument
     * @param <B> second argument
     * @param <C> third argument
     * @param <D> fourth argument
     * @param <E> fifth argument
     * @param <F> sixth argument
     * @param <G> seventh argument
     * @param <H> eighth argument
     * @param <R> result
     */
    @FunctionalInterface
    public interface Fn8<A, B, C, D, E, F, G, H, R> {
        /**
         * Applies the function.
         *
         * @param a first argument
         * @param b second argument
         * @param c third argument
         * @param d fourth argument
         * @param e fifth argument
         * @param f sixth argument
         * @param g seventh argument
         * @param h eighth argument
         * @return the result
         */
        R apply(A a, B b, C c, D d, E e, F f, G g, H h);
    }

    // ---------------------------------------------------------------- time

    /**
     * Instants in {@code [from, to]} at whole seconds; shrinks toward {@code from}.
     *
     * @param from the earliest instant
     * @param to the latest instant
     * @return the generator
     */
    public static Gen<Instant> instants(Instant from, Instant to) {
        long start = from.getEpochSecond();
        long span = to.getEpochSecond() - start;
        return longsFrom(0, span).map(s -> Instant.ofEpochSecond(start + s));
    }

    /**
     * Durations in {@code [min, max]} at whole seconds; shrinks toward {@code min}.
     *
     * @param min the shortest duration
     * @param max the longest duration
     * @return the generator
     */
    public static Gen<Duration> durations(Duration min, Duration max) {
        long low = min.getSeconds();
        return longsFrom(0, max.getSeconds() - low).map(s -> Duration.ofSeconds(low + s));
    }

    /**
     * Local times at whole minutes; shrinks toward midnight.
     *
     * @return the generator
     */
    public static Gen<LocalTime> localTimes() {
        return integers(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60));
    }

    /**
     * Time zones: a fixed list of real zones with and without daylight saving time, including
     * half-hour and southern-hemisphere zones; shrinks toward {@code Asia/Tokyo}.
     *
     * @return the generator
     */
    public static Gen<ZoneId> zones() {
        return elements(List.of("Asia/Tokyo", "UTC", "Asia/Bangkok", "Europe/Berlin", "America/Sao_Paulo",
                "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Pacific/Chatham", "America/St_Johns",
                "Asia/Manila", "Europe/London")).map(ZoneId::of);
    }

    private static Gen<Long> longsFrom(long min, long max) {
        return new Gen<Long>() {
            @Override
            public Shrinkable<Long> generate(RandomGenerator random, int size) {
                return Shrinks.integral(between(random, min, max), min);
            }

            @Override
            public List<Shrinkable<Long>> edgeCases() {
                return List.of(Shrinkable.of(min), Shrinks.integral(max, min));
            }
        };
    }
}
