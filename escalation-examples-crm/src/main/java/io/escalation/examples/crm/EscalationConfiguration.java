package io.escalation.examples.crm;

import io.escalation.desk.EscalationDesk;
import io.escalation.jdbc.JdbcEscalations;
import io.escalation.json.EscalationJson;
import io.escalation.lifecycle.SlaMetric;
import io.escalation.model.Priority;
import io.escalation.sla.SlaCalendar;
import io.escalation.sla.SlaTargets;
import io.escalation.sla.SlaWarning;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import tools.jackson.databind.JacksonModule;

/**
 * Wires the SDK into the application: the JDBC module on the application's own {@link DataSource},
 * the desk with the center's SLA targets, and the SDK's Jackson module in the application's own
 * {@code JsonMapper}.
 */
@Configuration(proxyBeanMethods = false)
public class EscalationConfiguration {

    /**
     * The clock of the desk and the JDBC module.
     *
     * @return the system clock in UTC
     */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The floor: roster and office calendar.
     *
     * @param properties the CRM's settings
     * @return the floor
     */
    @Bean
    Floor floor(CrmProperties properties) {
        return new Floor(properties.zone());
    }

    /**
     * The JDBC module on the application's pool, seen through {@link TransactionAwareDataSourceProxy}: inside a
     * Spring transaction the module gets the transaction's connection (auto-commit off) and joins it, so its
     * events and outbox rows commit or roll back with the CRM's own rows; outside one it gets a pooled connection
     * in auto-commit mode and runs transactions of its own. The schema is migrated here, at start-up, outside any
     * transaction (DDL needs transactions of its own).
     *
     * @param dataSource the application's pool
     * @param properties the CRM's settings (table prefix)
     * @param clock the clock
     * @return the module
     */
    @Bean
    JdbcEscalations jdbcEscalations(DataSource dataSource, CrmProperties properties, Clock clock) {
        JdbcEscalations jdbc = JdbcEscalations.builder(new TransactionAwareDataSourceProxy(dataSource))
                .tablePrefix(properties.tablePrefix())
                .clock(clock)
                .build();
        jdbc.migrate();
        return jdbc;
    }

    /**
     * The center's SLA targets, in the office's business time: acknowledge within 15 minutes (5 when
     * urgent), warn at 60 %; resolve within 8 hours, warn an hour before; an update from a department every
     * 4 hours while referred.
     *
     * @param floor the floor (its office calendar)
     * @return the targets
     */
    @Bean
    SlaTargets slaTargets(Floor floor) {
        return SlaTargets.builder(SlaCalendar.of("office", "1", floor.office()))
                .target(SlaMetric.ACKNOWLEDGEMENT, Duration.ofMinutes(15), SlaWarning.atPercent(60))
                .target(SlaMetric.ACKNOWLEDGEMENT, Priority.URGENT, Duration.ofMinutes(5))
                .target(SlaMetric.RESOLUTION, Duration.ofHours(8), SlaWarning.before(Duration.ofHours(1)))
                .target(SlaMetric.UPDATE_WHILE_REFERRED, Duration.ofHours(4))
                .build();
    }

    /**
     * The desk, on the JDBC module's store and case library.
     *
     * @param jdbc the JDBC module
     * @param targets the SLA targets
     * @param clock the clock
     * @return the desk
     */
    @Bean
    EscalationDesk escalationDesk(JdbcEscalations jdbc, SlaTargets targets, Clock clock) {
        return EscalationDesk.builder()
                .store(jdbc.store())
                .caseLibrary(jdbc.caseLibrary())
                .slaTargets(targets)
                .clock(clock)
                .build();
    }

    /**
     * The SDK's strict reader and writer, for request bodies that carry escalations.
     *
     * @return the reader/writer
     */
    @Bean
    EscalationJson escalationJson() {
        return EscalationJson.create();
    }

    /**
     * The SDK's Jackson 3 module; Spring Boot registers every {@link JacksonModule} bean in the application's
     * {@code JsonMapper}, so the application's mapper writes the model as the SDK does.
     *
     * @return the module
     */
    @Bean
    JacksonModule escalationJacksonModule() {
        return EscalationJson.module();
    }
}
