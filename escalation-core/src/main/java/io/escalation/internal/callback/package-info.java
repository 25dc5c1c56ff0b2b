/** Internal: zone tables and the interval arithmetic behind business calendars. Not part of the API. */
@NullMarked
package io.escalation.internal.callback;

import org.jspecify.annotations.NullMarked;
