package io.escalation.store;

import io.escalation.model.TenantId;
import java.util.List;

/**
 * Resolved escalations, searchable by category and by text in Japanese and English, so operators
 * can answer similar questions without escalating. Thread-safe; scoped by tenant.
 *
 * <p>Text matching is by terms: Japanese (and other CJK) text by overlapping character pairs, so
 * that "メール設定" finds "メールの設定に失敗"; other text by lower-cased words with plural and
 * verb endings removed. A case matches when at least half of the query's terms occur in it.
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
