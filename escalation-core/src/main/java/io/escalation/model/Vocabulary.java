package io.escalation.model;

import org.jspecify.annotations.Nullable;

/**
 * A term of a center's own vocabulary: a category, a department, a skill or a tier. Identified by
 * its code (what routing rules and stores match on) and said with its label in the reader's
 * language; a term without a label is said by the wording a host gives for its code
 * ({@code io.escalation.text.Texts}), else by its code.
 */
public interface Vocabulary {

    /**
     * Returns the code that identifies the term.
     *
     * @return e.g. {@code mail-setup}
     */
    String code();

    /**
     * Returns how the term is said, if the center gave wording.
     *
     * @return the label, or {@code null}
     */
    @Nullable LocalizedText label();
}
