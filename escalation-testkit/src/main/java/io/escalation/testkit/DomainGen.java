package io.escalation.testkit;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The shared shape of the fluent domain generators: each holds the generator its narrowings built
 * and draws from it.
 *
 * @param <T> the generated type
 */
abstract class DomainGen<T> implements Gen<T> {

    /** Returns the generator this one's narrowings built. */
    abstract Gen<T> delegate();

    @Override
    public final Shrinkable<T> generate(RandomGenerator random, int size) {
        return delegate().generate(random, size);
    }

    @Override
    public List<Shrinkable<T>> edgeCases() {
        return delegate().edgeCases();
    }
}
