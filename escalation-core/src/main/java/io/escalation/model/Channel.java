package io.escalation.model;

/** The channel the customer contacted the center through. */
public enum Channel implements Labeled {
    /** A phone call. */
    PHONE("電話", "phone"),
    /** E-mail. */
    EMAIL("メール", "e-mail"),
    /** Web or app chat. */
    CHAT("チャット", "chat"),
    /** A messaging app or social network. */
    MESSAGING("メッセージ", "messaging"),
    /** A web form. */
    WEB_FORM("Webフォーム", "web form"),
    /** In person, at a counter or shop. */
    IN_PERSON("対面", "in person");

    private final String japanese;
    private final String english;

    Channel(String japanese, String english) {
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
