package io.escalation.internal.text;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into search terms without a dictionary: CJK runs into overlapping character pairs
 * (bigrams), other letters and digits into lower-case words with common English endings removed.
 */
public final class Terms {

    private Terms() {}

    /**
     * Returns the distinct terms of {@code text}, in order of first appearance.
     *
     * @param text any text
     * @return the terms
     */
    public static Set<String> of(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        StringBuilder run = new StringBuilder();
        boolean cjkRun = false;
        int i = 0;
        while (i < normalized.length()) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            boolean cjk = isCjk(cp);
            boolean word = Character.isLetterOrDigit(cp) && !cjk;
            if ((cjk || word) && (run.length() == 0 || cjk == cjkRun)) {
                run.appendCodePoint(cp);
                cjkRun = cjk;
                continue;
            }
            flush(run, cjkRun, out);
            if (cjk || word) {
                run.appendCodePoint(cp);
                cjkRun = cjk;
            }
        }
        flush(run, cjkRun, out);
        return out;
    }

    private static void flush(StringBuilder run, boolean cjk, Set<String> out) {
        if (run.length() == 0) {
            return;
        }
        String s = run.toString();
        run.setLength(0);
        if (cjk) {
            int[] cps = s.codePoints().toArray();
            if (cps.length == 1) {
                out.add(s);
            }
            for (int k = 0; k + 1 < cps.length; k++) {
                out.add(new String(cps, k, 2));
            }
        } else {
            out.add(stem(s));
        }
    }

    private static String stem(String word) {
        if (word.length() > 5 && word.endsWith("ing")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.length() > 4 && word.endsWith("ed")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 4 && word.endsWith("es")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || cp == 0x30FC;
    }
}
