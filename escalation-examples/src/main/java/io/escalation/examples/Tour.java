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
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
     * Runs the walk-through in the reader's language, keeping the escalation in an embedded H2
     * database in a temporary directory that is deleted afterwards.
     *
     * @param args {@code --lang ja} (the default) or {@code --lang en}, or any language the host's
     *     texts carry; nothing else
     * @throws IOException if the temporary directory cannot be made
     */
    public static void main(String[] args) throws IOException {
        Locale lang = Locale.JAPANESE;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                lang = Locale.forLanguageTag(args[++i]);
            } else {
                System.err.println("usage: Tour [--lang ja|en]");
                return;
            }
        }
        Path dir = Files.createTempDirectory("escalation-tour");
        try {
            run(lang, Clock.fixed(Instant.parse("2026-11-24T01:30:00Z"), ZoneOffset.UTC), dir,
                    new PrintStream(System.out, true, StandardCharsets.UTF_8));
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    /**
     * Runs the walk-through.
     *
     * @param lang the reader's language
     * @param clock where "now" comes from
     * @param dir where the H2 database files go
     * @param out where to print
     */
    public static void run(Locale lang, Clock clock, Path dir, PrintStream out) {
        Escalation escalation = mailSetupEscalation(clock);
        Texts texts = Texts.standard();
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        out.println(Say.t(lang, "The Escalation SDK tour: one escalation from the seeds, end to end",
                "Escalation SDK ツアー：一件のエスカレーションを最初から最後まで"));
        out.println();
        out.println("1. " + Say.t(lang, "The operator raises it (validated on construction)",
                "オペレーターがエスカレーション（作成時に検証）"));
        int w = 18;
        out.println("   " + Say.pad(Say.t(lang, "Escalation", "案件"), w) + escalation.id().value());
        out.println("   " + Say.pad(Say.t(lang, "Request", "依頼の種類"), w) + texts.term(escalation.inquiry().kind(), lang));
        out.println("   " + Say.pad(Say.t(lang, "Category", "カテゴリ"), w)
                + texts.label(java.util.Objects.requireNonNull(escalation.inquiry().category()), lang));
        out.println("   " + Say.pad(Say.t(lang, "Channel", "チャネル"), w) + texts.term(escalation.channel(), lang));
        out.println("   " + Say.pad(Say.t(lang, "Operator", "オペレーター"), w) + escalation.operator().id().value()
                + Say.t(lang, " (", "（") + texts.term(escalation.operator().experience(), lang) + Say.t(lang, ")", "）"));
        out.println("   " + Say.pad(Say.t(lang, "Customer", "お客様"), w)
                + texts.term(escalation.customerState().temperature(), lang) + Say.t(lang, ", ", "、")
                + Say.t(lang, "on hold since ", "保留開始 ") + escalation.raisedAt().atZone(tokyo).toLocalTime());

        EscalationJson json = EscalationJson.create();
        String text = json.write(escalation);
        out.println();
        out.println("2. " + Say.t(lang, "Its storage format: the JSON the database keeps. It holds personal data"
                + " (the customer's name and phone number): store it, never log it",
                "保存形式：データベースに保存されるJSON。個人情報（お客様の氏名・電話番号）を含むため、保存のみでログには出さない"));
        out.println("   " + text);
        out.println("   " + Say.t(lang, "read back equal: ", "読み戻して一致：") + json.readEscalation(text).equals(escalation));

        out.println();
        out.println("3. " + Say.t(lang, "Bad input is refused, every broken rule named by its field",
                "不正な入力は拒否され、違反した項目と規則がすべて示される"));
        try {
            Escalation.builder().id("esc 0002").tenant("").raisedAt(clock.instant()).build();
        } catch (InvalidEscalationException e) {
            for (Violation v : e.violations()) {
                out.println("   " + Say.pad(v.path(), 10) + v.message());
            }
        }

        out.println();
        out.println("4. " + Say.t(lang, "The briefing for the supervisor, conclusion first (the operator's own words"
                + " marked as typed)", "SVへの報告、結論から（オペレーターの入力はそのまま）"));
        BriefingExample.run(escalation, clock.instant().plusSeconds(300), lang, out);

        out.println();
        out.println("5. " + Say.t(lang, "Who should get it, and why", "誰に、なぜ"));
        RoutingExample.run(escalation, clock.instant(), lang, out);

        out.println();
        out.println("6. " + Say.t(lang, "By what time can we call back? (Bangkok takes a Tokyo customer's call at 19:45"
                + " Tokyo time; the customer can take calls until 21:00)",
                "何時までに折り返せるか（東京のお客様の電話を東京時間19時45分にバンコクで受けた場合。お客様は21時まで電話可能）"));
        CallbackExample.run(Instant.parse("2026-11-24T10:45:00Z"), lang, out);

        out.println();
        out.println("7. " + Say.t(lang, "Its life on the desk, kept in an embedded H2 database",
                "デスクでの一生（組み込みH2データベースに保存）"));
        DeskExample.run(escalation, lang, dir, out);
    }
}
