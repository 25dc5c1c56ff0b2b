package io.escalation.store;

import io.escalation.internal.validation.Checks;

import io.escalation.internal.text.Terms;
import java.util.Set;

/**
 * The terms every {@link CaseLibrary} indexes cases by and searches with, so that every library
 * (in memory, JDBC, a host's own) finds the same cases for the same query.
 *
 * <p>Text is normalised first: Unicode NFKC (half-width katakana such as {@code ﾒｰﾙ} and full-width
 * Latin such as {@code Ｏｕｔｌｏｏｋ} become their ordinary forms), lower case, hiragana folded into
 * katakana ({@code めーる} is {@code メール}), and a dash or minus sign after a kana folded into the
 * long-vowel mark ({@code メ－ル} is {@code メール}). Then:
 * <ul>
 *   <li>Japanese (and other CJK) runs give overlapping character pairs: {@code メール設定} gives
 *       {@code メー}, {@code ール}, {@code ル設}, {@code 設定}; a run of one character gives itself.
 *       No dictionary is needed, and particles between words cost a pair or two.</li>
 *   <li>Other runs of letters and digits give lower-case words with common English endings removed
 *       ({@code settings} and {@code setting}, {@code failed} and {@code fail}), at most
 *       {@link #MAX_LENGTH} characters (longer words are cut).</li>
 * </ul>
 * Everything else (spaces, punctuation, symbols, emoji) separates terms.
 *
 * <p>A case's terms are those of its category label, question, environment and resolution
 * ({@link #of(ResolvedCase)}); a query's are those of its text. A case matches when it holds at
 * least {@link CaseLibrary#MIN_SCORE} of the query's terms.
 */
public final class CaseTerms {

    /** The longest term, in UTF-16 characters; a database column for terms needs this length. */
    public static final int MAX_LENGTH = Terms.MAX_LENGTH;

    private CaseTerms() {}

    /**
     * Returns the distinct terms of a text, in order of first appearance.
     *
     * @param text any text
     * @return the terms; empty when the text has no letters or digits
     */
    public static Set<String> of(String text) {
        return Terms.of(Checks.present(CaseTerms.class, "text", text));
    }

    /**
     * Returns the terms a case is found by: those of its category label, question, environment and
     * resolution.
     *
     * @param resolvedCase the case
     * @return the terms
     */
    public static Set<String> of(ResolvedCase resolvedCase) {
        Checks.present(CaseTerms.class, "resolvedCase", resolvedCase);
        StringBuilder sb = new StringBuilder();
        if (resolvedCase.category() != null) {
            sb.append(String.join("\n", resolvedCase.category().label().texts().values())).append('\n');
        }
        sb.append(resolvedCase.question().value()).append('\n');
        if (resolvedCase.environment() != null) {
            sb.append(resolvedCase.environment().value()).append('\n');
        }
        sb.append(resolvedCase.resolution().value());
        return Terms.of(sb.toString());
    }

    /**
     * Returns the score of a case for a query: the share of the query's terms the case holds, 1.0
     * for a query without terms.
     *
     * @param queryTerms the query's terms
     * @param caseTerms the case's terms
     * @return 0 to 1
     */
    public static double score(Set<String> queryTerms, Set<String> caseTerms) {
        Checks.building(CaseTerms.class)
                .require(queryTerms != null, "queryTerms", "NotNull", "must not be null", null)
                .require(caseTerms != null, "caseTerms", "NotNull", "must not be null", null)
                .noNullElements("queryTerms", queryTerms == null ? null : new java.util.ArrayList<>(queryTerms))
                .done();
        int found = 0;
        for (String t : queryTerms) {
            if (caseTerms.contains(t)) {
                found++;
            }
        }
        return score(found, queryTerms.size());
    }

    /**
     * Returns the score of a case that holds {@code found} of a query's {@code wanted} terms, the
     * way every library computes it.
     *
     * @param found how many of the query's terms the case holds
     * @param wanted how many terms the query has
     * @return {@code found / wanted}, or 1.0 when {@code wanted} is 0
     */
    public static double score(int found, int wanted) {
        Checks.building(CaseTerms.class)
                .require(wanted >= 0, "wanted", "Min", "must not be negative", wanted)
                .require(found >= 0 && found <= Math.max(wanted, 0), "found", "Range", "must be between 0 and wanted", found)
                .done();
        return wanted == 0 ? 1.0 : (double) found / wanted;
    }
}
