package io.escalation.testkit;

import io.escalation.model.CallState;
import io.escalation.model.Category;
import io.escalation.model.Channel;
import io.escalation.model.ContactPoint;
import io.escalation.model.ContactWindow;
import io.escalation.model.Customer;
import io.escalation.model.CustomerRef;
import io.escalation.model.CustomerState;
import io.escalation.model.Escalation;
import io.escalation.model.EscalationId;
import io.escalation.model.ExperienceLevel;
import io.escalation.model.FreeText;
import io.escalation.model.Inquiry;
import io.escalation.model.ModelLimits;
import io.escalation.model.Operator;
import io.escalation.model.OperatorId;
import io.escalation.model.PersonName;
import io.escalation.model.RequestKind;
import io.escalation.model.SiteId;
import io.escalation.model.Temperature;
import io.escalation.model.TenantId;
import io.escalation.model.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The entry point for domain generators: escalations, rosters, routing contexts, briefings,
 * business calendars and callback requests. Every value they produce is valid, and together they
 * reach every field, every enum constant and every call state, with Japanese text, emoji and
 * characters JSON must escape. The fluent ones narrow in the domain's words and stay immutable:
 *
 * <pre>{@code
 * Property.forAll(EscalationGens.escalations().onlyTrainees().temperatureAtLeast(Temperature.UPSET),
 *                 EscalationGens.contexts().nobodyPresent())
 *         .check((e, c) -> ...);
 * }</pre>
 *
 * <p>Generators do not depend on JUnit. {@link #invalidInputs()} produces inputs that break exactly
 * one rule, for validation tests.
 */
public final class EscalationGens {

    /** The earliest instant generated. */
    public static final Instant EARLIEST = Instant.parse("2020-01-01T00:00:00Z");
    /** The latest instant generated. */
    public static final Instant LATEST = Instant.parse("2030-12-31T23:59:59Z");

    private static final String CODE_FIRST = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String CODE_REST = CODE_FIRST + "._:-";
    private static final String TEXT_FIRST = "aあメ設定失敗OK7😀";
    private static final String TEXT_REST = TEXT_FIRST + " の見落とし確認 Outlook 2016 \"\\/\n\t'<>&、。";

    private EscalationGens() {}

    /**
     * Returns a builder holding the seeds' example escalation (DESIGN.md): a trainee in Tokyo asks
     * whether a customer's mail setup (Outlook) missed something, the customer calm and on the
     * line. Only the required facts are set; tests add what they need.
     *
     * @param raisedAt when it is raised
     * @return a builder for {@code acme/esc-1}
     */
    public static Escalation.Builder seed(Instant raisedAt) {
        return Escalation.builder()
                .id("esc-1")
                .tenant("acme")
                .raisedAt(raisedAt)
                .channel(Channel.PHONE)
                .operator(Operator.of("op-1", ExperienceLevel.TRAINEE, "tokyo-1"))
                .customer(Customer.builder(CustomerRef.of("c-1"), Locale.JAPAN)
                        .timeZone(java.time.ZoneId.of("Asia/Tokyo")).build())
                .inquiry(Inquiry.builder(RequestKind.ADVICE)
                        .category(Category.of("mail-setup", "メールの設定に失敗する"))
                        .decisionWanted("設定の見落としが無いか確認したい")
                        .build());
    }

    /**
     * Rosters, to narrow in the floor's words ({@code rosters().nobodyPresent()}); the same as
     * {@link RoutingGens#rosters()}.
     *
     * @return the generator
     */
    public static RosterGen rosters() {
        return RoutingGens.rosters();
    }

    /**
     * Routing contexts, to narrow ({@code contexts().in(ZoneId.of("Asia/Tokyo")).nobodyPresent()});
     * the same as {@link RoutingGens#contexts()}.
     *
     * @return the generator
     */
    public static ContextGen contexts() {
        return RoutingGens.contexts();
    }

    /**
     * Conclusion-first briefings with either opening and any details; the same as
     * {@link BriefingGens#briefings()}.
     *
     * @return the generator
     */
    public static BriefingGen briefings() {
        return BriefingGens.briefings();
    }

    /**
     * Business calendars, to narrow ({@code calendars().in(ZoneId.of("Asia/Tokyo")).withSplitShifts()});
     * the same as {@link CalendarGens#calendars()}.
     *
     * @return the generator
     */
    public static CalendarGen calendars() {
        return CalendarGens.calendars();
    }

    /**
     * Callback requests with 1-3 candidates, and edge cases whose promise falls around midnight; the
     * same as {@link CalendarGens#callbackRequests()}.
     *
     * @return the generator
     */
    public static CallbackRequestGen callbackRequests() {
        return CalendarGens.callbackRequests();
    }

    /**
     * Center-defined codes (ids, sites, categories): 1-64 characters of the allowed alphabet.
     *
     * @return the generator
     */
    public static Gen<String> codes() {
        return Gens.combine(Gens.strings(CODE_FIRST, 1, 1), Gens.strings(CODE_REST, 0, 63), String::concat)
                .withEdgeCases("a", "Z" + "9".repeat(63));
    }

    /**
     * Escalation ids.
     *
     * @return the generator
     */
    public static Gen<EscalationId> escalationIds() {
        return codes().map(EscalationId::new);
    }

    /**
     * Tenant ids.
     *
     * @return the generator
     */
    public static Gen<TenantId> tenants() {
        return codes().map(TenantId::new);
    }

    /**
     * Instants between 2020 and 2030, with nanosecond precision.
     *
     * @return the generator
     */
    public static Gen<Instant> instants() {
        return Gens.combine(Gens.instants(EARLIEST, LATEST), Gens.integers(0, 999_999_999),
                (i, nanos) -> i.plusNanos(nanos)).withEdgeCases(EARLIEST, LATEST);
    }

    /**
     * Free text: Japanese, ASCII, emoji, quotes, backslashes and line breaks; up to 200 characters
     * usually, with the 4,000-character maximum as an edge case.
     *
     * @return the generator
     */
    public static Gen<FreeText> freeTexts() {
        return Gens.combine(Gens.strings(TEXT_FIRST, 1, 1), Gens.strings(TEXT_REST, 0, 199), String::concat)
                .withEdgeCases("a", "あ".repeat(ModelLimits.TEXT_MAX))
                .map(FreeText::new);
    }

    /**
     * Customer names (personal data).
     *
     * @return the generator
     */
    public static Gen<PersonName> personNames() {
        return Gens.elements("山田 太郎", "佐藤花子", "Jane Doe", "O'Brien", "李 小龍").map(PersonName::new);
    }

    /**
     * Phone numbers and e-mail addresses (personal data).
     *
     * @return the generator
     */
    public static Gen<ContactPoint> contactPoints() {
        Gen<ContactPoint> phones = Gens.strings("0123456789", 3, 11).map(d -> ContactPoint.phone("+81 " + d));
        Gen<ContactPoint> mails = Gens.strings("abcxyz019", 1, 12).map(l -> ContactPoint.email(l + "@example.jp"));
        return Gens.oneOf(phones, mails);
    }

    /**
     * Contact windows, including windows that cross midnight.
     *
     * @return the generator
     */
    public static Gen<ContactWindow> contactWindows() {
        return Gens.combine(Gens.localTimes(), Gens.integers(1, 24 * 60 - 1),
                (from, minutes) -> ContactWindow.of(from, from.plusMinutes(minutes)))
                .withEdgeCases(ContactWindow.of(LocalTime.of(9, 0), LocalTime.of(18, 0)),
                        ContactWindow.of(LocalTime.of(22, 0), LocalTime.of(1, 0)));
    }

    /**
     * Customers, with and without time zone, name, contact point and window.
     *
     * @return the generator
     */
    public static Gen<Customer> customers() {
        Gen<Locale> locales = Gens.elements(Locale.JAPAN, Locale.US, Locale.forLanguageTag("th-TH"),
                Locale.forLanguageTag("pt-BR"), Locale.JAPANESE);
        return Gens.record(p -> new Customer(p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), p.get(5)),
                codes().map(CustomerRef::new), locales, Gens.nullable(Gens.zones()), Gens.nullable(personNames()),
                Gens.nullable(contactPoints()), Gens.nullable(contactWindows()));
    }

    /**
     * Operators of every experience level.
     *
     * @return the generator
     */
    public static Gen<Operator> operators() {
        return Gens.combine(codes().map(OperatorId::new), Gens.enums(ExperienceLevel.class),
                codes().map(SiteId::new), Operator::new);
    }

    private static Category bilingual(String code, String japanese, String english) {
        return new Category(code, io.escalation.model.LocalizedText.of(Locale.JAPANESE, japanese)
                .and(Locale.ENGLISH, english));
    }

    /**
     * Categories from a small center vocabulary, plus random ones.
     *
     * @return the generator
     */
    public static Gen<Category> categories() {
        Gen<Category> known = Gens.elements(
                bilingual("mail-setup", "メールの設定に失敗する", "mail setup failing"),
                bilingual("billing", "請求内容の問い合わせ", "a billing question"),
                bilingual("refund", "返金の依頼", "a refund request"),
                bilingual("cancellation", "解約", "a cancellation"),
                Category.of("network", "回線がつながらない"));
        Gen<Category> random = Gens.combine(codes(), freeTexts().map(t -> t.value().length() > 200
                ? t.value().substring(0, 200).strip() : t.value()).filter(s -> !s.isBlank()), Category::of);
        return Gens.frequency(Gens.weighted(3, known), Gens.weighted(1, random));
    }

    /**
     * Inquiries of every kind, with any combination of the optional parts.
     *
     * @return the generator
     */
    public static Gen<Inquiry> inquiries() {
        return Gens.record(p -> new Inquiry(p.get(0), p.get(1), p.get(2), p.get(3), p.get(4), p.get(5), p.get(6),
                        p.get(7), p.get(8)),
                Gens.nullable(categories()), Gens.enums(RequestKind.class), Gens.nullable(freeTexts()),
                Gens.nullable(freeTexts()), Gens.lists(freeTexts(), 0, 5), Gens.nullable(freeTexts()),
                Gens.nullable(freeTexts()), Gens.lists(freeTexts(), 0, 5), Gens.nullable(freeTexts()));
    }

    /**
     * Urgency signals.
     *
     * @return the generator
     */
    public static Gen<Urgency> urgencies() {
        return Gens.combine(Gens.booleans(), Gens.nullable(instants()), Gens.integers(0, 999), Gens.booleans(),
                Urgency::new).withEdgeCases(Urgency.NONE);
    }

    /**
     * Customer states of every temperature.
     *
     * @return the generator
     */
    public static Gen<CustomerState> customerStates() {
        return Gens.combine(Gens.enums(Temperature.class), urgencies(), Gens.booleans(), CustomerState::new);
    }

    /**
     * Call states of every kind.
     *
     * @return the generator
     */
    public static Gen<CallState> callStates() {
        return Gens.oneOf(Gens.constant(CallState.live()), instants().map(CallState::onHold),
                instants().map(CallState::callbackPromised), Gens.constant(CallState.ended()));
    }

    /**
     * Handling times from zero to the model's maximum, mostly under an hour; edge cases are zero,
     * the maximum, and each default take-over threshold exactly and one second before it.
     *
     * @return the generator
     */
    public static Gen<Duration> handlingTimes() {
        return Gens.frequency(Gens.weighted(9, Gens.durations(Duration.ZERO, Duration.ofHours(1))),
                        Gens.weighted(1, Gens.durations(Duration.ZERO, Escalation.MAX_HANDLING_TIME)))
                .withEdgeCases(handlingEdges());
    }

    private static List<Duration> handlingEdges() {
        List<Duration> out = new ArrayList<>(List.of(Duration.ZERO, Escalation.MAX_HANDLING_TIME));
        for (io.escalation.model.ExperienceLevel level : io.escalation.model.ExperienceLevel.values()) {
            Duration limit = io.escalation.routing.Thresholds.DEFAULTS.takeOverAfter(level);
            out.add(limit);
            out.add(limit.minusSeconds(1));
        }
        return List.copyOf(out);
    }

    /**
     * Valid escalations reaching every field of the model, narrowed in the domain's words:
     * {@code escalations().onlyTrainees().temperatureAtLeast(Temperature.UPSET)}.
     *
     * @return the generator
     */
    public static EscalationGen escalations() {
        return EscalationGen.any();
    }

    /**
     * Inputs that break exactly one model rule, derived from valid escalations, with the violation
     * the model must report.
     *
     * @return the generator
     */
    public static Gen<InvalidInput> invalidInputs() {
        return Gens.combine(escalations(), Gens.integers(0, Integer.MAX_VALUE), EscalationGens::mutation);
    }

    private static InvalidInput mutation(Escalation e, int choice) {
        List<InvalidInput> all = mutationsOf(e);
        return all.get(Math.floorMod(choice, all.size()));
    }

    /**
     * Every single-rule mutation of {@code e}.
     *
     * @param e a valid escalation
     * @return the mutations, one per rule
     */
    public static List<InvalidInput> mutationsOf(Escalation e) {
        List<InvalidInput> out = new ArrayList<>();
        Inquiry inq = e.inquiry();
        Customer c = e.customer();
        out.add(new InvalidInput("blank tenant", "Escalation", "tenant", "Pattern",
                () -> e.toBuilder().tenant(" ").build()));
        out.add(new InvalidInput("id with a space", "Escalation", "id", "Pattern",
                () -> e.toBuilder().id("a b").build()));
        out.add(new InvalidInput("idempotency key with a space", "Escalation", "idempotencyKey", "Pattern",
                () -> e.toBuilder().idempotencyKey("k k").build()));
        out.add(new InvalidInput("negative handling time", "Escalation", "handlingTime", "DurationRange",
                () -> e.toBuilder().handlingTime(Duration.ofSeconds(-1)).build()));
        out.add(new InvalidInput("handling time over 7 days", "Escalation", "handlingTime", "DurationRange",
                () -> e.toBuilder().handlingTime(Escalation.MAX_HANDLING_TIME.plusSeconds(1)).build()));
        out.add(new InvalidInput("no customer", "Escalation", "customer", "NotNull",
                () -> new Escalation(e.id(), e.tenant(), e.idempotencyKey(), e.raisedAt(), e.channel(), e.operator(),
                        nul(), e.inquiry(), e.customerState(), e.fault(), e.callState(), e.handlingTime())));
        out.add(new InvalidInput("no raisedAt", "Escalation", "raisedAt", "NotNull",
                () -> new Escalation(e.id(), e.tenant(), e.idempotencyKey(), nul(), e.channel(), e.operator(),
                        e.customer(), e.inquiry(), e.customerState(), e.fault(), e.callState(), e.handlingTime())));
        out.add(new InvalidInput("decision wanted over 4,000 characters", "Inquiry", "decisionWanted", "Size",
                () -> inq.toBuilder().decisionWanted("x".repeat(ModelLimits.TEXT_MAX + 1)).build()));
        int index = inq.actionsTaken().size();
        out.add(new InvalidInput("blank action taken", "Inquiry", "actionsTaken[" + index + "]", "NotBlank",
                () -> inq.toBuilder().actionTaken("   ").build()));
        out.add(new InvalidInput("blank background", "Inquiry", "background", "NotBlank",
                () -> inq.toBuilder().background("\t").build()));
        out.add(new InvalidInput("no request kind", "Inquiry", "kind", "NotNull",
                () -> new Inquiry(inq.category(), nul(), inq.decisionWanted(), inq.concern(), inq.actionsTaken(),
                        inq.environment(), inq.background(), inq.history(), inq.impact())));
        out.add(new InvalidInput("locale without language", "Customer", "locale", "HasLanguage",
                () -> Customer.builder(c.ref(), Locale.ROOT).build()));
        out.add(new InvalidInput("empty contact window", "ContactWindow", "until", "DifferentFromStart",
                () -> ContactWindow.of(LocalTime.NOON, LocalTime.NOON)));
        out.add(new InvalidInput("phone number with letters", "ContactPoint", "value", "PhoneNumber",
                () -> ContactPoint.phone("call-me-maybe")));
        out.add(new InvalidInput("e-mail without domain", "ContactPoint", "value", "EmailAddress",
                () -> ContactPoint.email("someone@")));
        out.add(new InvalidInput("negative repeat contacts", "Urgency", "repeatContacts", "Min",
                () -> new Urgency(false, null, -1, false)));
        out.add(new InvalidInput("blank category label", "Category", "label", "NotBlank",
                () -> Category.of("mail-setup", " ")));
        out.add(new InvalidInput("operator without site", "Operator", "site", "NotNull",
                () -> new Operator(e.operator().id(), e.operator().experience(), nul())));
        out.add(new InvalidInput("blank free text", "FreeText", "value", "NotBlank", () -> FreeText.of(" ")));
        out.add(new InvalidInput("blank name", "PersonName", "value", "NotBlank", () -> PersonName.of("")));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> T nul() {
        return (T) null;
    }
}
