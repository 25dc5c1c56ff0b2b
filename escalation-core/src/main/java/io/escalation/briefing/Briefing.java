package io.escalation.briefing;

import static io.escalation.internal.briefing.Present.present;

import io.escalation.InvalidEscalationException;
import io.escalation.Violation;
import io.escalation.model.Category;
import io.escalation.model.Escalation;
import io.escalation.model.FreeText;
import io.escalation.model.Inquiry;
import io.escalation.model.Temperature;
import io.escalation.model.Urgency;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an operator tells a supervisor, conclusion first (結論から): the category and the decision
 * wanted, or — when the operator is unsure — what worries them, then (recommended) category and
 * decision; after that, as time allows, the customer's state, what was already done, the
 * customer's environment, background and history.
 *
 * <p>Build one with {@link #builder()}: its first stage offers only the two openings, so code
 * that puts the background first does not compile. From a CRM form filled in any order, use
 * {@link #from(Escalation)}. The stages refuse a missing argument or a part set twice (the
 * concern, the category, the customer's state, the environment, the background) with an
 * {@link io.escalation.InvalidEscalationException} naming the part. Immutable; {@link #toString()}
 * shows no free text.
 */
public final class Briefing {

    private final @Nullable FreeText concern;
    private final @Nullable Category category;
    private final @Nullable FreeText decision;
    private final @Nullable Temperature temperature;
    private final @Nullable Urgency urgency;
    private final List<FreeText> actionsTaken;
    private final @Nullable FreeText environment;
    private final @Nullable FreeText background;
    private final List<FreeText> history;

    private Briefing(Steps s) {
        this.concern = s.concern;
        this.category = s.category;
        this.decision = s.decision;
        this.temperature = s.temperature;
        this.urgency = s.urgency;
        this.actionsTaken = List.copyOf(s.actionsTaken);
        this.environment = s.environment;
        this.background = s.background;
        this.history = List.copyOf(s.history);
    }

    /**
     * Starts a briefing: the only choice is how to open.
     *
     * @return the opening stage
     */
    public static Opening builder() {
        return new Steps();
    }

    /**
     * Makes a briefing of an escalation's inquiry and customer state, in the right order whatever
     * order the CRM form was filled in. With both a concern and a category with a decision, it opens
     * with the concern.
     *
     * @param escalation the escalation
     * @return the briefing
     * @throws MissingConclusionException if there is neither a category with a decision wanted nor a concern
     */
    public static Briefing from(Escalation escalation) {
        Inquiry inquiry = present(Briefing.class, "escalation", escalation).inquiry();
        Details details;
        if (inquiry.concern() != null) {
            Concerned concerned = new Steps().concernFirst(inquiry.concern());
            details = inquiry.hasCategoryAndDecision()
                    ? concerned.categoryAndDecision(Objects.requireNonNull(inquiry.category()),
                            Objects.requireNonNull(inquiry.decisionWanted()))
                    : concerned;
        } else if (inquiry.hasCategoryAndDecision()) {
            details = new Steps().categoryFirst(Objects.requireNonNull(inquiry.category()),
                    Objects.requireNonNull(inquiry.decisionWanted()));
        } else {
            List<String> missing = new ArrayList<>();
            if (inquiry.category() == null) {
                missing.add("inquiry.category");
            }
            if (inquiry.decisionWanted() == null) {
                missing.add("inquiry.decisionWanted");
            }
            missing.add("inquiry.concern");
            throw new MissingConclusionException(missing);
        }
        details.customer(escalation.customerState().temperature(),
                escalation.customerState().urgency().any() ? escalation.customerState().urgency() : null);
        inquiry.actionsTaken().forEach(details::actionTaken);
        if (inquiry.environment() != null) {
            details.environment(inquiry.environment());
        }
        if (inquiry.background() != null) {
            details.background(inquiry.background());
        }
        inquiry.history().forEach(details::historyEntry);
        return details.build();
    }

    /** The first stage: a briefing opens with its conclusion, in one of the two shapes. */
    public interface Opening {
        /**
         * Opens with the category and the decision wanted.
         *
         * @param category the inquiry's category
         * @param decisionWanted what the supervisor should decide
         * @return the details stage
         */
        Details categoryFirst(Category category, FreeText decisionWanted);

        /**
         * Opens with what worries the operator.
         *
         * @param concern the concern
         * @return a stage that recommends adding the category and decision next
         */
        Concerned concernFirst(FreeText concern);
    }

    /** After a concern-first opening: add the category and decision (recommended), then details. */
    public interface Concerned extends Details {
        /**
         * Adds the category and the decision wanted after the concern.
         *
         * @param category the inquiry's category
         * @param decisionWanted what the supervisor should decide
         * @return the details stage
         */
        Details categoryAndDecision(Category category, FreeText decisionWanted);
    }

    /** After the opening: details, in any order (the policy orders them when rendering). */
    public interface Details {
        /**
         * Sets the customer's state (once).
         *
         * @param temperature how upset the customer is
         * @param urgency urgency signals, or {@code null}
         * @return this stage
         */
        Details customer(Temperature temperature, @Nullable Urgency urgency);

        /**
         * Adds something already done.
         *
         * @param action the action
         * @return this stage
         */
        Details actionTaken(FreeText action);

        /**
         * Sets the customer's environment (once).
         *
         * @param environment e.g. "Outlook 2016"
         * @return this stage
         */
        Details environment(FreeText environment);

        /**
         * Sets the background (once).
         *
         * @param background the background
         * @return this stage
         */
        Details background(FreeText background);

        /**
         * Adds an earlier event.
         *
         * @param entry the event
         * @return this stage
         */
        Details historyEntry(FreeText entry);

        /**
         * Builds the briefing.
         *
         * @return the briefing
         */
        Briefing build();
    }

    /** The builder behind the stages. */
    private static final class Steps implements Opening, Concerned {
        private @Nullable FreeText concern;
        private @Nullable Category category;
        private @Nullable FreeText decision;
        private @Nullable Temperature temperature;
        private @Nullable Urgency urgency;
        private final List<FreeText> actionsTaken = new ArrayList<>();
        private @Nullable FreeText environment;
        private @Nullable FreeText background;
        private final List<FreeText> history = new ArrayList<>();

        @Override
        public Details categoryFirst(Category c, FreeText decisionWanted) {
            once("category", category);
            this.category = present(Briefing.class, "category", c);
            this.decision = present(Briefing.class, "decisionWanted", decisionWanted);
            return this;
        }

        @Override
        public Concerned concernFirst(FreeText value) {
            once("concern", concern);
            this.concern = present(Briefing.class, "concern", value);
            return this;
        }

        @Override
        public Details categoryAndDecision(Category c, FreeText decisionWanted) {
            return categoryFirst(c, decisionWanted);
        }

        @Override
        public Details customer(Temperature t, @Nullable Urgency u) {
            once("customer", temperature);
            this.temperature = present(Briefing.class, "temperature", t);
            this.urgency = u;
            return this;
        }

        @Override
        public Details actionTaken(FreeText action) {
            actionsTaken.add(present(Briefing.class, "action", action));
            return this;
        }

        @Override
        public Details environment(FreeText value) {
            once("environment", environment);
            this.environment = present(Briefing.class, "environment", value);
            return this;
        }

        @Override
        public Details background(FreeText value) {
            once("background", background);
            this.background = present(Briefing.class, "background", value);
            return this;
        }

        @Override
        public Details historyEntry(FreeText entry) {
            history.add(present(Briefing.class, "entry", entry));
            return this;
        }

        @Override
        public Briefing build() {
            return new Briefing(this);
        }

        /** Refuses to set a part twice: the second call would silently replace what the operator said. */
        private static void once(String path, @Nullable Object current) {
            if (current != null) {
                throw new InvalidEscalationException("Briefing", List.of(new Violation(path, "SetOnce",
                        "was already set; a briefing states it once", Violation.kindOf(current))));
            }
        }
    }

    /**
     * Returns the operator's concern, if the briefing opens with one.
     *
     * @return the concern, or {@code null}
     */
    public @Nullable FreeText concern() {
        return concern;
    }

    /**
     * Returns the category, if given.
     *
     * @return the category, or {@code null} (only for a concern-first briefing)
     */
    public @Nullable Category category() {
        return category;
    }

    /**
     * Returns the decision wanted, if given.
     *
     * @return the decision, or {@code null} (only for a concern-first briefing)
     */
    public @Nullable FreeText decision() {
        return decision;
    }

    /**
     * Returns the customer's temperature, if stated.
     *
     * @return the temperature, or {@code null}
     */
    public @Nullable Temperature temperature() {
        return temperature;
    }

    /**
     * Returns the urgency signals, if any.
     *
     * @return the urgency, or {@code null}
     */
    public @Nullable Urgency urgency() {
        return urgency;
    }

    /**
     * Returns what was already done.
     *
     * @return the actions, in order
     */
    public List<FreeText> actionsTaken() {
        return actionsTaken;
    }

    /**
     * Returns the customer's environment, if stated.
     *
     * @return the environment, or {@code null}
     */
    public @Nullable FreeText environment() {
        return environment;
    }

    /**
     * Returns the background, if stated.
     *
     * @return the background, or {@code null}
     */
    public @Nullable FreeText background() {
        return background;
    }

    /**
     * Returns the history.
     *
     * @return earlier events, oldest first
     */
    public List<FreeText> history() {
        return history;
    }

    /**
     * Returns the parts this briefing has, conclusion first, then in the default detail order.
     *
     * @return the parts present
     */
    public List<BriefingPart> parts() {
        List<BriefingPart> out = new ArrayList<>();
        if (concern != null) {
            out.add(BriefingPart.CONCERN);
        }
        if (category != null && decision != null) {
            out.add(BriefingPart.CATEGORY_AND_DECISION);
        }
        if (temperature != null) {
            out.add(BriefingPart.CUSTOMER_STATE);
        }
        if (!actionsTaken.isEmpty()) {
            out.add(BriefingPart.ACTIONS_TAKEN);
        }
        if (environment != null) {
            out.add(BriefingPart.ENVIRONMENT);
        }
        if (background != null) {
            out.add(BriefingPart.BACKGROUND);
        }
        if (!history.isEmpty()) {
            out.add(BriefingPart.HISTORY);
        }
        return List.copyOf(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Briefing b && Objects.equals(concern, b.concern) && Objects.equals(category, b.category)
                && Objects.equals(decision, b.decision) && temperature == b.temperature
                && Objects.equals(urgency, b.urgency) && actionsTaken.equals(b.actionsTaken)
                && Objects.equals(environment, b.environment) && Objects.equals(background, b.background)
                && history.equals(b.history);
    }

    @Override
    public int hashCode() {
        return Objects.hash(concern, category, decision, temperature, urgency, actionsTaken, environment, background,
                history);
    }

    /** Shows the parts present, never their text. */
    @Override
    public String toString() {
        return "Briefing" + parts();
    }
}
