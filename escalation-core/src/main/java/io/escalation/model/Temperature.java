package io.escalation.model;

/**
 * How upset the customer is (温度感), from calm to furious. The order of the constants is the
 * order of escalation: {@code CALM < CONCERNED < DISSATISFIED < STRONG_DEMAND < UPSET < FURIOUS}.
 */
public enum Temperature {
    /** Calm (落ち着いている). */
    CALM,
    /** Worried, unsure (不安). */
    CONCERNED,
    /** Does not accept the answer (納得がいかない). */
    DISSATISFIED,
    /** Insists strongly on something (強い要望). */
    STRONG_DEMAND,
    /** Upset, angry (ご立腹). */
    UPSET,
    /** Furious (激怒). */
    FURIOUS;

    /**
     * Returns whether this temperature is at least {@code other}.
     *
     * @param other the threshold
     * @return {@code true} when this is as hot as {@code other} or hotter
     */
    public boolean isAtLeast(Temperature other) {
        return compareTo(other) >= 0;
    }
}
