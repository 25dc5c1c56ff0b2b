/**
 * Conclusion-first briefings (結論から): the staged {@link io.escalation.briefing.Briefing} builder,
 * site ordering policies, Japanese and English renderers with a speaking-time budget, the gap check
 * (ヒアリング不足) and the receiving supervisor's handover sheet (二次対応の準備).
 */
@NullMarked
package io.escalation.briefing;

import org.jspecify.annotations.NullMarked;
