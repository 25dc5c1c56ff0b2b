package io.escalation.internal.validation;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An immutable list over an array nobody else holds, so that a value can take it without the two
 * copies {@code List.copyOf} makes of an {@code ArrayList} (routing decisions and their reasons
 * are made on every contact). Equal to any list with the same elements.
 *
 * @param <E> the element type
 */
public final class FrozenList<E> extends AbstractList<E> implements RandomAccess {

    private static final FrozenList<Object> EMPTY = new FrozenList<>(new Object[0]);

    private final Object[] elements;
    private final int size;
    /** 1 once a list longer than this one was made over the same array (see {@link #appending}). */
    @SuppressWarnings("unused")
    private volatile int grown;

    private static final java.lang.invoke.VarHandle GROWN;

    static {
        try {
            GROWN = java.lang.invoke.MethodHandles.lookup().findVarHandle(FrozenList.class, "grown", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private FrozenList(Object[] elements) {
        this(elements, elements.length);
    }

    private FrozenList(Object[] elements, int size) {
        this.elements = elements;
        this.size = size;
    }

    @SuppressWarnings("unchecked")
    private static <E> FrozenList<E> empty() {
        return (FrozenList<E>) EMPTY;
    }

    /**
     * Returns {@code list} if it is one of ours, else an immutable copy of it.
     *
     * @param list the elements, without nulls
     * @param <E> the element type
     * @return the immutable list
     */
    public static <E> List<E> copyOf(List<E> list) {
        if (list instanceof FrozenList<E> mine) {
            return mine;
        }
        return list.isEmpty() ? empty() : new FrozenList<>(list.toArray());
    }

    /**
     * Returns the first {@code count} elements of {@code array} (copied once).
     *
     * @param array the elements
     * @param count how many to take
     * @param <E> the element type
     * @return the immutable list
     */
    public static <E> FrozenList<E> of(E[] array, int count) {
        return count == 0 ? empty() : new FrozenList<>(java.util.Arrays.copyOf(array, count, Object[].class));
    }

    /**
     * Returns the first {@code count} elements of {@code array} without copying: the caller hands
     * the array over and never writes it again.
     *
     * @param array the elements, no longer the caller's
     * @param count how many are in use
     * @param <E> the element type
     * @return the immutable list
     */
    public static <E> FrozenList<E> handOver(E[] array, int count) {
        return count == 0 ? empty() : new FrozenList<>(array, count);
    }

    /**
     * Returns a list of one element with room for one more, for a value that usually gets one
     * more element appended ({@link #appending}).
     *
     * @param first the element
     * @param <E> the element type
     * @return the immutable list
     */
    public static <E> FrozenList<E> one(E first) {
        return new FrozenList<>(new Object[] {first, null}, 1);
    }

    /**
     * Returns {@code list} with {@code last} after its elements.
     *
     * @param list the elements
     * @param last one more
     * @param <E> the element type
     * @return the immutable list
     */
    public static <E> FrozenList<E> appending(List<E> list, E last) {
        if (list instanceof FrozenList<E> mine && mine.size < mine.elements.length
                && GROWN.compareAndSet(mine, 0, 1)) {
            // the slot after this list's end is free and now ours: a longer list over the same array
            // (this list still ends where it did; the slot is written before the new list is shared)
            mine.elements[mine.size] = last;
            return new FrozenList<>(mine.elements, mine.size + 1);
        }
        int n = list.size();
        Object[] out = new Object[n + 1];
        for (int i = 0; i < n; i++) {
            out[i] = list.get(i);
        }
        out[n] = last;
        return new FrozenList<>(out);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        java.util.Objects.checkIndex(index, size);
        return (E) elements[index];
    }

    @Override
    public int size() {
        return size;
    }
}
