package io.escalation.callback;

/** How a promised time is rounded up so it is easy to say ("by 5 pm", "by 10:30"). */
public enum PromiseRounding {
    /** To the next quarter hour. */
    QUARTER_HOUR(15),
    /** To the next half hour. */
    HALF_HOUR(30),
    /** To the next whole hour. */
    WHOLE_HOUR(60);

    private final int minutes;

    PromiseRounding(int minutes) {
        this.minutes = minutes;
    }

    /**
     * Returns the rounding step.
     *
     * @return minutes
     */
    public int minutes() {
        return minutes;
    }
}
