package io.escalation.briefing;

import io.escalation.internal.validation.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A rendered briefing: ordered lines, each tagged with the part it came from, and the whole as one
 * paragraph. Scripts hold the operator's words, which are meant to be read to a supervisor;
 * {@link #toString()} shows only the parts.
 *
 * @param locale the language of the script
 * @param lines the lines, in speaking order
 */
public record Script(Locale locale, List<Line> lines) {

    /**
     * One line of a script.
     *
     * @param part the part it came from
     * @param text what to say
     */
    public record Line(BriefingPart part, String text) {
        /**
         * Checks the parts.
         *
         * @throws io.escalation.InvalidEscalationException if a part is missing
         */
        public Line {
            Checks.building(Line.class).require(part != null, "part", "NotNull", "must not be null", null)
                    .require(text != null, "text", "NotNull", "must not be null", null).done();
        }

        /** Shows the part only. */
        @Override
        public String toString() {
            return "Line[" + part + "]";
        }
    }

    /**
     * Checks the parts and copies the lines.
     *
     * @throws io.escalation.InvalidEscalationException if a part or line is missing
     */
    public Script {
        Checks.building(Script.class).require(locale != null, "locale", "NotNull", "must not be null", null)
                .require(lines != null, "lines", "NotNull", "must not be null", null)
                .noNullElements("lines", lines).done();
        lines = List.copyOf(lines);
    }

    /**
     * Returns the whole script as one paragraph: lines of languages written without spaces
     * (Japanese, Chinese, Thai, ...) run together, others are separated by spaces.
     *
     * @return the paragraph
     */
    public String paragraph() {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            if (sb.length() > 0 && !SpeakingRate.writtenWithoutSpaces(locale)) {
                sb.append(' ');
            }
            sb.append(l.text());
        }
        return sb.toString();
    }

    /**
     * Returns the parts in speaking order.
     *
     * @return the parts of the lines
     */
    public List<BriefingPart> parts() {
        List<BriefingPart> out = new ArrayList<>();
        for (Line l : lines) {
            out.add(l.part());
        }
        return out;
    }

    @Override
    public String toString() {
        return "Script[" + locale + ", " + parts() + "]";
    }
}
