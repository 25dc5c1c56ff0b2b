package io.escalation.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.model.Category;
import io.escalation.model.EscalationId;
import io.escalation.model.EscalationRef;
import io.escalation.model.FreeText;
import io.escalation.model.TenantId;
import io.escalation.store.CaseLibrary;
import io.escalation.store.CaseMatch;
import io.escalation.store.CaseQuery;
import io.escalation.store.CaseTerms;
import io.escalation.store.InMemoryCaseLibrary;
import io.escalation.store.ResolvedCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link CaseLibrary} must pass, as an abstract JUnit Jupiter class: a library
 * implementation's test extends it and supplies a library. The SDK runs it against its in-memory
 * library and every JDBC database. Among the tests, a generated corpus of Japanese and English
 * cases is searched in the library under test and in an {@link InMemoryCaseLibrary}, and both must
 * give the same matches (cases, scores and order): every library searches by {@link CaseTerms}.
 *
 * <pre>{@code
 * class MyCaseLibraryTest extends CaseLibraryContract {
 *     protected CaseLibrary newLibrary() { return new MyCaseLibrary(...); }
 * }
 * }</pre>
 */
public abstract class CaseLibraryContract {

    /** The instant the contract's first case was resolved at; later cases are later. */
    protected static final Instant T0 = Instant.parse("2026-11-24T01:30:00.123456789Z");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** The library under test, fresh for each test. */
    protected CaseLibrary library;

    /** A tenant unique to the current test, so persistent libraries need no cleanup. */
    protected TenantId tenant;

    /** Creates the contract. */
    protected CaseLibraryContract() {}

    /**
     * Returns a library to test; tenants are unique per test, so the library may hold older cases.
     *
     * @return the library
     */
    protected abstract CaseLibrary newLibrary();

    /**
     * Returns how many cases the corpus of {@link #sameMatchesAsTheInMemoryLibraryOnTheSameCorpus()}
     * holds.
     *
     * @return 300 by default
     */
    protected int corpusSize() {
        return 300;
    }

    /** Creates the library and a unique tenant. */
    @BeforeEach
    void setUpLibrary() {
        library = newLibrary();
        tenant = TenantId.of("cases-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet());
    }

    /**
     * Returns a case of the current tenant.
     *
     * @param id the escalation id
     * @param category the category, or {@code null}
     * @param question the question
     * @param environment the environment, or {@code null}
     * @param resolution the resolution
     * @param resolvedAt when it was resolved
     * @return the case
     */
    protected ResolvedCase resolvedCase(String id, @Nullable Category category, String question,
            @Nullable String environment, String resolution, Instant resolvedAt) {
        return resolvedCase(tenant, id, category, question, environment, resolution, resolvedAt);
    }

    private static ResolvedCase resolvedCase(TenantId tenant, String id, @Nullable Category category, String question,
            @Nullable String environment, String resolution, Instant resolvedAt) {
        return new ResolvedCase(EscalationRef.of(tenant, EscalationId.of(id)), category, FreeText.of(question),
                environment == null ? null : FreeText.of(environment), FreeText.of(resolution), resolvedAt);
    }

    private static final Category MAIL_JA = Category.of("mail-setup", "メールの設定に失敗する");
    private static final Category MAIL_EN = Category.of("mail-setup", "Mail setup failing");
    private static final Category BILLING = Category.of("billing", "請求内容の問い合わせ");

    private void addSeeds() {
        library.add(resolvedCase("e-1", MAIL_JA, "設定の見落としが無いか確認したい", "Outlook 2016",
                "SMTP認証をオンにすると送信できた", T0));
        library.add(resolvedCase("e-2", BILLING, "二重請求の返金可否", null, "返金手続きを案内", T0.plusSeconds(60)));
        library.add(resolvedCase("e-3", MAIL_EN, "Should we ask the provider to check the settings?", "Thunderbird",
                "Outgoing server port 587 fixed it", T0.plusSeconds(120)));
        library.add(resolvedCase("e-4", null, "解約の違約金について", null, "契約書の条項を案内 😀", T0.plusSeconds(180)));
    }

    private static List<String> ids(List<CaseMatch> matches) {
        return matches.stream().map(m -> m.resolvedCase().ref().id().value()).toList();
    }

    @Test
    void aJapaneseQueryWithoutParticlesFindsTheCase() {
        addSeeds();
        List<CaseMatch> found = library.search(tenant, CaseQuery.text("メール設定"));
        assertEquals(List.of("e-1"), ids(found));
        assertTrue(found.get(0).score() >= CaseLibrary.MIN_SCORE);
    }

    @Test
    void halfWidthKatakanaFindsTheFullWidthCase() {
        addSeeds();
        assertEquals(List.of("e-1"), ids(library.search(tenant, CaseQuery.text("ﾒｰﾙ設定"))));
        assertEquals(List.of("e-1"), ids(library.search(tenant, CaseQuery.text("めーるの設定"))));
    }

    @Test
    void anEnglishQueryMatchesWordFormsCaseInsensitively() {
        addSeeds();
        List<CaseMatch> found = library.search(tenant, CaseQuery.text("MAIL Settings"));
        assertEquals(List.of("e-3"), ids(found));
        assertEquals(1.0, found.get(0).score());
    }

    @Test
    void aCategoryQueryReturnsTheCategoryNewestFirstWithFullScore() {
        addSeeds();
        List<CaseMatch> found = library.search(tenant, CaseQuery.category("mail-setup"));
        assertEquals(List.of("e-3", "e-1"), ids(found));
        assertTrue(found.stream().allMatch(m -> m.score() == 1.0));
    }

    @Test
    void categoryAndTextCombine() {
        addSeeds();
        assertTrue(library.search(tenant, new CaseQuery("billing", "メール設定", 10)).isEmpty());
        assertEquals(List.of("e-2"), ids(library.search(tenant, new CaseQuery("billing", "返金", 10))));
        assertTrue(library.search(tenant, new CaseQuery("no-such-category", "返金", 10)).isEmpty());
    }

    @Test
    void casesWithoutACategoryAreFoundByText() {
        addSeeds();
        assertEquals(List.of("e-4"), ids(library.search(tenant, CaseQuery.text("違約金"))));
    }

    @Test
    void searchesStayInsideTheTenant() {
        addSeeds();
        TenantId other = TenantId.of(tenant.value() + "-other");
        library.add(resolvedCase(other, "e-1", MAIL_JA, "別テナントのメール設定", null, "別の解決", T0));
        assertTrue(library.search(TenantId.of(tenant.value() + "-none"), CaseQuery.category("mail-setup")).isEmpty());
        List<CaseMatch> mine = library.search(tenant, CaseQuery.text("メール設定"));
        assertEquals(List.of("e-1"), ids(mine));
        assertEquals(tenant, mine.get(0).resolvedCase().ref().tenant());
        assertEquals("設定の見落としが無いか確認したい", mine.get(0).resolvedCase().question().value());
        assertEquals(other, library.search(other, CaseQuery.text("メール設定")).get(0).resolvedCase().ref().tenant());
    }

    @Test
    void unrelatedTextFindsNothing() {
        addSeeds();
        assertTrue(library.search(tenant, CaseQuery.text("パスワード再発行")).isEmpty());
        assertTrue(library.search(tenant, CaseQuery.text("zebra crossing")).isEmpty());
    }

    @Test
    void aCaseIsReturnedExactlyAsAdded() {
        ResolvedCase c = resolvedCase("e-1", MAIL_JA, "絵文字😀と日本語の質問", "Outlook 2016\t\"quoted\"",
                "解決しました🎉 \\ / <tag>", T0);
        library.add(c);
        List<CaseMatch> found = library.search(tenant, CaseQuery.text("日本語の質問"));
        assertEquals(1, found.size());
        assertEquals(c, found.get(0).resolvedCase());
    }

    @Test
    void addingTheSameEscalationAgainReplacesItsCase() {
        library.add(resolvedCase("e-1", MAIL_JA, "メール設定の確認", null, "再設定で解決", T0));
        ResolvedCase replaced = resolvedCase("e-1", BILLING, "請求の確認", null, "返金で解決", T0.plusSeconds(1));
        library.add(replaced);
        assertTrue(library.search(tenant, CaseQuery.text("メール設定")).isEmpty(), "the old terms are gone");
        assertTrue(library.search(tenant, CaseQuery.category("mail-setup")).isEmpty());
        assertEquals(List.of(replaced), library.search(tenant, CaseQuery.text("返金")).stream()
                .map(CaseMatch::resolvedCase).toList());
    }

    @Test
    void matchesComeBestThenNewestThenByIdAndStopAtTheLimit() {
        library.add(resolvedCase("b", null, "メール設定", null, "x", T0));
        library.add(resolvedCase("a", null, "メール設定", null, "x", T0));
        library.add(resolvedCase("c", null, "メール設定", null, "x", T0.plusNanos(1)));
        library.add(resolvedCase("d", null, "メール", null, "x", T0.plusSeconds(60)));
        List<CaseMatch> found = library.search(tenant, CaseQuery.text("メール設定"));
        assertEquals(List.of("c", "a", "b", "d"), ids(found), "a nanosecond newer comes first");
        assertEquals(List.of(1.0, 1.0, 1.0, 0.5), found.stream().map(CaseMatch::score).toList());
        assertEquals(List.of("c", "a"), ids(library.search(tenant, new CaseQuery(null, "メール設定", 2))));
    }

    @Test
    void aCaseHoldingLessThanTheMinimumShareIsNotAMatch() {
        library.add(resolvedCase("e-1", null, "メール", null, "x", T0));
        // メー and ール of four query terms: exactly the minimum share
        assertEquals(List.of(0.5), library.search(tenant, CaseQuery.text("メール設定")).stream()
                .map(CaseMatch::score).toList());
        // two of five: below it
        assertTrue(library.search(tenant, CaseQuery.text("メール設定確")).isEmpty());
    }

    @Test
    void textWithoutTermsMatchesLikeACategoryQuery() {
        addSeeds();
        assertEquals(List.of("e-4", "e-3", "e-2", "e-1"), ids(library.search(tenant, CaseQuery.text("!?"))));
        assertEquals(List.of("e-3", "e-1"), ids(library.search(tenant, new CaseQuery("mail-setup", "!?", 10))));
    }

    @Test
    void sameMatchesAsTheInMemoryLibraryOnTheSameCorpus() {
        SplittableRandom random = new SplittableRandom(20261124L);
        InMemoryCaseLibrary reference = new InMemoryCaseLibrary();
        int size = corpusSize();
        for (int i = 0; i < size; i++) {
            ResolvedCase c = corpusCase(random, i);
            library.add(c);
            reference.add(c);
        }
        int compared = 0;
        for (int q = 0; q < 120; q++) {
            CaseQuery query = corpusQuery(random);
            List<CaseMatch> expected = reference.search(tenant, query);
            assertEquals(expected, library.search(tenant, query), "query " + q);
            compared += expected.size();
        }
        assertTrue(compared > 100, "the queries found cases: " + compared);
    }

    private static final String[] JA_WORDS = {"メール", "設定", "送信", "受信", "失敗", "パスワード", "再発行", "請求",
        "返金", "解約", "ログイン", "エラー", "サーバー", "接続", "確認", "手続き", "案内", "ﾒｰﾙ", "めーる", "アカウント"};
    private static final String[] EN_WORDS = {"mail", "settings", "failed", "sending", "password", "reset", "refund",
        "billing", "login", "error", "server", "connection", "Outlook", "Thunderbird", "port", "587", "checked"};
    private static final String[] PARTICLES = {"の", "が", "を", "に", "で", "と", "、", " ", "。"};
    private static final Category[] CATEGORIES = {MAIL_JA, MAIL_EN, BILLING, Category.of("login", "ログインできない"),
        Category.of("contract", "Contract changes")};

    private ResolvedCase corpusCase(SplittableRandom random, int i) {
        Category category = random.nextInt(6) == 0 ? null : CATEGORIES[random.nextInt(CATEGORIES.length)];
        Instant at = T0.plusSeconds(random.nextInt(50)).plusNanos(random.nextInt(3) * 400L);
        return resolvedCase("case-" + i, category, phrase(random, 2 + random.nextInt(6)),
                random.nextBoolean() ? null : phrase(random, 1 + random.nextInt(3)), phrase(random, 2 + random.nextInt(8)),
                at);
    }

    private CaseQuery corpusQuery(SplittableRandom random) {
        String category = random.nextInt(4) == 0 ? CATEGORIES[random.nextInt(CATEGORIES.length)].code() : null;
        String text = random.nextInt(8) == 0 && category != null ? null : phrase(random, 1 + random.nextInt(3));
        return new CaseQuery(category, text, 1 + random.nextInt(25));
    }

    private static String phrase(SplittableRandom random, int words) {
        StringBuilder sb = new StringBuilder();
        List<String> parts = new ArrayList<>();
        for (int w = 0; w < words; w++) {
            parts.add(random.nextInt(3) == 0 ? EN_WORDS[random.nextInt(EN_WORDS.length)]
                    : JA_WORDS[random.nextInt(JA_WORDS.length)]);
        }
        for (String part : parts) {
            if (sb.length() > 0) {
                sb.append(PARTICLES[random.nextInt(PARTICLES.length)]);
            }
            sb.append(part);
        }
        return sb.toString();
    }
}
