package io.escalation.model;

/**
 * How upset the customer is (温度感), from calm to furious. The order of the constants is the
 * order of escalation: {@code CALM < CONCERNED < DISSATISFIED < STRONG_DEMAND < UPSET < FURIOUS}.
 */
public enum Temperature implements Labeled {
    /** Calm (落ち着いている). */
    CALM("落ち着いている", "calm"),
    /** Worried, unsure (不安). */
    CONCERNED("不安", "concerned"),
    /** Does not accept the answer (納得がいかない). */
    DISSATISFIED("納得がいかない", "dissatisfied"),
    /** Insists strongly on something (強い要望). */
    STRONG_DEMAND("強い要望", "strong demand"),
    /** Upset, angry (ご立腹). */
    UPSET("ご立腹", "upset"),
    /** Furious (激怒). */
    FURIOUS("激怒", "furious");

    private final String japanese;
    private final String english;

    Temperature(String japanese, String english) {
        this.japanese = japanese;
        this.english = english;
    }

    @Override
    public String japanese() {
        return japanese;
    }

    @Override
    public String english() {
        return english;
    }

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
