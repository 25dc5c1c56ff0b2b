-- Escalation SDK schema, version 1 (MariaDB and MySQL).
--
-- ${prefix} is the table prefix (default esc_). Flyway fills it in when you set
-- flyway.placeholders.prefix=esc_ (and points flyway.locations at classpath:io/escalation/jdbc/migration/mariadb);
-- Liquibase, when you include this file with a changelog property named prefix.
-- JdbcEscalations.migrate() applies it without either.
--
-- The escalation store keeps each escalation's history in ${prefix}escalation_event (one row
-- per event, payload = the event's EscalationJson document, exact to the nanosecond); the state is
-- the fold of that history. ${prefix}escalation holds one row per escalation with the columns the
-- queries select on (instants truncated to microseconds), and its version column is the optimistic
-- lock of appends. ${prefix}resolved_case holds the case library's documents and ${prefix}case_term
-- one row per search term (io.escalation.store.CaseTerms) of each case.
--
-- Every statement is idempotent (IF NOT EXISTS), so an installation interrupted between a DDL
-- statement and its progress record can run it again. tenant_id leads every primary key,
-- unique key and index,
-- except ${prefix}outbox_position_ix: InnoDB requires an AUTO_INCREMENT column to lead an index.
-- DATETIME(6) columns hold UTC wall time (never TIMESTAMP, which converts through the session
-- time zone and ends in 2038). Indexes are declared inside CREATE TABLE because MySQL has no
-- CREATE INDEX IF NOT EXISTS.

CREATE TABLE IF NOT EXISTS ${prefix}escalation (
    tenant_id VARCHAR(64) NOT NULL,
    escalation_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    status VARCHAR(32) NOT NULL,
    customer_ref VARCHAR(64) NOT NULL,
    owner_id VARCHAR(64),
    tier VARCHAR(64) NOT NULL,
    priority INTEGER NOT NULL,
    raised_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    callback_due_at DATETIME(6),
    idempotency_key VARCHAR(128),
    payload_hash VARCHAR(64) NOT NULL,
    CONSTRAINT ${prefix}escalation_pk PRIMARY KEY (tenant_id, escalation_id),
    CONSTRAINT ${prefix}escalation_idempotency_uk UNIQUE (tenant_id, idempotency_key),
    KEY ${prefix}escalation_customer_ix (tenant_id, customer_ref, status),
    KEY ${prefix}escalation_owner_ix (tenant_id, owner_id, status, priority),
    KEY ${prefix}escalation_callback_ix (tenant_id, callback_due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS ${prefix}escalation_event (
    tenant_id VARCHAR(64) NOT NULL,
    escalation_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    event_id VARCHAR(36) NOT NULL,
    type VARCHAR(128) NOT NULL,
    at DATETIME(6) NOT NULL,
    actor_id VARCHAR(64) NOT NULL,
    actor_role VARCHAR(32) NOT NULL,
    payload JSON NOT NULL,
    CONSTRAINT ${prefix}escalation_event_pk PRIMARY KEY (tenant_id, escalation_id, version),
    CONSTRAINT ${prefix}escalation_event_id_uk UNIQUE (tenant_id, event_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS ${prefix}outbox (
    tenant_id VARCHAR(64) NOT NULL,
    position BIGINT NOT NULL AUTO_INCREMENT,
    id VARCHAR(36) NOT NULL,
    aggregatetype VARCHAR(64) NOT NULL,
    aggregateid VARCHAR(128) NOT NULL,
    type VARCHAR(128) NOT NULL,
    payload JSON NOT NULL,
    seq BIGINT,
    created_at DATETIME(6) NOT NULL,
    CONSTRAINT ${prefix}outbox_pk PRIMARY KEY (tenant_id, position),
    CONSTRAINT ${prefix}outbox_id_uk UNIQUE (tenant_id, id),
    CONSTRAINT ${prefix}outbox_seq_uk UNIQUE (tenant_id, seq),
    KEY ${prefix}outbox_position_ix (position)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS ${prefix}outbox_sequencer (
    tenant_id VARCHAR(64) NOT NULL,
    last_seq BIGINT NOT NULL,
    CONSTRAINT ${prefix}outbox_sequencer_pk PRIMARY KEY (tenant_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS ${prefix}consumer_checkpoint (
    tenant_id VARCHAR(64) NOT NULL,
    consumer VARCHAR(64) NOT NULL,
    seq BIGINT NOT NULL,
    CONSTRAINT ${prefix}consumer_checkpoint_pk PRIMARY KEY (tenant_id, consumer)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS ${prefix}timer (
    tenant_id VARCHAR(64) NOT NULL,
    timer_id VARCHAR(128) NOT NULL,
    escalation_id VARCHAR(64),
    kind VARCHAR(64) NOT NULL,
    due_at DATETIME(6) NOT NULL,
    state VARCHAR(16) NOT NULL,
    owner_node VARCHAR(64),
    lease_until DATETIME(6),
    fencing_token BIGINT NOT NULL,
    attempts INTEGER NOT NULL,
    fired_at DATETIME(6),
    payload JSON,
    CONSTRAINT ${prefix}timer_pk PRIMARY KEY (tenant_id, timer_id),
    CONSTRAINT ${prefix}timer_state_ck CHECK (state IN ('PENDING', 'FIRED', 'CANCELLED')),
    KEY ${prefix}timer_due_ix (tenant_id, state, due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS ${prefix}resolved_case (
    tenant_id VARCHAR(64) NOT NULL,
    escalation_id VARCHAR(64) NOT NULL,
    category_code VARCHAR(64),
    resolved_at DATETIME(6) NOT NULL,
    document JSON NOT NULL,
    CONSTRAINT ${prefix}resolved_case_pk PRIMARY KEY (tenant_id, escalation_id),
    KEY ${prefix}resolved_case_category_ix (tenant_id, category_code, resolved_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE IF NOT EXISTS ${prefix}case_term (
    tenant_id VARCHAR(64) NOT NULL,
    term VARCHAR(64) NOT NULL,
    escalation_id VARCHAR(64) NOT NULL,
    CONSTRAINT ${prefix}case_term_pk PRIMARY KEY (tenant_id, term, escalation_id),
    KEY ${prefix}case_term_case_ix (tenant_id, escalation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
