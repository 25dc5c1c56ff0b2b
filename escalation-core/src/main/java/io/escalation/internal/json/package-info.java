/** Internal: Jackson mix-ins and (de)serializers for the model. Not part of the API. */
@NullMarked
package io.escalation.internal.json;

import org.jspecify.annotations.NullMarked;
