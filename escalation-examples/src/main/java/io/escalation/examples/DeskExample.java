package io.escalation.examples;

import io.escalation.callback.CallbackOption;
import io.escalation.callback.CallbackPlan;
import io.escalation.callback.Candidate;
import io.escalation.callback.Handoff;
import io.escalation.desk.EscalationDesk;
import io.escalation.jdbc.JdbcEscalations;
import io.escalation.lifecycle.Actor;
import io.escalation.lifecycle.Change;
import io.escalation.lifecycle.EscalationState;
import io.escalation.lifecycle.ExplanationOutcome;
import io.escalation.lifecycle.ReferralKind;
import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.EscalationRef;
import io.escalation.model.Tier;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.store.CaseMatch;
import io.escalation.store.CaseQuery;
import io.escalation.testkit.TestClock;
import io.escalation.text.Texts;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The desk a host calls all day, through the seeds' manager flow: monitor, instruct, the manager
 * takes over, refer to the department, explain, the customer is not satisfied, refer again,
 * explain, the customer accepts, resolve, close; kept in an embedded H2 database, opened again
 * afterwards, where a later operator finds the case.
 */
public final class DeskExample {

    private DeskExample() {}

    /**
     * Runs the escalation's life through a desk on an embedded H2 database in {@code dir}, then
     * opens the database again and shows what was kept.
     *
     * @param escalation the escalation
     * @param lang the reader's language
     * @param dir where the database files go
     * @param out where to print
     * @return the final state, as read back after reopening the database
     */
    public static EscalationState run(Escalation escalation, Locale lang, Path dir, PrintStream out) {
        Texts texts = Texts.standard();
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        DateTimeFormatter time = DateTimeFormatter.ofPattern("M/d HH:mm");
        TestClock clock = TestClock.fixed(escalation.raisedAt());
        JdbcEscalations jdbc = JdbcEscalations.builder(h2(dir)).clock(clock).build();
        jdbc.migrate();
        EscalationDesk desk = EscalationDesk.builder()
                .store(jdbc.store())
                .caseLibrary(jdbc.caseLibrary())
                .clock(clock)
                .listener((event, state) -> out.println("   v" + Say.pad(Long.toString(event.version()), 4)
                        + time.format(event.at().atZone(tokyo)) + "  "
                        + Say.pad(texts.term(event.action(), lang), 30)
                        + Say.pad(texts.term(event.actor().role(), lang) + " " + event.actor().id().value(), 28)
                        + "→ " + texts.term(state.status(), lang) + detail(event.change(), texts, lang)))
                .build();

        RoutingContext context = RoutingContext.builder(clock.instant())
                .responder(Responder.available("sv-sato", Tier.SUPERVISOR))
                .responder(Responder.available("mgr-tanaka", Tier.MANAGER)).build();
        EscalationRef ref = desk.raise(escalation, context).ref();
        Actor sato = Actor.supervisor("sv-sato");
        Actor tanaka = Actor.manager("mgr-tanaka");
        Actor billing = Actor.department("mail-ops-kimura");
        Department mailOps = Department.of("mail-ops");

        clock.advance(Duration.ofMinutes(1));
        desk.apply(ref, sato, Change.acknowledged());                                    // listens in
        clock.advance(Duration.ofMinutes(2));
        desk.apply(ref, sato, Change.instructed("送信サーバのSMTP認証を確認してもらって"));
        CallbackPlan plan = desk.planCallback(ref, List.of(Candidate.of(Responder.builder("sv-sato", Tier.SUPERVISOR)
                .name(java.util.Map.of(Locale.JAPANESE, "佐藤", Locale.ENGLISH, "Sato")).build(),
                CallbackExample.TOKYO_OFFICE, Handoff.live())));
        CallbackOption promise = plan.best().orElseThrow();
        desk.apply(ref, Actor.operator(escalation.operator().id().value()), EscalationDesk.promised(promise));
        out.println("        " + Say.t(lang, "promised to the customer: ", "お客様へのお約束：") + promise.promise(lang));
        clock.advance(Duration.ofMinutes(20));
        desk.apply(ref, sato, new Change.CallbackMade());
        clock.advance(Duration.ofMinutes(5));
        desk.apply(ref, tanaka, Change.takenOver(Tier.MANAGER));                          // the manager takes over
        desk.apply(ref, tanaka, Change.referred(ReferralKind.DEPARTMENT, mailOps, "server-side-check", null));
        clock.advance(Duration.ofDays(1));
        desk.apply(ref, billing, Change.answerReceived("サーバ側の障害でした"));
        desk.apply(ref, tanaka, Change.explained(ExplanationOutcome.NOT_SATISFIED, "wants-compensation", null));
        desk.apply(ref, tanaka, Change.referred(ReferralKind.DEPARTMENT, mailOps, "customer-not-satisfied",
                "補償の可否を確認してください"));                                             // back to the department
        clock.advance(Duration.ofHours(5));
        desk.apply(ref, billing, Change.answerReceived("復旧済み。再設定で送信できます"));
        desk.apply(ref, tanaka, Change.explained(ExplanationOutcome.ACCEPTED, null, null));  // the customer accepts
        desk.apply(ref, tanaka, Change.resolved("SMTP認証をオンにして送受信できることを確認", null));
        clock.advance(Duration.ofMinutes(5));
        EscalationState closed = desk.apply(ref, tanaka, Change.closed());

        var clocks = desk.slaClocks(ref, CallbackExample.TOKYO_OFFICE::between);
        out.println();
        out.println("   " + Say.pad(Say.t(lang, "Time in all", "所要時間"), 24) + minutes(clocks.total(), lang));
        out.println("   " + Say.pad(Say.t(lang, "Paused while referred", "部署確認中（停止）"), 24)
                + minutes(clocks.paused(), lang));
        out.println("   " + Say.pad(Say.t(lang, "Tokyo office hours", "東京の営業時間内"), 24)
                + minutes(clocks.businessTotal(), lang));

        // a later day: the application starts again and opens the same database
        JdbcEscalations reopened = JdbcEscalations.builder(h2(dir)).build();
        EscalationState kept = reopened.store().load(ref);
        out.println();
        out.println("   " + Say.t(lang, "The database opened again: ", "データベースを開き直すと：")
                + texts.term(kept.status(), lang) + Say.t(lang, ", ", "、") + kept.history().size()
                + Say.t(lang, " events, the same history: ", "件のイベント、同じ履歴：") + kept.history().equals(closed.history()));
        String words = lang.getLanguage().equals("ja") ? "メール設定" : "mail setup";
        for (CaseMatch m : reopened.caseLibrary().search(ref.tenant(), CaseQuery.text(words))) {
            out.println("   " + Say.t(lang, "A later operator searching '", "後日、別のオペレーターが「") + words
                    + Say.t(lang, "' finds " , "」で検索すると ") + m.resolvedCase().ref().id().value()
                    + Say.t(lang, ", resolved as the manager wrote it: “", "が見つかる。解決内容（入力のまま）：「")
                    + m.resolvedCase().resolution().value() + Say.t(lang, "”", "」"));
        }
        return kept;
    }

    /** The department loop made visible: to whom it was referred and how the customer took the answer. */
    private static String detail(Change change, Texts texts, Locale lang) {
        if (change instanceof Change.Explained explained) {
            return Say.t(lang, " (customer ", "（") + texts.term(explained.outcome(), lang) + Say.t(lang, ")", "）");
        }
        if (change instanceof Change.Referred referred) {
            return Say.t(lang, " (to the ", "（") + texts.term(referred.kind(), lang) + Say.t(lang, ")", "へ）");
        }
        return "";
    }

    private static String minutes(Duration d, Locale lang) {
        return d.toMinutes() + Say.t(lang, " min", "分");
    }

    /** An embedded H2 database in {@code dir}, kept on disk between connections. */
    static DataSource h2(Path dir) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("escalations").toAbsolutePath());
        return ds;
    }
}
