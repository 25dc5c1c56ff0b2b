package io.escalation.examples.crm;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * A CRM that embeds the Escalation SDK: its own Spring-managed {@code DataSource} (H2 by default,
 * PostgreSQL when {@code spring.datasource.url} names one) and {@code JsonMapper}, a ticket table of
 * its own that is written in the same transaction as an escalation, a REST API under {@code /api}
 * and a supervisor console at {@code /}.
 */
@SpringBootApplication
@EnableConfigurationProperties(CrmProperties.class)
public class CrmApplication {

    /**
     * Starts the CRM.
     *
     * @param args Spring Boot arguments, e.g. {@code --spring.datasource.url=jdbc:postgresql://...}
     */
    public static void main(String[] args) {
        SpringApplication.run(CrmApplication.class, args);
    }
}
