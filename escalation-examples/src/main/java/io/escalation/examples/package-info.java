/**
 * Runnable examples; start with {@link io.escalation.examples.QuickStart}.
 */
@NullMarked
package io.escalation.examples;

import org.jspecify.annotations.NullMarked;
