package io.escalation.briefing;

import io.escalation.model.Labeled;
import java.util.Objects;

/**
 * A fact the supervisor will certainly ask for and the escalation does not have (ヒアリング不足).
 *
 * @param code stable code, e.g. {@code missing-environment}
 * @param field the model field that should carry it, e.g. {@code inquiry.environment}
 * @param japanese what to find out, in Japanese
 * @param english what to find out, in English
 */
public record Gap(String code, String field, String japanese, String english) implements Labeled {

    /** Checks every part is present. */
    public Gap {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(japanese, "japanese");
        Objects.requireNonNull(english, "english");
    }
}
