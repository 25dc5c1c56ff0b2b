package io.escalation.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.escalation.model.ContactPoint;
import io.escalation.model.Customer;
import io.escalation.model.CustomerRef;
import io.escalation.model.CustomerState;
import io.escalation.model.Escalation;
import io.escalation.model.PersonName;
import io.escalation.model.Temperature;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Counterexamples read like a short briefing and never show personal data. */
class DescribeTest {

    private static final Instant T0 = Instant.parse("2026-11-24T01:30:00Z");

    @Test
    void anEscalationReadsConclusionFirstWithPersonalDataRedacted() {
        Escalation e = EscalationGens.seed(T0)
                .customer(Customer.builder(CustomerRef.of("c-1"), Locale.JAPAN).timeZone(ZoneId.of("Asia/Tokyo"))
                        .name(PersonName.of("山田 太郎")).contact(ContactPoint.phone("+81 90 1234 5678")).build())
                .customerState(CustomerState.builder(Temperature.UPSET).demandedSupervisor().build())
                .build();
        String shown = Describe.value(e);
        assertEquals("escalation acme/esc-1: ADVICE about mail-setup, decision wanted [16 chars], concern - "
                + "| customer UPSET, demanded a supervisor | TRAINEE operator op-1 at tokyo-1, PHONE, handling PT0S, "
                + "live, fault UNDETERMINED, raised 2026-11-24T01:30:00Z | customer ja-JP Asia/Tokyo, name [redacted], "
                + "contact [redacted]", shown);
        for (String personal : new String[] {"山田", "1234", "設定の見落とし"}) {
            assertFalse(shown.contains(personal), personal);
        }
    }
}
