package io.escalation.routing;

import io.escalation.model.Labeled;

/** Whether a responder can take an escalation now. */
public enum Presence implements Labeled {
    /** At their desk and free (対応可能). */
    AVAILABLE("対応可能", "available"),
    /** At their desk but on another contact (対応中); can take it after. */
    BUSY("対応中", "busy"),
    /** Not at their desk: break, meeting, off shift (離席). Never assigned. */
    AWAY("離席", "away");

    private final String japanese;
    private final String english;

    Presence(String japanese, String english) {
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
