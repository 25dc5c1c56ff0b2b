/** Internal: Jakarta Validation bootstrap for the model. Not part of the API. */
@NullMarked
package io.escalation.internal.validation;

import org.jspecify.annotations.NullMarked;
