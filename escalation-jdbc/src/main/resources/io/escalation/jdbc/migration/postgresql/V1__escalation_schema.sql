-- Escalation SDK schema, version 1 (PostgreSQL).
--
-- ${prefix} is the table prefix (default esc_). Flyway fills it in when you set
-- flyway.placeholders.prefix=esc_ (and points flyway.locations at classpath:io/escalation/jdbc/migration/postgresql);
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
-- unique key and index.

CREATE TABLE IF NOT EXISTS ${prefix}escalation (
    tenant_id VARCHAR(64) NOT NULL,
    escalation_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    status VARCHAR(32) NOT NULL,
    customer_ref VARCHAR(64) NOT NULL,
    owner_id VARCHAR(64),
    tier VARCHAR(64) NOT NULL,
    priority INTEGER NOT NULL,
    raised_at TIMESTAMPTZ NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    callback_due_at TIMESTAMPTZ,
    idempotency_key VARCHAR(128),
    payload_hash VARCHAR(64) NOT NULL,
    CONSTRAINT ${prefix}escalation_pk PRIMARY KEY (tenant_id, escalation_id),
    CONSTRAINT ${prefix}escalation_idempotency_uk UNIQUE (tenant_id, idempotency_key)
);

CREATE INDEX IF NOT EXISTS ${prefix}escalation_customer_ix ON ${prefix}escalation (tenant_id, customer_ref, status);

CREATE INDEX IF NOT EXISTS ${prefix}escalation_owner_ix ON ${prefix}escalation (tenant_id, owner_id, status, priority);

CREATE INDEX IF NOT EXISTS ${prefix}escalation_callback_ix ON ${prefix}escalation (tenant_id, callback_due_at);

CREATE TABLE IF NOT EXISTS ${prefix}escalation_event (
    tenant_id VARCHAR(64) NOT NULL,
    escalation_id VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    event_id VARCHAR(36) NOT NULL,
    type VARCHAR(128) NOT NULL,
    at TIMESTAMPTZ NOT NULL,
    actor_id VARCHAR(64) NOT NULL,
    actor_role VARCHAR(32) NOT NULL,
    payload JSONB NOT NULL,
    CONSTRAINT ${prefix}escalation_event_pk PRIMARY KEY (tenant_id, escalation_id, version),
    CONSTRAINT ${prefix}escalation_event_id_uk UNIQUE (tenant_id, event_id)
);

CREATE TABLE IF NOT EXISTS ${prefix}outbox (
    tenant_id VARCHAR(64) NOT NULL,
    position BIGINT GENERATED ALWAYS AS IDENTITY,
    id VARCHAR(36) NOT NULL,
    aggregatetype VARCHAR(64) NOT NULL,
    aggregateid VARCHAR(128) NOT NULL,
    type VARCHAR(128) NOT NULL,
    payload JSONB NOT NULL,
    seq BIGINT,
    created_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT ${prefix}outbox_pk PRIMARY KEY (tenant_id, position),
    CONSTRAINT ${prefix}outbox_id_uk UNIQUE (tenant_id, id),
    CONSTRAINT ${prefix}outbox_seq_uk UNIQUE (tenant_id, seq)
);

CREATE TABLE IF NOT EXISTS ${prefix}outbox_sequencer (
    tenant_id VARCHAR(64) NOT NULL,
    last_seq BIGINT NOT NULL,
    CONSTRAINT ${prefix}outbox_sequencer_pk PRIMARY KEY (tenant_id)
);

CREATE TABLE IF NOT EXISTS ${prefix}consumer_checkpoint (
    tenant_id VARCHAR(64) NOT NULL,
    consumer VARCHAR(64) NOT NULL,
    seq BIGINT NOT NULL,
    CONSTRAINT ${prefix}consumer_checkpoint_pk PRIMARY KEY (tenant_id, consumer)
);

CREATE TABLE IF NOT EXISTS ${prefix}timer (
    tenant_id VARCHAR(64) NOT NULL,
    timer_id VARCHAR(128) NOT NULL,
    escalation_id VARCHAR(64),
    kind VARCHAR(64) NOT NULL,
    due_at TIMESTAMPTZ NOT NULL,
    state VARCHAR(16) NOT NULL,
    owner_node VARCHAR(64),
    lease_until TIMESTAMPTZ,
    fencing_token BIGINT NOT NULL,
    attempts INTEGER NOT NULL,
    fired_at TIMESTAMPTZ,
    payload JSONB,
    CONSTRAINT ${prefix}timer_pk PRIMARY KEY (tenant_id, timer_id),
    CONSTRAINT ${prefix}timer_state_ck CHECK (state IN ('PENDING', 'FIRED', 'CANCELLED'))
);

CREATE INDEX IF NOT EXISTS ${prefix}timer_due_ix ON ${prefix}timer (tenant_id, state, due_at);

CREATE TABLE IF NOT EXISTS ${prefix}resolved_case (
    tenant_id VARCHAR(64) NOT NULL,
    escalation_id VARCHAR(64) NOT NULL,
    category_code VARCHAR(64),
    resolved_at TIMESTAMPTZ NOT NULL,
    document JSONB NOT NULL,
    CONSTRAINT ${prefix}resolved_case_pk PRIMARY KEY (tenant_id, escalation_id)
);

CREATE INDEX IF NOT EXISTS ${prefix}resolved_case_category_ix ON ${prefix}resolved_case (tenant_id, category_code, resolved_at);

CREATE TABLE IF NOT EXISTS ${prefix}case_term (
    tenant_id VARCHAR(64) NOT NULL,
    term VARCHAR(64) NOT NULL,
    escalation_id VARCHAR(64) NOT NULL,
    CONSTRAINT ${prefix}case_term_pk PRIMARY KEY (tenant_id, term, escalation_id)
);

CREATE INDEX IF NOT EXISTS ${prefix}case_term_case_ix ON ${prefix}case_term (tenant_id, escalation_id);
