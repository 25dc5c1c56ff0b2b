package io.escalation.examples.readme;

import static io.escalation.lifecycle.ExplanationOutcome.ACCEPTED;
import static io.escalation.lifecycle.ExplanationOutcome.NOT_SATISFIED;
import static io.escalation.lifecycle.ReferralKind.DEPARTMENT;

import io.escalation.briefing.Briefing;
import io.escalation.briefing.BriefingRenderer;
import io.escalation.briefing.BudgetedScript;
import io.escalation.briefing.Gap;
import io.escalation.briefing.GapCheck;
import io.escalation.briefing.HandoverSheet;
import io.escalation.callback.BusinessCalendar;
import io.escalation.callback.CallbackPlan;
import io.escalation.callback.CallbackPlanner;
import io.escalation.callback.CallbackRequest;
import io.escalation.callback.Candidate;
import io.escalation.model.ContactWindow;
import io.escalation.callback.Handoff;
import io.escalation.callback.JapaneseHolidays;
import io.escalation.desk.EscalationDesk;
import io.escalation.json.EscalationJson;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.SlaMetric;
import io.escalation.model.ActorId;
import io.escalation.model.Category;
import io.escalation.model.Channel;
import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.EscalationRef;
import io.escalation.model.FreeText;
import io.escalation.model.LocalizedText;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.SiteId;
import io.escalation.model.Skill;
import io.escalation.model.Tier;
import io.escalation.routing.Presence;
import io.escalation.routing.Responder;
import io.escalation.routing.ResponderSelector;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingDecision;
import io.escalation.routing.RoutingMode;
import io.escalation.routing.RoutingPolicies;
import io.escalation.routing.RoutingPolicy;
import io.escalation.sla.SlaCalendar;
import io.escalation.sla.SlaTargets;
import io.escalation.sla.SlaWarning;
import io.escalation.store.EscalationStore;
import io.escalation.store.InMemoryCaseLibrary;
import io.escalation.store.InMemoryEscalationStore;
import io.escalation.testkit.EscalationGens;
import io.escalation.testkit.Property;
import io.escalation.testkit.PropertyReport;
import io.escalation.text.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The README's Java blocks other than the quickstart, each the body of one method here (between
 * its first and last line), so the build compiles every one; {@code ReadmeCodeTest} checks that
 * each block of the README is a region of a source in this module.
 */
public final class ReadmeSnippets {

    private ReadmeSnippets() {}

    /**
     * The property-testing block.
     *
     * @return what the property checked
     */
    static PropertyReport propertyTesting() {
        EscalationJson json = EscalationJson.create();
        PropertyReport report = Property.forAll(EscalationGens.escalations())
                .tries(1_000)
                .checkThat(e -> e.equals(json.readEscalation(json.write(e))));
        return report;
    }

    /**
     * The briefing block.
     *
     * @param escalation the seed escalation
     * @param clock the clock
     * @return the sheet
     */
    static String briefing(Escalation escalation, Clock clock) {
        Briefing briefing = Briefing.builder()
                .categoryFirst(Category.of("mail-setup", Map.of(Locale.JAPANESE, "メールの設定に失敗する",
                        Locale.ENGLISH, "mail setup failing")), FreeText.of("設定の見落としが無いか確認したい"))
                .actionTaken(FreeText.of("プロバイダが公開している設定値を入力してもらった"))
                .environment(FreeText.of("Outlook 2016"))
                .background(FreeText.of("昨日から送受信ができない"))
                .build();
        BriefingRenderer.forLocale(Locale.JAPANESE).render(briefing).paragraph();
        // メールの設定に失敗する案件で、設定の見落としが無いか確認したくて。ここまでの対応は、…
        BriefingRenderer.forLocale(Locale.ENGLISH).render(briefing).paragraph();
        // It's about mail setup failing, and I'd like to check “設定の見落としが無いか確認したい”. So far, …

        BudgetedScript in15s = BriefingRenderer.forLocale(Locale.JAPANESE).render(briefing, Duration.ofSeconds(15));
        List<Gap> gaps = GapCheck.standard(Set.of("mail-setup")).check(escalation);       // ヒアリング不足
        gaps.forEach(gap -> System.out.println(gap.text(Locale.ENGLISH)));
        String sheet = HandoverSheet.builder(escalation, clock.instant())                // 二次対応の準備
                .zone(ZoneId.of("Asia/Tokyo"))
                .build()
                .render(Locale.ENGLISH);
        return in15s.script().paragraph() + sheet;
    }

    /**
     * The languages block.
     *
     * @param escalation the seed escalation
     * @return the Thai briefing
     * @throws IOException if the host's resource cannot be read
     */
    static String languages(Escalation escalation) throws IOException {
        Locale thai = Locale.forLanguageTag("th");
        Properties wording = new Properties();
        try (InputStream in = ReadmeSnippets.class.getResourceAsStream("texts_th.properties");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            wording.load(reader);
        }
        Texts texts = Texts.standard()
                .with(thai, wording)                                    // keys missing from it read in English
                .with(Locale.JAPANESE, Map.of("term.Temperature.UPSET", "かなりご立腹"));   // a center's own word
        BriefingRenderer.forLocale(thai).withTexts(texts).render(Briefing.from(escalation)).paragraph();
        Category mail = Category.of("mail-setup", Map.of(Locale.JAPANESE, "メールの設定に失敗する",
                Locale.ENGLISH, "mail setup failing", thai, "ตั้งค่าอีเมลไม่สำเร็จ"));
        String label = texts.label(mail, Locale.forLanguageTag("th-TH"));   // th-TH → th → en → the first label
        return label;
    }

    /**
     * The routing block.
     *
     * @param escalation the seed escalation
     * @param clock the clock
     * @return how each of the three policies explains itself
     */
    static List<List<String>> routing(Escalation escalation, Clock clock) {
        Skill mail = Skill.of("mail", Map.of(Locale.JAPANESE, "メール", Locale.ENGLISH, "mail"));
        RoutingContext context = RoutingContext.builder(clock.instant())
                .zone(ZoneId.of("Asia/Tokyo"))
                .responder(Responder.builder("sv-sato", Tier.SUPERVISOR).name("佐藤").skills(mail).load(1).build())
                .responder(Responder.builder("sv-kato", Tier.SUPERVISOR).name("加藤").skills(mail).presence(Presence.AWAY).build())
                .responder(Responder.available("mgr-ito", Tier.MANAGER))
                .skills("mail-setup", Set.of(mail))
                .build();
        RoutingDecision decision = RoutingPolicies.standard().route(escalation, context);
        List<String> why = decision.explain(Texts.standard(), Locale.JAPANESE, escalation, context);
        // [SV：保留中に回答, 佐藤：メールのスキル、対応中1件, 加藤は離席のため外しました, 判断が必要な質問のため、…]

        // a vendor's own policy, composed with the standard one (reasons of both are kept)
        RoutingPolicy nightTrainees = (e, c) -> ResponderSelector.standard().staff(
                RoutingDecision.of(Tier.SUPERVISOR, RoutingMode.TAKE_OVER, Reason.of("night-trainee", "acme/night",
                        LocalizedText.of(Map.of(Locale.JAPANESE, "夜間の新人には監督者が代わります",
                                Locale.ENGLISH, "at night a supervisor takes over from a trainee")))),
                e, c);
        RoutingPolicy policy = RoutingPolicies.override(RoutingPolicies.standard(),
                RoutingPolicies.when((e, c) -> c.now().atZone(c.zone()).getHour() >= 22, nightTrainees));

        // the center's rules as JSON; errors name the rule and the JSON pointer
        RoutingPolicy rules = RoutingPolicies.fromJson("""
                { "name": "acme",
                  "rules": [ { "name": "upset-to-manager",
                               "when": { "temperatureAtLeast": "UPSET", "kindIn": ["COMPLAINT", "IRREGULAR_HANDLING"] },
                               "then": { "tier": "manager", "mode": "TAKE_OVER", "priority": "URGENT" },
                               "because": { "ja": "強いご不満の苦情は上席が対応", "en": "upset complaints go to a manager" } } ],
                  "otherwise": "standard" }
                """);
        return List.of(why, policy.route(escalation, context).explain(Texts.standard(), Locale.ENGLISH, escalation,
                context), rules.route(escalation, context).explain(Texts.standard(), Locale.ENGLISH, escalation, context));
    }

    /**
     * The callback block.
     *
     * @param requestedAt Tuesday 19:45 in Tokyo
     * @return the plan
     */
    static CallbackPlan callbacks(Instant requestedAt) {
        BusinessCalendar tokyoOffice = BusinessCalendar.builder(ZoneId.of("Asia/Tokyo"))
                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0))
                .holidays(JapaneseHolidays.provider())
                .build();
        BusinessCalendar bangkokSite = BusinessCalendar.builder(ZoneId.of("Asia/Bangkok"))
                .everyDay(LocalTime.of(8, 0), LocalTime.of(22, 0))
                .build();
        CallbackPlan plan = CallbackPlanner.builder().safetyMargin(Duration.ofMinutes(30)).build()
                .plan(new CallbackRequest(requestedAt, ZoneId.of("Asia/Tokyo"),
                        ContactWindow.of(LocalTime.of(10, 0), LocalTime.of(21, 0)), Priority.NORMAL, List.of(
                        Candidate.of("tokyo-agent", Map.of(Locale.JAPANESE, "東京の担当者",
                                Locale.ENGLISH, "the Tokyo agent"), tokyoOffice, Handoff.internalMail(Duration.ofHours(2))),
                        Candidate.of("bangkok-sv", Map.of(Locale.JAPANESE, "バンコクのSV",
                                Locale.ENGLISH, "a supervisor in Bangkok"), bangkokSite, Handoff.live()))));
        plan.offer(Locale.JAPANESE);
        // バンコクのSVでしたら本日20時15分までに、東京の担当者でしたら明日の11時30分までにお電話いたします。
        plan.offer(Locale.ENGLISH);
        // A supervisor in Bangkok can call you by 8:15 pm today, or the Tokyo agent by 11:30 am tomorrow.
        return plan;
    }

    /**
     * The desk block.
     *
     * @param escalation the seed escalation
     * @param clock the clock
     * @param context the routing context
     * @param metrics counts actions
     * @param supervisorHere a candidate for the callback
     */
    static void desk(Escalation escalation, Clock clock, RoutingContext context, Consumer<String> metrics,
            Candidate supervisorHere) {
        EscalationDesk desk = EscalationDesk.builder()
                .store(new InMemoryEscalationStore())
                .caseLibrary(new InMemoryCaseLibrary())
                .clock(clock)
                .listener((event, state) -> metrics.accept(event.action().name()))
                .build();
        Actor operator = Actor.operator("op-017");
        Actor sato = Actor.supervisor("sv-sato");
        Actor tanaka = Actor.manager("mgr-tanaka");
        Actor mailOpsKimura = Actor.department("mail-ops-kimura");
        Department mailOps = Department.of("mail-ops");

        EscalationRef ref = desk.raise(escalation, context).ref();
        CallbackPlan plan = desk.planCallback(ref, List.of(supervisorHere));
        desk.apply(ref, operator, EscalationDesk.promised(plan.best().orElseThrow()));
        desk.apply(ref, operator, Change.customerChased(SiteId.of("bangkok-1"), Channel.PHONE));  // priority rises
        desk.apply(ref, sato, Change.acknowledged());                                 // the SV listens in
        desk.apply(ref, sato, Change.instructed("送信サーバのSMTP認証を確認してもらって"));
        desk.apply(ref, tanaka, Change.takenOver(Tier.MANAGER));                      // the manager takes over
        desk.apply(ref, tanaka, Change.referred(DEPARTMENT, mailOps, "server-side-check", null));
        desk.apply(ref, mailOpsKimura, Change.answerReceived("サーバ側の障害でした"));
        desk.apply(ref, tanaka, Change.explained(NOT_SATISFIED, "wants-compensation", null));
        desk.apply(ref, tanaka, Change.referred(DEPARTMENT, mailOps, "customer-not-satisfied", "補償の可否を確認"));
        desk.apply(ref, mailOpsKimura, Change.answerReceived("復旧済み。再設定で送信できます"));
        desk.apply(ref, tanaka, Change.explained(ACCEPTED, null, null));
        desk.apply(ref, tanaka, Change.resolved("SMTP認証をオンにして送受信を確認", null));  // filed in the case library
        desk.apply(ref, tanaka, Change.closed());

        desk.openEscalationsOf(escalation.tenant(), escalation.customer().ref()); // "is this about …?"
        desk.queue(escalation.tenant(), ActorId.of("sv-sato"));      // by priority, then deadline
        desk.raisePriorityOfOverdueCallbacks(escalation.tenant());   // idempotent, for a timer
        desk.handoverSheet(ref, ZoneId.of("Asia/Tokyo")).render(Locale.JAPANESE);
    }

    /**
     * The SLA block.
     *
     * @param tokyoOffice the office's hours
     * @param store the store
     * @param clock the clock
     * @param ref an escalation in the store
     * @return the desk
     */
    static EscalationDesk sla(BusinessCalendar tokyoOffice, EscalationStore store, Clock clock, EscalationRef ref) {
        SlaTargets targets = SlaTargets.builder(SlaCalendar.of("tokyo-office", "2026-04", tokyoOffice))
                .target(SlaMetric.ACKNOWLEDGEMENT, Duration.ofMinutes(15), SlaWarning.atPercent(60))
                .target(SlaMetric.ACKNOWLEDGEMENT, Priority.URGENT, Duration.ofMinutes(5))
                .target(SlaMetric.RESOLUTION, Duration.ofHours(8), SlaWarning.before(Duration.ofHours(1)))
                .target(SlaMetric.UPDATE_WHILE_REFERRED, Duration.ofHours(4))
                .build();
        EscalationDesk desk = EscalationDesk.builder().store(store).clock(clock).slaTargets(targets).build();

        desk.slaDeadlines(ref);         // per target and occurrence: status, time used, warning and breach instants
        desk.nextSlaNoticeAt(ref);      // when to wake up (e.g. a JDBC timer)
        desk.recordDueSlaNotices(ref);  // records SlaWarned / SlaBreached once; a breach raises the priority
        return desk;
    }
}
