/** The service-provider interface for routing policies found by name. */
@NullMarked
package io.escalation.routing.spi;

import org.jspecify.annotations.NullMarked;
