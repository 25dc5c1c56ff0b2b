package io.escalation.store;

/**
 * A case that matches a query, with how well: the share of the query's terms found in it
 * (1.0 when all are found; 1.0 as well for a category-only query).
 *
 * @param resolvedCase the case
 * @param score 0 (exclusive) to 1 (inclusive)
 */
public record CaseMatch(ResolvedCase resolvedCase, double score) {}
