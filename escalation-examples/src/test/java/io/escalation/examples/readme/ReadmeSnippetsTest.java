package io.escalation.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.callback.BusinessCalendar;
import io.escalation.callback.CallbackPlan;
import io.escalation.callback.Candidate;
import io.escalation.callback.Handoff;
import io.escalation.examples.Tour;
import io.escalation.model.Escalation;
import io.escalation.model.Tier;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.testkit.PropertyReport;
import io.escalation.testkit.TestClock;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Runs the README's blocks and checks what their comments say they print. */
class ReadmeSnippetsTest {

    private static final Clock CLOCK = TestClock.fixed(Instant.parse("2026-11-24T01:30:00Z"));
    private static final Escalation SEED = Tour.mailSetupEscalation(CLOCK);

    @Test
    void propertyTesting() {
        PropertyReport report = ReadmeSnippets.propertyTesting();
        assertEquals(1_000, report.tries());
    }

    @Test
    void briefingSaysTheConclusionFirstInEachLanguage() {
        String out = ReadmeSnippets.briefing(SEED, CLOCK);
        assertTrue(out.startsWith("メールの設定に失敗する案件で、設定の見落としが無いか確認したくて。"), out);
        assertTrue(out.contains("The question (conclusion)"), out);
    }

    @Test
    void languagesAddThaiAndFallBackLabelByLabel() throws IOException {
        assertEquals("ตั้งค่าอีเมลไม่สำเร็จ", ReadmeSnippets.languages(SEED));
    }

    @Test
    void routingExplainsWhoAndWhyAsTheCommentShows() {
        List<List<String>> explained = ReadmeSnippets.routing(SEED, CLOCK);
        List<String> lines = explained.get(0);
        assertEquals("SV：保留中に回答", lines.get(0));
        assertEquals("佐藤：メールのスキル、対応中1件", lines.get(1));
        assertEquals("加藤は離席のため外しました", lines.get(2));
        assertTrue(lines.get(3).startsWith("判断が必要な質問のため、"), lines.get(3));
        assertEquals("supervisor: answer while the customer holds", explained.get(1).get(0)); // 10:30, not night
        assertTrue(explained.get(2).get(0).startsWith("supervisor"), explained.get(2).toString()); // a calm question
    }

    @Test
    void callbacksPromiseWhatTheCommentsSay() {
        CallbackPlan plan = ReadmeSnippets.callbacks(Instant.parse("2026-11-24T10:45:00Z"));
        assertEquals("バンコクのSVでしたら本日20時15分までに、東京の担当者でしたら明日の11時30分までにお電話いたします。",
                plan.offer(Locale.JAPANESE));
        assertEquals("A supervisor in Bangkok can call you by 8:15 pm today, or the Tokyo agent by 11:30 am tomorrow.",
                plan.offer(Locale.ENGLISH));
    }

    @Test
    void theDeskBlockRunsTheWholeLife() {
        List<String> actions = new ArrayList<>();
        RoutingContext context = RoutingContext.builder(CLOCK.instant())
                .responder(Responder.available("sv-sato", Tier.SUPERVISOR))
                .responder(Responder.available("mgr-tanaka", Tier.MANAGER)).build();
        BusinessCalendar always = BusinessCalendar.builder(ZoneId.of("Asia/Tokyo"))
                .everyDay(LocalTime.of(8, 0), LocalTime.of(22, 0)).build();
        ReadmeSnippets.desk(SEED, CLOCK, context, actions::add,
                Candidate.of(Responder.available("sv-sato", Tier.SUPERVISOR), always, Handoff.live()));
        assertEquals(List.of("RAISE", "SCHEDULE_CALLBACK", "RECORD_CHASE", "RAISE_PRIORITY", "ACKNOWLEDGE", "INSTRUCT",
                "TAKE_OVER", "REFER", "RECORD_ANSWER", "EXPLAIN", "REFER", "RECORD_ANSWER", "EXPLAIN", "RESOLVE",
                "CLOSE"), actions);
    }

    @Test
    void theSlaBlockWarnsAtNineMinutes() {
        io.escalation.store.InMemoryEscalationStore store = new io.escalation.store.InMemoryEscalationStore();
        io.escalation.model.EscalationRef ref = io.escalation.desk.EscalationDesk.builder().store(store).clock(CLOCK)
                .build().raise(SEED, RoutingContext.builder(CLOCK.instant()).build()).ref();
        BusinessCalendar office = BusinessCalendar.builder(ZoneId.of("Asia/Tokyo"))
                .weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)).build();
        io.escalation.desk.EscalationDesk desk = ReadmeSnippets.sla(office, store, CLOCK, ref);
        assertEquals(CLOCK.instant().plus(java.time.Duration.ofMinutes(9)), desk.nextSlaNoticeAt(ref).orElseThrow());
    }
}
