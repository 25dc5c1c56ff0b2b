package io.escalation.lifecycle;

/** The role in which someone acts on an escalation; each action requires one of a set of roles. */
public enum ActorRole {
    /** A frontline operator. */
    OPERATOR,
    /** A supervisor or leader (SV/LD). */
    SUPERVISOR,
    /** A manager (上席), who can approve irregular handling. */
    MANAGER,
    /** Someone of a related department (関連部署). */
    DEPARTMENT,
    /** The client company of an outsourced center (クライアント). */
    CLIENT,
    /** The host system itself (timers, integrations). */
    SYSTEM;
}
