package io.escalation.store;

import org.jspecify.annotations.Nullable;

/**
 * What to look for in the case library: a category, words (Japanese or English), or both.
 *
 * @param categoryCode only cases of this category, or {@code null} for any
 * @param text words to match against the category label, question, environment and resolution;
 *     {@code null} or blank to match on category alone
 * @param limit the most matches to return, 1-100
 */
public record CaseQuery(@Nullable String categoryCode, @Nullable String text, int limit) {

    /** Validates the limit and that something is asked for. */
    public CaseQuery {
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be between 1 and 100, but was " + limit);
        }
        if (categoryCode == null && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("a case query needs a category code, text, or both");
        }
    }

    /**
     * Searches by text, up to 10 matches.
     *
     * @param text the words
     * @return the query
     */
    public static CaseQuery text(String text) {
        return new CaseQuery(null, text, 10);
    }

    /**
     * Searches by category, up to 10 matches.
     *
     * @param categoryCode the category's code
     * @return the query
     */
    public static CaseQuery category(String categoryCode) {
        return new CaseQuery(categoryCode, null, 10);
    }
}
