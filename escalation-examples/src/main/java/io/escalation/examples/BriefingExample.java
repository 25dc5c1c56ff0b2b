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

/** Briefing the supervisor conclusion first, in Japanese and English, within 15 seconds, with the gaps. */
public final class BriefingExample {

    private BriefingExample() {}

    /**
     * Prints the briefing, its budgeted form, the gaps and the handover sheet.
     *
     * @param escalation the escalation
     * @param now the current instant
     * @param out where to print
     * @return the Japanese script
     */
    public static Script run(Escalation escalation, Instant now, PrintStream out) {
        Briefing briefing = Briefing.from(escalation);
        Script ja = BriefingRenderer.forLocale(Locale.JAPANESE).render(briefing);
        out.println("   ja: " + ja.paragraph());
        out.println("   en: " + BriefingRenderer.forLocale(Locale.ENGLISH).render(briefing).paragraph()
                + "   (the operator's own words stay as typed, in quotes)");
        BudgetedScript short15 = BriefingRenderer.forLocale(Locale.JAPANESE).render(briefing, Duration.ofSeconds(15));
        out.println("   in 15 s: " + short15.script().paragraph() + "  [left out: " + short15.omitted() + "]");
        for (Gap gap : GapCheck.standard(Set.of("mail-setup")).check(escalation)) {
            out.println("   gap " + gap.code() + ": " + gap.text(Locale.JAPANESE) + " / " + gap.text(Locale.ENGLISH));
        }
        String sheet = HandoverSheet.of(escalation, now, ZoneId.of("Asia/Tokyo")).render(Locale.JAPANESE);
        out.println("   " + sheet.strip().replace("\n", "\n   "));
        return ja;
    }
}
