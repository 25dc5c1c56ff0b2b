package io.escalation.store;

import io.escalation.model.TenantId;
import java.util.List;

/**
 * Resolved escalations, searchable by category and by text in Japanese and English, so operators
 * can answer similar questions without escalating. Thread-safe; scoped by tenant.
 *
 * <p>Text matching is by {@link CaseTerms}: Japanese (and other CJK) text by overlapping character
 * pairs, so that "メール設定" finds "メールの設定に失敗" (and half-width "ﾒｰﾙ設定" finds it too);
 * other text by lower-cased words with plural and verb endings removed. A case's score is the
 * share of the query's terms it holds ({@link CaseTerms#score(java.util.Set, java.util.Set)}); it
 * matches when the score is at least {@link #MIN_SCORE}. Matches come best first, then newest
 * ({@link ResolvedCase#resolvedAt()}) first, then by escalation id. Every implementation uses these
 * rules, so the same cases give the same matches in every library;
 * {@code io.escalation.testkit.CaseLibraryContract} holds the tests every implementation passes.
 */
public interface CaseLibrary {

    /** The share of query terms a case must contain to match. */
    double MIN_SCORE = 0.5;

    /**
     * Adds a case, or replaces the case of the same escalation.
     *
     * @param resolvedCase the case
     */
    void add(ResolvedCase resolvedCase);

    /**
     * Searches the tenant's cases.
     *
     * @param tenant the tenant
     * @param query what to look for
     * @return matches, best first, then newest first; at most {@code query.limit()}
     */
    List<CaseMatch> search(TenantId tenant, CaseQuery query);
}
