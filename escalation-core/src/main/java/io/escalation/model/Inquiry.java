package io.escalation.model;

import io.escalation.internal.validation.Checks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the escalation is about, in the shape a supervisor hears it (結論から):
 * the category and the decision wanted, or the operator's concern, and then what was already done,
 * the customer's environment, background and history.
 *
 * <p>Every free-text part is {@link FreeText}, treated as personal data. The model accepts an
 * inquiry without a conclusion (a CRM form may be half filled); the briefing module refuses to
 * brief it and says what is missing.
 *
 * @param category the inquiry's category (質問のカテゴリ), if the operator could name it
 * @param kind what the operator asks the higher tier for
 * @param decisionWanted what the operator wants decided (判断して欲しいこと)
 * @param concern what worries the operator (心配な事), when they are unsure
 * @param actionsTaken what the first line already did (既に対応した事), in order; at most 100
 * @param environment the customer's information and environment (お客様の情報・環境), e.g. "Outlook 2016"
 * @param background background (背景)
 * @param history earlier events (経緯), oldest first; at most 100
 * @param impact what the customer lost or suffered, for complaints
 */
public record Inquiry(
        @Nullable Category category,
        @NotNull RequestKind kind,
        @Nullable FreeText decisionWanted,
        @Nullable FreeText concern,
        @NotNull @Size(max = ModelLimits.LIST_MAX) List<@NotNull FreeText> actionsTaken,
        @Nullable FreeText environment,
        @Nullable FreeText background,
        @NotNull @Size(max = ModelLimits.LIST_MAX) List<@NotNull FreeText> history,
        @Nullable FreeText impact) {

    /**
     * Validates the inquiry and copies its lists.
     *
     * @throws io.escalation.InvalidEscalationException if a rule is broken
     */
    public Inquiry {
        if (kind == null || !Checks.isList(actionsTaken, ModelLimits.LIST_MAX)
                || !Checks.isList(history, ModelLimits.LIST_MAX)) {
            Checks.of(Inquiry.class, category, kind, decisionWanted, concern, actionsTaken, environment, background,
                            history, impact)
                    .noNullElements("actionsTaken", actionsTaken)
                    .noNullElements("history", history)
                    .done();
        }
        actionsTaken = List.copyOf(actionsTaken);
        history = List.copyOf(history);
    }

    /**
     * Starts an inquiry of the given kind.
     *
     * @param kind what the operator asks for
     * @return a builder
     */
    public static Builder builder(RequestKind kind) {
        return new Builder(kind);
    }

    /**
     * Returns a builder holding this inquiry, to derive a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(kind);
        b.category = category;
        b.decisionWanted = text(decisionWanted);
        b.concern = text(concern);
        actionsTaken.forEach(t -> b.actionsTaken.add(t.value()));
        b.environment = text(environment);
        b.background = text(background);
        history.forEach(t -> b.history.add(t.value()));
        b.impact = text(impact);
        return b;
    }

    /**
     * Returns whether the inquiry has a category and a decision wanted (the category-first opening).
     *
     * @return {@code true} when both are present
     */
    public boolean hasCategoryAndDecision() {
        return category != null && decisionWanted != null;
    }

    private static @Nullable String text(@Nullable FreeText t) {
        return t == null ? null : t.value();
    }

    /**
     * Builds an {@link Inquiry} from plain strings; {@link #build()} converts and validates them
     * all at once and reports every violation with its path. Not thread-safe.
     */
    public static final class Builder {
        private RequestKind kind;
        private @Nullable Category category;
        private @Nullable String decisionWanted;
        private @Nullable String concern;
        private final List<String> actionsTaken = new ArrayList<>();
        private @Nullable String environment;
        private @Nullable String background;
        private final List<String> history = new ArrayList<>();
        private @Nullable String impact;

        private Builder(RequestKind kind) {
            this.kind = kind;
        }

        /**
         * Sets the kind of request.
         *
         * @param value the kind
         * @return this builder
         */
        public Builder kind(RequestKind value) {
            this.kind = value;
            return this;
        }

        /**
         * Sets the category from the center's code and its label per language.
         *
         * @param code the category's code, e.g. {@code mail-setup}
         * @param label language to label, e.g. {@code Map.of(JAPANESE, "メールの設定に失敗する", ENGLISH, "mail setup failing")}
         * @return this builder
         * @throws io.escalation.InvalidEscalationException if the code or a label breaks its rule
         */
        public Builder category(String code, java.util.Map<java.util.Locale, String> label) {
            this.category = Category.of(code, label);
            return this;
        }

        /**
         * Sets the category.
         *
         * @param value the category, or {@code null}
         * @return this builder
         */
        public Builder category(@Nullable Category value) {
            this.category = value;
            return this;
        }

        /**
         * Sets the decision wanted (判断して欲しいこと).
         *
         * @param value free text, or {@code null}
         * @return this builder
         */
        public Builder decisionWanted(@Nullable String value) {
            this.decisionWanted = value;
            return this;
        }

        /**
         * Sets the operator's concern (心配な事).
         *
         * @param value free text, or {@code null}
         * @return this builder
         */
        public Builder concern(@Nullable String value) {
            this.concern = value;
            return this;
        }

        /**
         * Adds something the first line already did (既に対応した事).
         *
         * @param value free text
         * @return this builder
         */
        public Builder actionTaken(String value) {
            this.actionsTaken.add(value);
            return this;
        }

        /**
         * Sets the customer's information and environment (お客様の情報・環境).
         *
         * @param value free text, or {@code null}
         * @return this builder
         */
        public Builder environment(@Nullable String value) {
            this.environment = value;
            return this;
        }

        /**
         * Sets the background (背景).
         *
         * @param value free text, or {@code null}
         * @return this builder
         */
        public Builder background(@Nullable String value) {
            this.background = value;
            return this;
        }

        /**
         * Adds an earlier event (経緯), oldest first.
         *
         * @param value free text
         * @return this builder
         */
        public Builder historyEntry(String value) {
            this.history.add(value);
            return this;
        }

        /**
         * Sets what the customer lost or suffered.
         *
         * @param value free text, or {@code null}
         * @return this builder
         */
        public Builder impact(@Nullable String value) {
            this.impact = value;
            return this;
        }

        /**
         * Builds the inquiry.
         *
         * @return the inquiry
         * @throws io.escalation.InvalidEscalationException listing every violation
         */
        public Inquiry build() {
            Checks.Checker check = Checks.building(Inquiry.class);
            FreeText decision = optional(check, "decisionWanted", decisionWanted);
            FreeText worry = optional(check, "concern", concern);
            List<FreeText> actions = list(check, "actionsTaken", actionsTaken);
            FreeText env = optional(check, "environment", environment);
            FreeText back = optional(check, "background", background);
            List<FreeText> hist = list(check, "history", history);
            FreeText lost = optional(check, "impact", impact);
            check.constructor(Inquiry.class, category, kind, decision, worry, actions, env, back, hist, lost).done();
            return new Inquiry(category, kind, decision, worry, actions, env, back, hist, lost);
        }

        private static @Nullable FreeText optional(Checks.Checker check, String path, @Nullable String raw) {
            return raw == null ? null : check.attempt(path, () -> new FreeText(raw));
        }

        private static List<FreeText> list(Checks.Checker check, String path, List<String> raw) {
            List<FreeText> out = new ArrayList<>(raw.size());
            for (int i = 0; i < raw.size(); i++) {
                String item = raw.get(i);
                FreeText text = check.attempt(path + "[" + i + "]", () -> new FreeText(item));
                if (text != null) {
                    out.add(text);
                }
            }
            return out;
        }
    }
}
