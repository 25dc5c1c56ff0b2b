package io.escalation.store;

import io.escalation.internal.validation.Checks;
import io.escalation.internal.text.Terms;
import io.escalation.model.EscalationRef;
import io.escalation.model.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A thread-safe {@link CaseLibrary} in memory; each case's terms are computed once, when added. */
public final class InMemoryCaseLibrary implements CaseLibrary {

    private record Indexed(ResolvedCase resolvedCase, Set<String> terms) {}

    private final ConcurrentMap<EscalationRef, Indexed> cases = new ConcurrentHashMap<>();

    /** Creates an empty library. */
    public InMemoryCaseLibrary() {}

    @Override
    public void add(ResolvedCase c) {
        Checks.present(CaseLibrary.class, "resolvedCase", c);
        cases.put(c.ref(), new Indexed(c, Terms.of(searchableText(c))));
    }

    /**
     * Returns the text a case is found by: category label, question, environment and resolution.
     *
     * @param c the case
     * @return the text
     */
    static String searchableText(ResolvedCase c) {
        StringBuilder sb = new StringBuilder();
        if (c.category() != null) {
            sb.append(String.join("\n", c.category().label().texts().values())).append('\n');
        }
        sb.append(c.question().value()).append('\n');
        if (c.environment() != null) {
            sb.append(c.environment().value()).append('\n');
        }
        sb.append(c.resolution().value());
        return sb.toString();
    }

    @Override
    public List<CaseMatch> search(TenantId tenant, CaseQuery query) {
        Checks.building(CaseLibrary.class)
                .require(tenant != null, "tenant", "NotNull", "must not be null", null)
                .require(query != null, "query", "NotNull", "must not be null", null).done();
        Set<String> wanted = query.text() == null || query.text().isBlank() ? Set.of() : Terms.of(query.text());
        List<CaseMatch> out = new ArrayList<>();
        cases.forEach((k, indexed) -> {
            ResolvedCase c = indexed.resolvedCase();
            if (!k.tenant().equals(tenant)) {
                return;
            }
            if (query.categoryCode() != null
                    && (c.category() == null || !c.category().code().equals(query.categoryCode()))) {
                return;
            }
            double score = score(wanted, indexed.terms());
            if (score >= MIN_SCORE) {
                out.add(new CaseMatch(c, score));
            }
        });
        out.sort(Comparator.comparingDouble(CaseMatch::score).reversed()
                .thenComparing((CaseMatch m) -> m.resolvedCase().resolvedAt(), Comparator.reverseOrder())
                .thenComparing(m -> m.resolvedCase().ref().id().value()));
        return List.copyOf(out.subList(0, Math.min(out.size(), query.limit())));
    }

    static double score(Set<String> wanted, Set<String> have) {
        if (wanted.isEmpty()) {
            return 1.0;
        }
        int found = 0;
        for (String t : wanted) {
            if (have.contains(t)) {
                found++;
            }
        }
        return (double) found / wanted.size();
    }
}
