package io.escalation.internal.text;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into search terms without a dictionary; {@code io.escalation.store.CaseTerms} is its
 * public face and documents the rules.
 *
 * <p>The text is first normalised: NFKC (half-width katakana and full-width Latin become their
 * ordinary forms), lower case, hiragana folded into katakana, and any dash that follows a kana
 * folded into the long-vowel mark {@code ー}. CJK runs then give overlapping character pairs
 * (bigrams; a run of one character gives itself), other letters and digits lower-case words with
 * common English endings removed and cut to {@link #MAX_LENGTH} characters.
 */
public final class Terms {

    /** The longest term, in UTF-16 characters. */
    public static final int MAX_LENGTH = 64;

    private static final int LONG_VOWEL = 0x30FC;
    private static final int HIRAGANA_FIRST = 0x3041;
    private static final int HIRAGANA_LAST = 0x3096;
    private static final int HIRAGANA_TO_KATAKANA = 0x60;

    private Terms() {}

    /**
     * Returns the distinct terms of {@code text}, in order of first appearance.
     *
     * @param text any text
     * @return the terms
     */
    public static Set<String> of(String text) {
        String normalized = normalize(text);
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

    /**
     * Normalises text the way terms are made of it: NFKC, lower case, hiragana as katakana, dashes
     * after kana as {@code ー}.
     *
     * @param text any text
     * @return the normalised text
     */
    static String normalize(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(nfkc.length());
        int previous = -1;
        int i = 0;
        while (i < nfkc.length()) {
            int cp = nfkc.codePointAt(i);
            i += Character.charCount(cp);
            if ((cp >= HIRAGANA_FIRST && cp <= HIRAGANA_LAST) || cp == 0x309D || cp == 0x309E) {
                cp += HIRAGANA_TO_KATAKANA;
            } else if (isDash(cp) && isKana(previous)) {
                cp = LONG_VOWEL;
            }
            sb.appendCodePoint(cp);
            previous = cp;
        }
        return sb.toString();
    }

    private static boolean isDash(int cp) {
        return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE63 || cp == LONG_VOWEL;
    }

    private static boolean isKana(int cp) {
        return cp == LONG_VOWEL || (cp >= 0 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA);
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
            out.add(cut(stem(s)));
        }
    }

    private static String cut(String word) {
        if (word.length() <= MAX_LENGTH) {
            return word;
        }
        int end = MAX_LENGTH;
        if (Character.isHighSurrogate(word.charAt(end - 1))) {
            end--;
        }
        return word.substring(0, end);
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
                || cp == LONG_VOWEL;
    }
}
