package io.escalation.store;

import io.escalation.internal.validation.Checks;
import io.escalation.model.EscalationRef;
import io.escalation.model.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A thread-safe {@link CaseLibrary} in memory; each case's {@link CaseTerms} are computed once,
 * when added. Searches scan the cases.
 */
public final class InMemoryCaseLibrary implements CaseLibrary {

    private record Indexed(ResolvedCase resolvedCase, Set<String> terms) {}

    private final ConcurrentMap<EscalationRef, Indexed> cases = new ConcurrentHashMap<>();

    /** Creates an empty library. */
    public InMemoryCaseLibrary() {}

    @Override
    public void add(ResolvedCase c) {
        Checks.present(CaseLibrary.class, "resolvedCase", c);
        cases.put(c.ref(), new Indexed(c, CaseTerms.of(c)));
    }

    @Override
    public List<CaseMatch> search(TenantId tenant, CaseQuery query) {
        Checks.building(CaseLibrary.class)
                .require(tenant != null, "tenant", "NotNull", "must not be null", null)
                .require(query != null, "query", "NotNull", "must not be null", null).done();
        Set<String> wanted = query.text() == null || query.text().isBlank() ? Set.of() : CaseTerms.of(query.text());
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
            double score = CaseTerms.score(wanted, indexed.terms());
            if (score >= MIN_SCORE) {
                out.add(new CaseMatch(c, score));
            }
        });
        out.sort(Comparator.comparingDouble(CaseMatch::score).reversed()
                .thenComparing((CaseMatch m) -> m.resolvedCase().resolvedAt(), Comparator.reverseOrder())
                .thenComparing(m -> m.resolvedCase().ref().id().value()));
        return List.copyOf(out.subList(0, Math.min(out.size(), query.limit())));
    }
}
