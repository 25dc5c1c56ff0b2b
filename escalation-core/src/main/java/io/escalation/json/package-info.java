/**
 * JSON mapping of the model with Jackson 3: {@link io.escalation.json.EscalationJson}.
 */
@NullMarked
package io.escalation.json;

import org.jspecify.annotations.NullMarked;
