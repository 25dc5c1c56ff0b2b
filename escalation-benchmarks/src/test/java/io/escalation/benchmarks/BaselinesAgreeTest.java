package io.escalation.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.escalation.json.EscalationJson;
import io.escalation.model.Escalation;
import io.escalation.routing.RoutingPolicies;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The baselines compute what the library computes, on the benchmarks' own inputs. */
class BaselinesAgreeTest {

    @ParameterizedTest
    @ValueSource(ints = {5, 50, 500})
    void handWrittenStandardPolicyDecidesLikeTheLibrary(int rosterSize) {
        RoutingInputs inputs = RoutingInputs.generate(rosterSize);
        assertEquals(RoutingInputs.COUNT, inputs.checkAgreement(RoutingPolicies.standard(), HandRouting::standard));
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 50, 500})
    void handWrittenRuleSetDecidesLikeTheLibrary(int rosterSize) {
        RoutingInputs inputs = RoutingInputs.generate(rosterSize);
        assertEquals(RoutingInputs.COUNT, inputs.checkAgreement(RoutingInputs.ruleSet50(), HandRouting::ruleSet50));
    }

    @Test
    void plainRecordsReadTheSameDocuments() {
        JsonMapper plain = JsonMapper.builder().build();
        for (String document : JsonBenchmark.documents()) {
            Escalation strict = EscalationJson.create().readEscalation(document);
            PlainEscalation loose = JsonBenchmark.readPlain(plain, document);
            assertEquals(strict.id().value(), loose.id());
            assertEquals(strict.raisedAt(), loose.raisedAt());
            assertEquals(strict.operator().experience().name(), loose.operator().experience());
            assertEquals(strict.customer().locale().toLanguageTag(), loose.customer().locale());
            assertEquals(strict.inquiry().kind().name(), loose.inquiry().kind());
            assertEquals(strict.inquiry().category() == null ? null : strict.inquiry().category().code(),
                    loose.inquiry().category() == null ? null : loose.inquiry().category().code());
            assertEquals(strict.inquiry().actionsTaken().size(), loose.inquiry().actionsTaken().size());
            assertEquals(strict.customerState().urgency().repeatContacts(), loose.customerState().urgency().repeatContacts());
            assertEquals(strict.callState().getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT),
                    loose.callState().state().toLowerCase(java.util.Locale.ROOT));
            assertEquals(strict.handlingTime(), loose.handlingTime());
        }
    }

    @ParameterizedTest
    @CsvSource({"tokyo, 4h, 256", "tokyo, 1w, 64", "tokyo, 1y, 2", "tokyo, 2y, 2", "splitShift, 4h, 256",
        "splitShift, 1w, 64", "splitShift, 1y, 2", "splitShift, 2y, 2"})
    void minuteStepperAddsLikeTheCalendar(String calendar, String span, int starts) {
        CalendarInputs.Pair pair = CalendarInputs.named(calendar);
        Duration duration = CalendarInputs.span(span, pair.calendar());
        Instant[] all = CalendarInputs.starts();
        for (int i = 0; i < starts; i++) {
            assertEquals(pair.reference().add(all[i], duration), pair.calendar().add(all[i], duration),
                    calendar + " + " + span + " from " + all[i]);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 64, 128})
    void randomHolidaysCloseTheCalendar(int perYear) {
        CalendarInputs.Pair pair = CalendarInputs.tokyo(CalendarInputs.randomHolidays(perYear));
        Duration week = CalendarInputs.span("1w", pair.calendar());
        Instant[] all = CalendarInputs.starts();
        for (int i = 0; i < 32; i++) {
            assertEquals(pair.reference().add(all[i], week), pair.calendar().add(all[i], week), "from " + all[i]);
        }
    }

    @Test
    void stringBuilderWritesTheLibrarysBriefing() {
        Escalation seed = BriefingBenchmark.seed();
        assertEquals(BriefingBenchmark.briefing(io.escalation.briefing.BriefingRenderer.forLocale(java.util.Locale.JAPANESE), seed),
                BriefingBenchmark.byHand(seed));
    }
}
