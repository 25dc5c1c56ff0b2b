package io.escalation.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.model.Category;
import io.escalation.model.EscalationId;
import io.escalation.model.EscalationRef;
import io.escalation.model.FreeText;
import io.escalation.model.TenantId;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseTermsTest {

    @Test
    void halfWidthKatakanaGivesTheTermsOfFullWidth() {
        assertEquals(CaseTerms.of("メール設定"), CaseTerms.of("ﾒｰﾙ設定"));
        assertEquals(CaseTerms.of("データベース"), CaseTerms.of("ﾃﾞｰﾀﾍﾞｰｽ"));
    }

    @Test
    void hiraganaIsFoldedIntoKatakana() {
        assertEquals(CaseTerms.of("メールセッテイ"), CaseTerms.of("めーるせってい"));
        assertEquals(Set.of("ヽヾ"), CaseTerms.of("ゝゞ"));
    }

    @Test
    void dashesAfterKanaAreTheLongVowelMark() {
        for (String dash : new String[] {"-", "－", "‐", "—", "―", "−", "ｰ"}) {
            assertEquals(CaseTerms.of("メール"), CaseTerms.of("メ" + dash + "ル"), dash);
        }
        assertEquals(Set.of("a", "b"), CaseTerms.of("a-b"), "a dash between Latin letters separates words");
        assertEquals(Set.of("設定", "2"), CaseTerms.of("設定-2"), "a dash after a kanji separates");
    }

    @Test
    void fullWidthLatinAndCaseAreFolded() {
        assertEquals(Set.of("outlook", "2016"), CaseTerms.of("ＯＵＴＬＯＯＫ　２０１６"));
    }

    @Test
    void emojiAndPunctuationSeparateTerms() {
        assertEquals(Set.of("メー", "ール", "送信"), CaseTerms.of("メール😀送信！"));
    }

    @Test
    void longWordsAreCutAtTheMaximumLength() {
        String word = "x".repeat(100);
        assertEquals(Set.of("x".repeat(CaseTerms.MAX_LENGTH)), CaseTerms.of(word));
        String surrogateAtTheCut = "a".repeat(CaseTerms.MAX_LENGTH - 1) + "𝐀𝐀";
        String cut = CaseTerms.of(surrogateAtTheCut).iterator().next();
        assertTrue(cut.length() <= CaseTerms.MAX_LENGTH && !Character.isHighSurrogate(cut.charAt(cut.length() - 1)), cut);
    }

    @Test
    void aCaseIsFoundByItsLabelQuestionEnvironmentAndResolution() {
        ResolvedCase c = new ResolvedCase(EscalationRef.of(TenantId.of("acme"), EscalationId.of("e-1")),
                Category.of("mail", "メール"), FreeText.of("送信"), FreeText.of("Outlook"), FreeText.of("再起動"),
                Instant.parse("2026-11-24T01:30:00Z"));
        assertEquals(Set.of("メー", "ール", "送信", "outlook", "再起", "起動"), CaseTerms.of(c));
    }

    @Test
    void theScoreIsTheShareOfQueryTermsFound() {
        assertEquals(0.5, CaseTerms.score(Set.of("a", "b"), Set.of("a", "c")));
        assertEquals(1.0, CaseTerms.score(Set.of(), Set.of("a")));
        assertEquals(1.0 / 3, CaseTerms.score(1, 3));
        assertEquals(1.0, CaseTerms.score(0, 0));
    }
}
