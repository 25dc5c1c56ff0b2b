package io.escalation.testkit;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A generated value together with its shrink candidates: simpler values, each with candidates of
 * its own (a lazily built rose tree). The runner walks this tree to find a minimal counterexample.
 *
 * <p>Candidates are ordered from most to least aggressive (the simplest first), are computed only
 * when asked for, and never include the value itself.
 *
 * @param <T> the type of the value
 */
public final class Shrinkable<T> {

    private final T value;
    private final Supplier<Stream<Shrinkable<T>>> shrinks;

    private Shrinkable(T value, Supplier<Stream<Shrinkable<T>>> shrinks) {
        this.value = value;
        this.shrinks = shrinks;
    }

    /**
     * Returns a value that cannot be shrunk.
     *
     * @param <T> the type
     * @param value the value
     * @return a leaf
     */
    public static <T> Shrinkable<T> of(T value) {
        return new Shrinkable<>(value, Stream::empty);
    }

    /**
     * Returns a value with lazily computed shrink candidates.
     *
     * @param <T> the type
     * @param value the value
     * @param shrinks computes the candidates, simplest first
     * @return the shrinkable
     */
    public static <T> Shrinkable<T> of(T value, Supplier<Stream<Shrinkable<T>>> shrinks) {
        return new Shrinkable<>(value, Objects.requireNonNull(shrinks, "shrinks"));
    }

    /**
     * Returns the value.
     *
     * @return the value
     */
    public T value() {
        return value;
    }

    /**
     * Returns the shrink candidates, simplest first.
     *
     * @return a fresh stream of candidates
     */
    public Stream<Shrinkable<T>> shrinks() {
        return shrinks.get();
    }

    /**
     * Maps value and every candidate.
     *
     * @param <R> the result type
     * @param mapper a pure function
     * @return the mapped tree
     */
    public <R> Shrinkable<R> map(Function<? super T, ? extends R> mapper) {
        return new Shrinkable<>(mapper.apply(value), () -> shrinks().map(s -> s.map(mapper)));
    }

    /**
     * Binds a dependent tree: candidates first shrink this value (regenerating the dependent part),
     * then the dependent part.
     *
     * @param <R> the result type
     * @param binder produces the dependent tree for a value
     * @return the combined tree
     */
    public <R> Shrinkable<R> flatMap(Function<? super T, Shrinkable<R>> binder) {
        Shrinkable<R> inner = binder.apply(value);
        return new Shrinkable<>(inner.value(),
                () -> Stream.concat(shrinks().map(s -> s.flatMap(binder)), inner.shrinks()));
    }

    /**
     * Drops candidates (and their subtrees) that fail {@code predicate}. The value itself is
     * assumed to pass.
     *
     * @param predicate what every candidate must satisfy
     * @return the filtered tree
     */
    public Shrinkable<T> filter(Predicate<? super T> predicate) {
        return new Shrinkable<>(value, () -> shrinks().filter(s -> predicate.test(s.value())).map(s -> s.filter(predicate)));
    }
}
