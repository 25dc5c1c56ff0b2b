/**
 * The README's code, kept compiled: every Java block of the README is a region of a file in this
 * module, which {@code ReadmeCodeTest} checks.
 */
@NullMarked
package io.escalation.examples.readme;

import org.jspecify.annotations.NullMarked;
