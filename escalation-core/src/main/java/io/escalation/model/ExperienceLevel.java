package io.escalation.model;

/** How experienced an operator is; trainees escalate when in doubt, veterans are trusted with more. */
public enum ExperienceLevel implements Labeled {
    /** New operator (新人). */
    TRAINEE("新人", "trainee"),
    /** Regular operator (一般). */
    REGULAR("一般", "regular"),
    /** Veteran operator (ベテラン). */
    VETERAN("ベテラン", "veteran");

    private final String japanese;
    private final String english;

    ExperienceLevel(String japanese, String english) {
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
}
