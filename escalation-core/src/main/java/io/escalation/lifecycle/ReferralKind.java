package io.escalation.lifecycle;

/** Whom an escalation is referred to. */
public enum ReferralKind {
    /** A related department (関連部署), e.g. refunds. */
    DEPARTMENT,
    /** The client company of an outsourced center (クライアント). */
    CLIENT
}
