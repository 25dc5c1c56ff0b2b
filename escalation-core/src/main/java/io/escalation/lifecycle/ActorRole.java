package io.escalation.lifecycle;

import io.escalation.model.Labeled;

/** The role in which someone acts on an escalation; each action requires one of a set of roles. */
public enum ActorRole implements Labeled {
    /** A frontline operator. */
    OPERATOR("オペレーター", "operator"),
    /** A supervisor or leader (SV/LD). */
    SUPERVISOR("SV", "supervisor"),
    /** A manager (上席), who can approve irregular handling. */
    MANAGER("上席", "manager"),
    /** Someone of a related department (関連部署). */
    DEPARTMENT("関連部署", "department"),
    /** The client company of an outsourced center (クライアント). */
    CLIENT("クライアント", "client"),
    /** The host system itself (timers, integrations). */
    SYSTEM("システム", "system");

    private final String japanese;
    private final String english;

    ActorRole(String japanese, String english) {
        this.japanese = japanese;
        this.english = english;
    }

    @Override
    public String japanese() {
        return japanese;
    }

    @Override
    public String english() {
        return english;
    }
}
