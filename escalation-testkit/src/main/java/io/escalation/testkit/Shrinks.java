package io.escalation.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/** Shrink trees for numbers, lists and tuples. */
final class Shrinks {

    private Shrinks() {}

    /** A number shrinks toward {@code target}: the target first, then halfway, ..., one step. */
    static Shrinkable<Long> integral(long value, long target) {
        return Shrinkable.of(value, () -> towards(value, target).mapToObj(c -> integral(c, target)));
    }

    static LongStream towards(long value, long target) {
        if (value == target) {
            return LongStream.empty();
        }
        // differences as unsigned-safe halvings: target, value - d/2, value - d/4, ..., value -+ 1
        List<Long> out = new ArrayList<>();
        out.add(target);
        long diff;
        try {
            diff = Math.subtractExact(value, target);
        } catch (ArithmeticException overflow) {
            diff = value / 2 - target / 2;
        }
        // guard against overflow for extreme ranges by working in halves of the distance
        long d = diff / 2;
        while (d != 0) {
            long candidate = value - d;
            if (candidate != target && (out.isEmpty() || out.get(out.size() - 1) != candidate)) {
                out.add(candidate);
            }
            d /= 2;
        }
        return out.stream().mapToLong(Long::longValue);
    }

    /** A list shrinks by dropping chunks (largest first, keeping {@code minSize}), then its elements. */
    static <T> Shrinkable<List<T>> list(List<Shrinkable<T>> elements, int minSize) {
        List<T> value = new ArrayList<>(elements.size());
        for (Shrinkable<T> e : elements) {
            value.add(e.value());
        }
        List<T> immutable = java.util.Collections.unmodifiableList(value);
        return Shrinkable.of(immutable, () -> Stream.concat(removals(elements, minSize), elementShrinks(elements, minSize)));
    }

    private static <T> Stream<Shrinkable<List<T>>> removals(List<Shrinkable<T>> elements, int minSize) {
        int n = elements.size();
        int removable = n - minSize;
        if (removable <= 0) {
            return Stream.empty();
        }
        List<Integer> chunkSizes = new ArrayList<>();
        for (int k = removable; k >= 1; k /= 2) {
            chunkSizes.add(k);
        }
        return chunkSizes.stream().flatMap(k -> IntStream.iterate(0, start -> start + k <= n, start -> start + k)
                .mapToObj(start -> {
                    List<Shrinkable<T>> rest = new ArrayList<>(n - k);
                    rest.addAll(elements.subList(0, start));
                    rest.addAll(elements.subList(start + k, n));
                    return list(rest, minSize);
                }));
    }

    private static <T> Stream<Shrinkable<List<T>>> elementShrinks(List<Shrinkable<T>> elements, int minSize) {
        return IntStream.range(0, elements.size()).boxed().flatMap(i -> elements.get(i).shrinks().map(smaller -> {
            List<Shrinkable<T>> copy = new ArrayList<>(elements);
            copy.set(i, smaller);
            return list(copy, minSize);
        }));
    }

    /** A tuple shrinks one component at a time, leftmost first. */
    static Shrinkable<List<Object>> tuple(List<Shrinkable<?>> parts) {
        List<Object> value = new ArrayList<>(parts.size());
        for (Shrinkable<?> p : parts) {
            value.add(p.value());
        }
        List<Object> immutable = java.util.Collections.unmodifiableList(value);
        return Shrinkable.of(immutable, () -> IntStream.range(0, parts.size()).boxed()
                .flatMap(i -> parts.get(i).shrinks().map(smaller -> {
                    List<Shrinkable<?>> copy = new ArrayList<>(parts);
                    copy.set(i, smaller);
                    return tuple(copy);
                })));
    }

    /** Adds the candidates of {@code shrinker} before a tree's own, at every level. */
    static <T> Shrinkable<T> extend(Shrinkable<T> tree, Function<? super T, ? extends List<T>> shrinker) {
        return Shrinkable.of(tree.value(), () -> Stream.concat(
                shrinker.apply(tree.value()).stream().filter(c -> !c.equals(tree.value()))
                        .map(c -> extend(Shrinkable.of(c), shrinker)),
                tree.shrinks().map(s -> extend(s, shrinker))));
    }
}
