package io.escalation.examples;

import io.escalation.InvalidEscalationException;
import io.escalation.Violation;
import io.escalation.json.EscalationJson;
import io.escalation.model.CallState;
import io.escalation.model.Category;
import io.escalation.model.Channel;
import io.escalation.model.ContactPoint;
import io.escalation.model.Customer;
import io.escalation.model.CustomerRef;
import io.escalation.model.CustomerState;
import io.escalation.model.Escalation;
import io.escalation.model.ExperienceLevel;
import io.escalation.model.Inquiry;
import io.escalation.model.Operator;
import io.escalation.model.PersonName;
import io.escalation.model.RequestKind;
import io.escalation.model.Temperature;
import io.escalation.text.Texts;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The first program to run: the seeds' mail-setup case as an escalation, validated, printed as
 * JSON and read back, and what happens to bad input.
 *
 * <p>Run it with {@code mvn -q -B -DskipTests -pl escalation-examples -am package exec:java}; add
 * {@code -Dexec.args="--lang en"} for English.
 */
public final class Tour {

    private Tour() {}

    /**
     * Builds the seed escalation from a fixed clock.
     *
     * @param clock where "now" comes from
     * @return the escalation
     */
    public static Escalation mailSetupEscalation(Clock clock) {
        Instant now = clock.instant();
        return Escalation.builder()
                .id("esc-2026-0001")
                .tenant("acme-support")
                .raisedAt(now)
                .channel(Channel.PHONE)
                .operator(Operator.of("op-017", ExperienceLevel.TRAINEE, "tokyo-1"))
                .customer(Customer.builder(CustomerRef.of("crm-48213"), Locale.JAPAN)
                        .timeZone(ZoneId.of("Asia/Tokyo"))
                        .name(PersonName.of("山田 太郎"))
                        .contact(ContactPoint.phone("03-1234-5678"))
                        .build())
                .inquiry(Inquiry.builder(RequestKind.ADVICE)
                        .category(Category.of("mail-setup", java.util.Map.of(
                                Locale.JAPANESE, "メールの設定に失敗する", Locale.ENGLISH, "mail setup failing")))
                        .decisionWanted("設定の見落としが無いか確認したい")
                        .actionTaken("プロバイダが公開している設定値を入力してもらった")
                        .environment("Outlook 2016")
                        .background("昨日から送受信できず、お急ぎ")
                        .build())
                .customerState(CustomerState.of(Temperature.CONCERNED))
                .callState(CallState.onHold(now))
                .handlingTime(Duration.ofMinutes(8))
                .build();
    }

    /**
     * Runs the walk-through in the reader's language.
     *
     * @param args {@code --lang ja} (the default) or {@code --lang en}, or any language the host's
     *     texts carry; nothing else
     */
    public static void main(String[] args) {
        Locale lang = Locale.JAPANESE;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                lang = Locale.forLanguageTag(args[++i]);
            } else {
                System.err.println("usage: Tour [--lang ja|en]");
                return;
            }
        }
        run(lang, Clock.fixed(Instant.parse("2026-11-24T01:30:00Z"), ZoneOffset.UTC),
                new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    /**
     * Runs the walk-through.
     *
     * @param lang the reader's language
     * @param clock where "now" comes from
     * @param out where to print
     */
    public static void run(Locale lang, Clock clock, PrintStream out) {
        Escalation escalation = mailSetupEscalation(clock);
        Texts texts = Texts.standard();
        out.println("1. Built and validated: " + escalation.id() + " ("
                + texts.term(escalation.inquiry().kind(), lang) + ", "
                + texts.term(escalation.customerState().temperature(), lang) + ")");
        out.println("   toString() hides personal data: " + escalation.customer());

        EscalationJson json = EscalationJson.create();
        String text = json.write(escalation);
        out.println("2. As JSON (the operator's words as typed):");
        out.println("   " + text);
        out.println("   Read back equal: " + json.readEscalation(text).equals(escalation));

        out.println("3. Bad input is rejected with every violation, by path and rule:");
        try {
            Escalation.builder().id("esc 0002").tenant("").raisedAt(clock.instant()).build();
        } catch (InvalidEscalationException e) {
            for (Violation v : e.violations()) {
                out.println("   - " + v);
            }
        }

        out.println("4. The briefing for the supervisor, conclusion first (the operator's own words marked):");
        BriefingExample.run(escalation, clock.instant().plusSeconds(300), lang, out);

        out.println("5. Who should get it, and why:");
        RoutingExample.run(escalation, clock.instant(), lang, out);

        out.println("6. Callbacks people can trust (Bangkok takes a Tokyo customer's call at 19:45 Tokyo time):");
        CallbackExample.run(Instant.parse("2026-11-24T10:45:00Z"), lang, out);

        out.println("7. The desk: the escalation's life, from raise to the case library:");
        DeskExample.run(escalation, lang, out);
    }
}
