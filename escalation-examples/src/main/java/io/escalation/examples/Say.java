package io.escalation.examples;

import java.util.Locale;

/** The tour's own words (headings and labels) in the reader's language; the SDK's come from its texts. */
final class Say {

    private Say() {}

    /**
     * Returns the Japanese wording for a Japanese reader and the English one otherwise.
     *
     * @param lang the reader's language
     * @param en the English wording
     * @param ja the Japanese wording
     * @return the wording
     */
    static String t(Locale lang, String en, String ja) {
        return lang.getLanguage().equals("ja") ? ja : en;
    }

    /**
     * Returns a label padded so that values line up.
     *
     * @param label the label
     * @param width the column's width in terminal cells (wide characters count two)
     * @return the padded label
     */
    static String pad(String label, int width) {
        int cells = 0;
        for (int i = 0; i < label.length(); i = label.offsetByCodePoints(i, 1)) {
            int cp = label.codePointAt(i);
            boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
                    || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                    || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6);
            cells += wide ? 2 : 1;
        }
        return label + " ".repeat(Math.max(1, width - cells));
    }
}
