package io.escalation.model;

/** How experienced an operator is; trainees escalate when in doubt, veterans are trusted with more. */
public enum ExperienceLevel {
    /** New operator (新人). */
    TRAINEE,
    /** Regular operator (一般). */
    REGULAR,
    /** Veteran operator (ベテラン). */
    VETERAN;
}
