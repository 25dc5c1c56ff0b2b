package io.escalation.jdbc.internal;

import io.escalation.jdbc.Dialect;
import io.escalation.lifecycle.EscalationStatus;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every SQL statement the module runs, per dialect, with the table prefix filled in. Keeping them
 * in one place lets a test check each one: every statement on tenant data names {@code tenant_id}
 * first (first predicate of its {@code WHERE}, first column of its {@code INSERT}).
 *
 * <p>Templates use {@code ${prefix}} for the table prefix and {@code {json}} for a JSON parameter,
 * which each dialect binds its own way: {@code CAST(? AS jsonb)} (PostgreSQL), {@code ?} (MariaDB)
 * and {@code ? FORMAT JSON} (H2; a plain {@code ?} would store the text as a JSON string).
 *
 * <p>{@code ORDER BY} clauses name the index's leading columns ({@code ORDER BY tenant_id, seq}):
 * H2 reads rows in index order only then, and sorted every row after the position otherwise.
 */
public final class Sql {

    /** How many escalations {@link #eventsAfter} reads at once; shorter lists repeat their last pair. */
    public static final int EVENT_BATCH = 16;
    /** How many cases {@link #caseDocuments} reads at once; shorter lists repeat their last id. */
    public static final int CASE_BATCH = 16;
    /** The sizes of the term lists of {@link #caseSearch}; a query's terms fill the next size up. */
    public static final List<Integer> TERM_BUCKETS = List.of(1, 4, 16, 64, 256, 1024);

    private static final String ESCALATION_COLUMNS = "status, owner_id, tier, priority, raised_at, updated_at,"
            + " callback_due_at, customer_ref, idempotency_key, payload_hash";

    private final Map<String, String> tenantScoped = new LinkedHashMap<>();
    private final Map<Integer, String> caseSearch = new LinkedHashMap<>();
    private final Map<Integer, String> caseSearchInCategory = new LinkedHashMap<>();
    private final Map<String, String> installer = new LinkedHashMap<>();
    private final Dialect dialect;
    private final String prefix;

    /** Writes an outbox row without a feed position. */
    public final String outboxInsert;
    /** Creates a tenant's sequencer row if it is absent (PostgreSQL ignores a duplicate itself). */
    public final String sequencerInsert;
    /** Locks a tenant's sequencer row and reads its last position. */
    public final String sequencerLock;
    /** Reads a tenant's committed rows without a position, in insertion order. */
    public final String outboxUnsequenced;
    /** Gives one row its position. */
    public final String outboxAssign;
    /** Saves a tenant's last position. */
    public final String sequencerUpdate;
    /** Reads a tenant's feed after a position. */
    public final String outboxRead;
    /** Reads a consumer's checkpoint. */
    public final String checkpointRead;
    /** Moves a consumer's checkpoint forward only. */
    public final String checkpointAdvance;
    /** Creates a consumer's checkpoint. */
    public final String checkpointInsert;
    /** Moves a pending timer whose values differ. */
    public final String timerMove;
    /** Creates a timer. */
    public final String timerInsert;
    /** Reads a timer's state. */
    public final String timerState;
    /** Cancels a pending timer. */
    public final String timerCancel;
    /** Finds due, unleased candidates. */
    public final String timerCandidates;
    /** Claims one timer if it is still due and unleased. */
    public final String timerClaim;
    /** Reads a timer's leased values. */
    public final String timerRead;
    /** Marks a timer fired under the fencing-token condition. */
    public final String timerComplete;
    /** Extends a lease under the fencing-token condition. */
    public final String timerExtend;

    /** Creates an escalation's row, doing nothing when its id or idempotency key is taken. */
    public final String escalationInsert;
    /** Finds the escalation that holds an idempotency key. */
    public final String escalationByKey;
    /** Reads an escalation row's version. */
    public final String escalationVersion;
    /** Moves an escalation row to a new version if it is still at the expected one. */
    public final String escalationUpdate;
    /** Reads an escalation row's version and its events after a version, in one round trip. */
    public final String escalationLoad;
    /** Reads the events after a version of up to {@link #EVENT_BATCH} escalations. */
    public final String eventsAfter;
    /** Stores one event. */
    public final String eventInsert;
    /** The open escalations of a customer. */
    public final String openByCustomer;
    /** The open escalations of an owner. */
    public final String queue;
    /** The open escalations whose pending callback's promise is at or before an instant. */
    public final String overdueCallbacks;
    /** Replaces a case's document. */
    public final String caseUpdate;
    /** Creates a case's row, doing nothing when it exists. */
    public final String caseInsert;
    /** Removes a case's terms. */
    public final String caseTermsDelete;
    /** Stores one term of a case. */
    public final String caseTermInsert;
    /** Every case of a tenant, newest first. */
    public final String casesNewest;
    /** Every case of a category, newest first. */
    public final String casesNewestInCategory;
    /** The documents of up to {@link #CASE_BATCH} cases. */
    public final String caseDocuments;

    /** Creates the installer's history table. */
    public final String historyCreate;
    /** Creates the installer's lock row (version 0). */
    public final String historyLockInsert;
    /** Reads the installer's lock row without locking it. */
    public final String historyLockRead;
    /** Locks the installer's lock row. */
    public final String historyLock;
    /** Reads the applied versions. */
    public final String historySelect;
    /** Records a version as running (claimed by one installer). */
    public final String historyClaim;
    /** Records a version as applied in one step (PostgreSQL). */
    public final String historyInsertDone;
    /** Takes over a version whose installer stopped or failed. */
    public final String historyTakeOver;
    /** Records per-statement progress. */
    public final String historyProgress;
    /** Marks a version applied. */
    public final String historyDone;
    /** Marks a version failed. */
    public final String historyFailed;

    /**
     * Renders the statements.
     *
     * @param dialect the dialect
     * @param prefix the validated table prefix
     */
    public Sql(Dialect dialect, String prefix) {
        this.dialect = dialect;
        this.prefix = prefix;
        String ignoreDuplicate = dialect == Dialect.POSTGRESQL ? " ON CONFLICT DO NOTHING" : "";
        String skipLocked = " FOR UPDATE SKIP LOCKED";
        String notDistinct = dialect == Dialect.MARIADB ? " <=> " : " IS NOT DISTINCT FROM ";

        outboxInsert = tenant("outboxInsert", "INSERT INTO ${prefix}outbox (tenant_id, id, aggregatetype, aggregateid,"
                + " type, payload, created_at) VALUES (?, ?, ?, ?, ?, {json}, ?)");
        sequencerInsert = tenant("sequencerInsert",
                "INSERT INTO ${prefix}outbox_sequencer (tenant_id, last_seq) VALUES (?, 0)" + ignoreDuplicate);
        sequencerLock = tenant("sequencerLock",
                "SELECT last_seq FROM ${prefix}outbox_sequencer WHERE tenant_id = ? FOR UPDATE");
        outboxUnsequenced = tenant("outboxUnsequenced", "SELECT position FROM ${prefix}outbox"
                + " WHERE tenant_id = ? AND seq IS NULL ORDER BY position LIMIT ?");
        // COALESCE keeps the guard against numbering a row twice out of the index choice: with "seq IS NULL"
        // PostgreSQL, on a table without statistics yet, walked the (tenant_id, seq) index through the whole
        // backlog for every row instead of taking the primary key (seen with 150,000 unnumbered rows)
        outboxAssign = tenant("outboxAssign",
                "UPDATE ${prefix}outbox SET seq = ? WHERE tenant_id = ? AND position = ? AND COALESCE(seq, 0) = 0");
        sequencerUpdate = tenant("sequencerUpdate",
                "UPDATE ${prefix}outbox_sequencer SET last_seq = ? WHERE tenant_id = ? AND last_seq = ?");
        outboxRead = tenant("outboxRead", "SELECT seq, id, aggregateid, type, payload, created_at"
                + " FROM ${prefix}outbox WHERE tenant_id = ? AND seq > ? ORDER BY tenant_id, seq LIMIT ?");
        checkpointRead = tenant("checkpointRead",
                "SELECT seq FROM ${prefix}consumer_checkpoint WHERE tenant_id = ? AND consumer = ?");
        checkpointAdvance = tenant("checkpointAdvance", "UPDATE ${prefix}consumer_checkpoint SET seq = ?"
                + " WHERE tenant_id = ? AND consumer = ? AND seq < ?");
        checkpointInsert = tenant("checkpointInsert",
                "INSERT INTO ${prefix}consumer_checkpoint (tenant_id, consumer, seq) VALUES (?, ?, ?)" + ignoreDuplicate);

        timerMove = tenant("timerMove", "UPDATE ${prefix}timer SET escalation_id = ?, kind = ?, due_at = ?,"
                + " payload = {json}, owner_node = NULL, lease_until = NULL, fencing_token = fencing_token + 1"
                + " WHERE tenant_id = ? AND timer_id = ? AND state = 'PENDING' AND NOT (due_at = ? AND kind = ?"
                + " AND escalation_id" + notDistinct + "? AND payload" + notDistinct + "{json})");
        timerInsert = tenant("timerInsert", "INSERT INTO ${prefix}timer (tenant_id, timer_id, escalation_id, kind,"
                + " due_at, state, fencing_token, attempts, payload) VALUES (?, ?, ?, ?, ?, 'PENDING', 0, 0, {json})"
                + ignoreDuplicate);
        timerState = tenant("timerState", "SELECT state FROM ${prefix}timer WHERE tenant_id = ? AND timer_id = ?");
        timerCancel = tenant("timerCancel", "UPDATE ${prefix}timer SET state = 'CANCELLED', lease_until = NULL,"
                + " fencing_token = fencing_token + 1 WHERE tenant_id = ? AND timer_id = ? AND state = 'PENDING'");
        timerCandidates = tenant("timerCandidates", "SELECT timer_id FROM ${prefix}timer WHERE tenant_id = ?"
                + " AND state = 'PENDING' AND due_at <= ? AND (lease_until IS NULL OR lease_until < ?)"
                + " ORDER BY tenant_id, state, due_at LIMIT ?" + skipLocked);
        timerClaim = tenant("timerClaim", "UPDATE ${prefix}timer SET owner_node = ?, lease_until = ?,"
                + " fencing_token = fencing_token + 1, attempts = attempts + 1 WHERE tenant_id = ? AND timer_id = ?"
                + " AND state = 'PENDING' AND due_at <= ? AND (lease_until IS NULL OR lease_until < ?)");
        timerRead = tenant("timerRead", "SELECT kind, escalation_id, due_at, payload, fencing_token, lease_until"
                + " FROM ${prefix}timer WHERE tenant_id = ? AND timer_id = ?");
        timerComplete = tenant("timerComplete", "UPDATE ${prefix}timer SET state = 'FIRED', fired_at = ?,"
                + " lease_until = NULL WHERE tenant_id = ? AND timer_id = ? AND state = 'PENDING' AND fencing_token = ?");
        timerExtend = tenant("timerExtend", "UPDATE ${prefix}timer SET lease_until = ? WHERE tenant_id = ?"
                + " AND timer_id = ? AND state = 'PENDING' AND fencing_token = ?");

        String insertIgnore = dialect == Dialect.MARIADB ? "INSERT IGNORE INTO " : "INSERT INTO ";
        String open = openStatuses();
        escalationInsert = tenant("escalationInsert", insertIgnore + "${prefix}escalation (tenant_id, escalation_id,"
                + " version, " + ESCALATION_COLUMNS + ") VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" + ignoreDuplicate);
        escalationByKey = tenant("escalationByKey",
                "SELECT escalation_id FROM ${prefix}escalation WHERE tenant_id = ? AND idempotency_key = ?");
        escalationVersion = tenant("escalationVersion",
                "SELECT version FROM ${prefix}escalation WHERE tenant_id = ? AND escalation_id = ?");
        escalationUpdate = tenant("escalationUpdate", "UPDATE ${prefix}escalation SET version = ?, status = ?,"
                + " owner_id = ?, tier = ?, priority = ?, updated_at = ?, callback_due_at = ?"
                + " WHERE tenant_id = ? AND escalation_id = ? AND version = ?");
        escalationLoad = tenant("escalationLoad", "SELECT e.version AS row_version, v.version, v.payload"
                + " FROM ${prefix}escalation e LEFT JOIN ${prefix}escalation_event v ON v.tenant_id = e.tenant_id"
                + " AND v.escalation_id = e.escalation_id AND v.version > ?"
                + " WHERE e.tenant_id = ? AND e.escalation_id = ? ORDER BY v.version");
        StringBuilder pairs = new StringBuilder();
        for (int i = 0; i < EVENT_BATCH; i++) {
            pairs.append(i == 0 ? "" : " OR ").append("(escalation_id = ? AND version > ?)");
        }
        eventsAfter = tenant("eventsAfter", "SELECT escalation_id, version, payload FROM ${prefix}escalation_event"
                + " WHERE tenant_id = ? AND escalation_id IN " + inList(EVENT_BATCH) + " AND (" + pairs + ")"
                + " ORDER BY tenant_id, escalation_id, version");
        eventInsert = tenant("eventInsert", "INSERT INTO ${prefix}escalation_event (tenant_id, escalation_id, version,"
                + " event_id, type, at, actor_id, actor_role, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, {json})");
        openByCustomer = tenant("openByCustomer", "SELECT escalation_id, version FROM ${prefix}escalation"
                + " WHERE tenant_id = ? AND customer_ref = ? AND status IN (" + open + ")");
        queue = tenant("queue", "SELECT escalation_id, version FROM ${prefix}escalation"
                + " WHERE tenant_id = ? AND owner_id = ? AND status IN (" + open + ")");
        overdueCallbacks = tenant("overdueCallbacks", "SELECT escalation_id, version FROM ${prefix}escalation"
                + " WHERE tenant_id = ? AND callback_due_at <= ? AND status IN (" + open + ")");

        caseUpdate = tenant("caseUpdate", "UPDATE ${prefix}resolved_case SET category_code = ?, resolved_at = ?,"
                + " document = {json} WHERE tenant_id = ? AND escalation_id = ?");
        caseInsert = tenant("caseInsert", insertIgnore + "${prefix}resolved_case (tenant_id, escalation_id,"
                + " category_code, resolved_at, document) VALUES (?, ?, ?, ?, {json})" + ignoreDuplicate);
        caseTermsDelete = tenant("caseTermsDelete",
                "DELETE FROM ${prefix}case_term WHERE tenant_id = ? AND escalation_id = ?");
        caseTermInsert = tenant("caseTermInsert",
                "INSERT INTO ${prefix}case_term (tenant_id, term, escalation_id) VALUES (?, ?, ?)");
        casesNewest = tenant("casesNewest", "SELECT escalation_id, resolved_at FROM ${prefix}resolved_case"
                + " WHERE tenant_id = ? ORDER BY resolved_at DESC, escalation_id");
        casesNewestInCategory = tenant("casesNewestInCategory", "SELECT escalation_id, resolved_at"
                + " FROM ${prefix}resolved_case WHERE tenant_id = ? AND category_code = ?"
                + " ORDER BY resolved_at DESC, escalation_id");
        caseDocuments = tenant("caseDocuments", "SELECT escalation_id, document FROM ${prefix}resolved_case"
                + " WHERE tenant_id = ? AND escalation_id IN " + inList(CASE_BATCH));
        for (int size : TERM_BUCKETS) {
            caseSearch.put(size, tenant("caseSearch" + size, caseSearchTemplate(inList(size), "")));
            caseSearchInCategory.put(size, tenant("caseSearchInCategory" + size,
                    caseSearchTemplate(inList(size), " AND c.category_code = ?")));
        }

        historyCreate = installer("historyCreate", "CREATE TABLE IF NOT EXISTS ${prefix}schema_history ("
                + "version INTEGER NOT NULL, description VARCHAR(200) NOT NULL, checksum BIGINT NOT NULL,"
                + " state VARCHAR(16) NOT NULL, owner VARCHAR(100), statements_done INTEGER NOT NULL,"
                + " updated_at " + timestampType() + " NOT NULL,"
                + " CONSTRAINT ${prefix}schema_history_pk PRIMARY KEY (version))" + tableOptions());
        historyLockInsert = installer("historyLockInsert", "INSERT INTO ${prefix}schema_history (version, description,"
                + " checksum, state, owner, statements_done, updated_at) VALUES (0, 'lock', 0, 'LOCK', NULL, 0, ?)"
                + ignoreDuplicate);
        historyLockRead = installer("historyLockRead", "SELECT version FROM ${prefix}schema_history WHERE version = 0");
        historyLock = installer("historyLock", "SELECT version FROM ${prefix}schema_history WHERE version = 0 FOR UPDATE");
        historySelect = installer("historySelect", "SELECT version, checksum, state, owner, statements_done, updated_at"
                + " FROM ${prefix}schema_history WHERE version > 0 ORDER BY version");
        historyClaim = installer("historyClaim", "INSERT INTO ${prefix}schema_history (version, description, checksum,"
                + " state, owner, statements_done, updated_at) VALUES (?, ?, ?, 'RUNNING', ?, 0, ?)");
        historyInsertDone = installer("historyInsertDone", "INSERT INTO ${prefix}schema_history (version, description,"
                + " checksum, state, owner, statements_done, updated_at) VALUES (?, ?, ?, 'SUCCESS', ?, ?, ?)");
        historyTakeOver = installer("historyTakeOver", "UPDATE ${prefix}schema_history SET state = 'RUNNING', owner = ?,"
                + " updated_at = ? WHERE version = ? AND state <> 'SUCCESS'");
        historyProgress = installer("historyProgress", "UPDATE ${prefix}schema_history SET statements_done = ?,"
                + " updated_at = ? WHERE version = ? AND owner = ? AND state = 'RUNNING'");
        historyDone = installer("historyDone", "UPDATE ${prefix}schema_history SET state = 'SUCCESS', updated_at = ?"
                + " WHERE version = ? AND owner = ? AND state = 'RUNNING'");
        historyFailed = installer("historyFailed", "UPDATE ${prefix}schema_history SET state = 'FAILED', updated_at = ?"
                + " WHERE version = ? AND owner = ? AND state = 'RUNNING'");
    }

    /**
     * Returns the statement that scores a tenant's cases by how many of a query's terms each holds:
     * bound with the tenant, {@code size} terms, the category when {@code inCategory}, and the least
     * number of terms found. Rows come best first, then newest first.
     *
     * @param size one of {@link #TERM_BUCKETS}
     * @param inCategory whether the statement filters by category
     * @return the statement
     */
    public String caseSearch(int size, boolean inCategory) {
        String sql = (inCategory ? caseSearchInCategory : caseSearch).get(size);
        if (sql == null) {
            throw new IllegalArgumentException("no term list of size " + size);
        }
        return sql;
    }

    private static String caseSearchTemplate(String terms, String categoryFilter) {
        return "SELECT t.escalation_id, c.resolved_at, COUNT(*) AS found FROM ${prefix}case_term t"
                + " JOIN ${prefix}resolved_case c ON c.tenant_id = t.tenant_id AND c.escalation_id = t.escalation_id"
                + " WHERE t.tenant_id = ? AND t.term IN " + terms + categoryFilter
                + " GROUP BY t.escalation_id, c.resolved_at HAVING COUNT(*) >= ?"
                + " ORDER BY found DESC, c.resolved_at DESC, t.escalation_id";
    }

    /**
     * Returns a list of {@code n} parameters for {@code column IN ...}. H2 looks up an index's second
     * column only for {@code IN (SELECT ...)}, never for a list of values (it would read every row of
     * the tenant), so H2 gets the list as a {@code VALUES} table; the parameters bind the same way.
     */
    private String inList(int n) {
        if (dialect == Dialect.H2) {
            return "(SELECT * FROM (VALUES " + String.join(", ", Collections.nCopies(n, "(?)")) + "))";
        }
        return "(" + String.join(", ", Collections.nCopies(n, "?")) + ")";
    }

    private static String openStatuses() {
        StringBuilder sb = new StringBuilder();
        for (EscalationStatus status : EscalationStatus.values()) {
            if (status.isOpen()) {
                sb.append(sb.length() == 0 ? "'" : ", '").append(status.name()).append('\'');
            }
        }
        return sb.toString();
    }

    /**
     * Returns the statements on tenant data, by name.
     *
     * @return an unmodifiable map
     */
    public Map<String, String> tenantScoped() {
        return Collections.unmodifiableMap(tenantScoped);
    }

    /**
     * Returns the installer's statements on its own history table, which holds no tenant data.
     *
     * @return an unmodifiable map
     */
    public Map<String, String> installer() {
        return Collections.unmodifiableMap(installer);
    }

    /**
     * Returns the dialect's column type for instants.
     *
     * @return e.g. {@code TIMESTAMPTZ}
     */
    public String timestampType() {
        switch (dialect) {
            case POSTGRESQL:
                return "TIMESTAMPTZ";
            case MARIADB:
                return "DATETIME(6)";
            case H2:
                return "TIMESTAMP(6) WITH TIME ZONE";
            default:
                throw new AssertionError(dialect);
        }
    }

    /**
     * Fills in the prefix of a migration script or statement.
     *
     * @param template text with {@code ${prefix}}
     * @return the text with the prefix
     */
    public String withPrefix(String template) {
        return template.replace("${prefix}", prefix);
    }

    private String tableOptions() {
        return dialect == Dialect.MARIADB ? " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin" : "";
    }

    private String json() {
        switch (dialect) {
            case POSTGRESQL:
                return "CAST(? AS jsonb)";
            case MARIADB:
                return "?";
            case H2:
                return "? FORMAT JSON";
            default:
                throw new AssertionError(dialect);
        }
    }

    private String tenant(String name, String template) {
        String sql = render(template);
        tenantScoped.put(name, sql);
        return sql;
    }

    private String installer(String name, String template) {
        String sql = render(template);
        installer.put(name, sql);
        return sql;
    }

    private String render(String template) {
        return withPrefix(template).replace("{json}", json());
    }
}
