/** Internal: helpers shared by store implementations. Not part of the API. */
@NullMarked
package io.escalation.internal.store;

import org.jspecify.annotations.NullMarked;
