package io.escalation.examples;

import io.escalation.briefing.Briefing;
import io.escalation.briefing.BriefingRenderer;
import io.escalation.briefing.BudgetedScript;
import io.escalation.briefing.Gap;
import io.escalation.briefing.GapCheck;
import io.escalation.briefing.HandoverSheet;
import io.escalation.briefing.Script;
import io.escalation.model.Escalation;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/** Briefing the supervisor conclusion first, in the reader's language, within 15 seconds, with the gaps. */
public final class BriefingExample {

    private BriefingExample() {}

    /**
     * Prints the briefing, its budgeted form, the gaps and the handover sheet.
     *
     * @param escalation the escalation
     * @param now the current instant
     * @param lang the reader's language
     * @param out where to print
     * @return the script
     */
    public static Script run(Escalation escalation, Instant now, Locale lang, PrintStream out) {
        Briefing briefing = Briefing.from(escalation);
        BriefingRenderer renderer = BriefingRenderer.forLocale(lang);
        Script script = renderer.render(briefing);
        io.escalation.text.Texts texts = io.escalation.text.Texts.standard();
        out.println("   " + script.paragraph());
        BudgetedScript short15 = renderer.render(briefing, Duration.ofSeconds(15));
        out.println("   " + Say.t(lang, "In 15 seconds: ", "15秒で：") + short15.script().paragraph());
        if (!short15.omitted().isEmpty()) {
            out.println("   " + Say.t(lang, "(left out for time: ", "（時間の都合で省略：")
                    + String.join(Say.t(lang, ", ", "、"), short15.omitted().stream().map(p -> texts.term(p, lang)).toList())
                    + Say.t(lang, ")", "）"));
        }
        for (Gap gap : GapCheck.standard(Set.of("mail-setup")).check(escalation)) {
            out.println("   " + Say.t(lang, "Still to ask: ", "ヒアリング不足：") + gap.text(lang));
        }
        out.println();
        String sheet = HandoverSheet.of(escalation, now, ZoneId.of("Asia/Tokyo")).render(lang);
        out.println("   " + sheet.strip().replace("\n", "\n   "));
        return script;
    }
}
