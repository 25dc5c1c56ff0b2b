/**
 * A Spring Boot 4 CRM embedding the Escalation SDK: {@link io.escalation.examples.crm.CrmApplication}.
 */
@NullMarked
package io.escalation.examples.crm;

import org.jspecify.annotations.NullMarked;
