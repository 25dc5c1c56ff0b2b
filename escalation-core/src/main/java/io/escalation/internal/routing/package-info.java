/** Internal: the standard routing policy, rule-set evaluation and the service-loader provider. */
@NullMarked
package io.escalation.internal.routing;

import org.jspecify.annotations.NullMarked;
