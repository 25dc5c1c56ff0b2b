package io.escalation.store;

import io.escalation.Violation;
import io.escalation.internal.validation.Checks;
import io.escalation.model.ModelLimits;
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

    /** The longest search text accepted. */
    public static final int TEXT_MAX = 1000;

    /**
     * Validates the limit, the code, the text's length and that something is asked for.
     *
     * @throws io.escalation.InvalidEscalationException naming the field and the rule
     */
    public CaseQuery {
        boolean hasText = text != null && !text.isBlank();
        if (limit < 1 || limit > 100 || (categoryCode != null && !Checks.isCode(categoryCode))
                || (text != null && text.length() > TEXT_MAX) || (categoryCode == null && !hasText)) {
            Checks.building(CaseQuery.class)
                    .require(limit >= 1 && limit <= 100, "limit", "Range", "must be between 1 and 100, but was "
                            + limit, limit)
                    .require(categoryCode == null || Checks.isCode(categoryCode), "categoryCode", "Pattern",
                            ModelLimits.CODE_MESSAGE, categoryCode)
                    .require(text == null || text.length() <= TEXT_MAX, "text", "Size",
                            "must be at most " + TEXT_MAX + " characters", text)
                    .require(categoryCode != null || hasText, "", "NotEmpty",
                            "a case query needs a category code, text, or both", null)
                    .done();
        }
    }

    /**
     * Describes the query without its text, which may quote a customer.
     *
     * @return the category, the text's length and the limit
     */
    @Override
    public String toString() {
        return "CaseQuery[categoryCode=" + categoryCode + ", text=" + Violation.kindOf(text) + ", limit=" + limit + "]";
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
