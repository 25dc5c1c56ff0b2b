package io.escalation.examples.crm;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The CRM's own settings ({@code crm.*}).
 *
 * @param tenant the tenant this CRM installation raises escalations for; a raise for another is refused
 * @param tablePrefix the prefix of every table, the SDK's and the CRM's ticket tables; matches
 *     {@code [a-z][a-z0-9_]{0,20}}
 * @param zone the center's zone: the office calendar, SLA business time and the times on the sheets
 */
@ConfigurationProperties("crm")
public record CrmProperties(@DefaultValue("acme-support") String tenant, @DefaultValue("crm_") String tablePrefix,
        @DefaultValue("Asia/Tokyo") ZoneId zone) {}
