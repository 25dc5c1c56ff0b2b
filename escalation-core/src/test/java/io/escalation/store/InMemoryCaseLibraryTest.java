package io.escalation.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.InvalidEscalationException;
import io.escalation.model.Category;
import io.escalation.model.EscalationId;
import io.escalation.model.EscalationRef;
import io.escalation.model.FreeText;
import io.escalation.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InMemoryCaseLibraryTest {

    private static final TenantId ACME = TenantId.of("acme");
    private static final Instant T = Instant.parse("2026-11-24T01:30:00Z");

    private static ResolvedCase c(String id, String categoryCode, String label, String question, String env,
            String resolution, Instant at) {
        return new ResolvedCase(EscalationRef.of(ACME, EscalationId.of(id)), Category.of(categoryCode, label), FreeText.of(question),
                env == null ? null : FreeText.of(env), FreeText.of(resolution), at);
    }

    private final InMemoryCaseLibrary library = new InMemoryCaseLibrary();

    {
        library.add(c("e-1", "mail-setup", "メールの設定に失敗", "設定の見落としが無いか確認したい", "Outlook 2016",
                "SMTP認証をオンにすると送信できた", T));
        library.add(c("e-2", "billing", "請求内容の問い合わせ", "二重請求の返金可否", null, "返金手続きを案内", T.plusSeconds(60)));
        library.add(c("e-3", "mail-setup", "Mail setup failing", "Should we ask the provider to check the settings?",
                "Thunderbird", "Outgoing server port 587 fixed it", T.plusSeconds(120)));
    }

    @Test
    void japaneseQueryWithoutParticlesFindsTheCase() {
        List<CaseMatch> found = library.search(ACME, CaseQuery.text("メール設定"));
        assertEquals("e-1", found.get(0).resolvedCase().ref().id().value());
        assertTrue(found.get(0).score() >= CaseLibrary.MIN_SCORE);
        assertEquals(1, found.size());
    }

    @Test
    void englishQueryMatchesWordFormsCaseInsensitively() {
        List<CaseMatch> found = library.search(ACME, CaseQuery.text("mail settings"));
        assertEquals(List.of("e-3"), found.stream().map(m -> m.resolvedCase().ref().id().value()).toList());
        assertEquals(1.0, found.get(0).score());
    }

    @Test
    void categorySearchReturnsNewestFirst() {
        List<CaseMatch> found = library.search(ACME, CaseQuery.category("mail-setup"));
        assertEquals(List.of("e-3", "e-1"), found.stream().map(m -> m.resolvedCase().ref().id().value()).toList());
    }

    @Test
    void categoryAndTextCombine() {
        assertTrue(library.search(ACME, new CaseQuery("billing", "メール設定", 10)).isEmpty());
        assertEquals(1, library.search(ACME, new CaseQuery("billing", "返金", 10)).size());
    }

    @Test
    void searchesStayInsideTheTenant() {
        assertTrue(library.search(TenantId.of("other"), CaseQuery.category("mail-setup")).isEmpty());
    }

    @Test
    void unrelatedTextFindsNothing() {
        assertTrue(library.search(ACME, CaseQuery.text("解約の違約金")).isEmpty());
    }

    @Test
    void queriesMustAskForSomething() {
        assertThrows(InvalidEscalationException.class, () -> new CaseQuery(null, " ", 10));
        assertEquals(List.of("limit"), assertThrows(InvalidEscalationException.class,
                () -> new CaseQuery("x", null, 0)).paths());
        assertEquals(List.of("categoryCode"), assertThrows(InvalidEscalationException.class,
                () -> new CaseQuery("not a code", null, 5)).paths());
    }

    @Test
    void aQueryNeverPrintsItsText() {
        CaseQuery q = CaseQuery.text("山田様の請求");
        assertFalse(q.toString().contains("山田"), q.toString());
        assertTrue(q.toString().contains("String(length=6)"), q.toString());
    }

    @Test
    void halfWidthAndHiraganaQueriesFindTheKatakanaCase() {
        assertEquals("e-1", library.search(ACME, CaseQuery.text("ﾒｰﾙ設定")).get(0).resolvedCase().ref().id().value());
        assertEquals("e-1", library.search(ACME, CaseQuery.text("めーるの設定")).get(0).resolvedCase().ref().id().value());
        assertEquals("e-1", library.search(ACME, CaseQuery.text("メ－ル設定")).get(0).resolvedCase().ref().id().value());
    }

    @Test
    void termsSplitJapaneseIntoPairsAndEnglishIntoStems() {
        assertEquals(Set.of("メー", "ール", "ル設", "設定"), CaseTerms.of("メール設定"));
        assertEquals(Set.of("outlook", "2016", "setting", "fail"), CaseTerms.of("Outlook 2016 settings failed"));
        assertEquals(Set.of("アイ"), CaseTerms.of("ｱｲ"));
    }
}
