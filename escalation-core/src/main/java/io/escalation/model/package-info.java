/**
 * The escalation model: immutable, validated records and enums that carry every fact a supervisor
 * needs. Start at {@link io.escalation.model.Escalation#builder()}.
 *
 * <p>Closed vocabularies are enums ({@link io.escalation.model.Temperature},
 * {@link io.escalation.model.RequestKind}, ...), each with Japanese and English terms.
 * Vocabularies a center defines (categories, tiers, departments, skills, sites) are small value
 * types. Personal data ({@link io.escalation.model.PersonName}, {@link io.escalation.model.ContactPoint},
 * {@link io.escalation.model.FreeText}) is redacted from every {@code toString()}.
 */
@NullMarked
package io.escalation.model;

import org.jspecify.annotations.NullMarked;
