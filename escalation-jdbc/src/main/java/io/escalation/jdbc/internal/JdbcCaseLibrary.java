package io.escalation.jdbc.internal;

import io.escalation.EscalationException;
import io.escalation.json.EscalationJson;
import io.escalation.model.TenantId;
import io.escalation.store.CaseLibrary;
import io.escalation.store.CaseMatch;
import io.escalation.store.CaseQuery;
import io.escalation.store.CaseTerms;
import io.escalation.store.ResolvedCase;
import io.escalation.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link CaseLibrary} on JDBC: each case's JSON document in {@code resolved_case}, one
 * {@code case_term} row per {@link CaseTerms term} of it. A text search counts, per case, the rows
 * whose term is one of the query's ({@code term IN (...)}, grouped by case), keeps the cases that
 * reach {@link CaseLibrary#MIN_SCORE}, and reads the documents of the best ones; the final order
 * (best, newest to the nanosecond, id) is decided on the documents, so it equals the in-memory
 * library's.
 */
public final class JdbcCaseLibrary implements CaseLibrary {

    private static final EscalationJson JSON = EscalationJson.create();

    private static final Comparator<CaseMatch> ORDER = Comparator.comparingDouble(CaseMatch::score).reversed()
            .thenComparing((CaseMatch m) -> m.resolvedCase().resolvedAt(), Comparator.reverseOrder())
            .thenComparing(m -> m.resolvedCase().ref().id().value());

    private final Context context;
    private final Transactions tx;

    /**
     * Creates the library.
     *
     * @param context the module's context
     * @param tx the transaction runner
     */
    public JdbcCaseLibrary(Context context, Transactions tx) {
        this.context = context;
        this.tx = tx;
    }

    @Override
    public void add(ResolvedCase resolvedCase) {
        String op = "cases.add";
        Checks.present(op, "resolvedCase", resolvedCase);
        String document = Checks.requiredJson(op, "resolvedCase", JSON.write(resolvedCase));
        Set<String> terms = CaseTerms.of(resolvedCase);
        tx.run(op, c -> {
            boolean existed = update(c, resolvedCase, document);
            if (!existed && !JdbcEventFeed.insertIgnoringDuplicate(c, context.sql().caseInsert, ps -> {
                ps.setString(1, resolvedCase.ref().tenant().value());
                ps.setString(2, resolvedCase.ref().id().value());
                ps.setString(3, resolvedCase.category() == null ? null : resolvedCase.category().code());
                context.binder().instant(ps, 4, resolvedCase.resolvedAt());
                context.binder().json(ps, 5, document);
            })) {
                // Added concurrently since the update: replace that one (the update now waits for it).
                existed = update(c, resolvedCase, document);
                if (!existed) {
                    throw new SQLException("the case row moved concurrently", "40001");
                }
            }
            if (existed) {
                try (PreparedStatement ps = c.prepareStatement(context.sql().caseTermsDelete)) {
                    ps.setString(1, resolvedCase.ref().tenant().value());
                    ps.setString(2, resolvedCase.ref().id().value());
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(context.sql().caseTermInsert)) {
                for (String term : terms) {
                    ps.setString(1, resolvedCase.ref().tenant().value());
                    ps.setString(2, term);
                    ps.setString(3, resolvedCase.ref().id().value());
                    ps.addBatch();
                }
                if (!terms.isEmpty()) {
                    Batches.execute(ps);
                }
            }
            return null;
        });
    }

    private boolean update(Connection c, ResolvedCase resolvedCase, String document) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(context.sql().caseUpdate)) {
            ps.setString(1, resolvedCase.category() == null ? null : resolvedCase.category().code());
            context.binder().instant(ps, 2, resolvedCase.resolvedAt());
            context.binder().json(ps, 3, document);
            ps.setString(4, resolvedCase.ref().tenant().value());
            ps.setString(5, resolvedCase.ref().id().value());
            return ps.executeUpdate() == 1;
        }
    }

    /** A case the database ranked: its id, how many query terms it holds, its instant to the microsecond. */
    private record Ranked(String id, int found, Instant resolvedAt) {}

    @Override
    public List<CaseMatch> search(TenantId tenant, CaseQuery query) {
        String op = "cases.search";
        Checks.present(op, "tenant", tenant);
        Checks.present(op, "query", query);
        List<String> terms = query.text() == null || query.text().isBlank() ? List.of()
                : List.copyOf(CaseTerms.of(query.text()));
        return tx.run(op, c -> {
            List<Ranked> ranked = rank(c, tenant, query, terms);
            Map<String, ResolvedCase> cases = documents(c, tenant, ranked);
            List<CaseMatch> matches = new ArrayList<>(ranked.size());
            for (Ranked r : ranked) {
                ResolvedCase found = cases.get(r.id());
                if (found != null) {
                    matches.add(new CaseMatch(found, CaseTerms.score(r.found(), terms.size())));
                }
            }
            matches.sort(ORDER);
            return List.copyOf(matches.subList(0, Math.min(matches.size(), query.limit())));
        });
    }

    /**
     * Reads the best cases as the database ranks them (found terms, then the microsecond-truncated
     * instant): the first {@code limit}, and every further one tied with the last of them, since the
     * exact order within a tie is decided on the documents.
     */
    private List<Ranked> rank(Connection c, TenantId tenant, CaseQuery query, List<String> terms) throws SQLException {
        Sql sql = context.sql();
        String category = query.categoryCode();
        String statement;
        if (terms.isEmpty()) {
            statement = category == null ? sql.casesNewest : sql.casesNewestInCategory;
        } else {
            statement = sql.caseSearch(bucket(terms.size()), category != null);
        }
        List<Ranked> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(statement)) {
            int i = 1;
            ps.setString(i++, tenant.value());
            if (!terms.isEmpty()) {
                int size = bucket(terms.size());
                for (int k = 0; k < size; k++) {
                    ps.setString(i++, terms.get(Math.min(k, terms.size() - 1)));
                }
            }
            if (category != null) {
                ps.setString(i++, category);
            }
            if (!terms.isEmpty()) {
                ps.setInt(i, leastFound(terms.size()));
            }
            ps.setFetchSize(query.limit() + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Ranked r = new Ranked(rs.getString(1), terms.isEmpty() ? 0 : rs.getInt(3),
                            context.binder().instant(rs, "resolved_at"));
                    if (out.size() >= query.limit()) {
                        Ranked last = out.get(query.limit() - 1);
                        if (last.found() != r.found() || !last.resolvedAt().equals(r.resolvedAt())) {
                            break;
                        }
                    }
                    out.add(r);
                }
            }
        }
        return out;
    }

    private static int bucket(int terms) {
        for (int size : Sql.TERM_BUCKETS) {
            if (terms <= size) {
                return size;
            }
        }
        throw new IllegalStateException("a query has at most " + CaseQuery.TEXT_MAX + " characters, so fewer terms");
    }

    /** Returns the fewest of {@code wanted} terms a match holds: the score rule, counted. */
    private static int leastFound(int wanted) {
        int found = 1;
        while (CaseTerms.score(found, wanted) < MIN_SCORE) {
            found++;
        }
        return found;
    }

    private Map<String, ResolvedCase> documents(Connection c, TenantId tenant, List<Ranked> ranked)
            throws SQLException {
        Map<String, ResolvedCase> out = new HashMap<>();
        for (int start = 0; start < ranked.size(); start += Sql.CASE_BATCH) {
            List<Ranked> chunk = ranked.subList(start, Math.min(ranked.size(), start + Sql.CASE_BATCH));
            try (PreparedStatement ps = c.prepareStatement(context.sql().caseDocuments)) {
                ps.setString(1, tenant.value());
                for (int i = 0; i < Sql.CASE_BATCH; i++) {
                    ps.setString(2 + i, chunk.get(Math.min(i, chunk.size() - 1)).id());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), read(rs.getString(2)));
                    }
                }
            }
        }
        return out;
    }

    private static ResolvedCase read(String document) {
        try {
            return JSON.read(document, ResolvedCase.class);
        } catch (EscalationException e) {
            throw new StoreException("a stored case cannot be read", e);
        }
    }

    @Override
    public String toString() {
        return "JdbcCaseLibrary[dialect=" + context.dialect() + ", tablePrefix=" + context.prefix() + "]";
    }
}
