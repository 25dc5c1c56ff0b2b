/**
 * Runnable examples; start with {@link io.escalation.examples.Tour} (the main example) and {@link io.escalation.examples.readme.Quickstart} (the README's).
 */
@NullMarked
package io.escalation.examples;

import org.jspecify.annotations.NullMarked;
