/**
 * JMH benchmarks, each with a baseline measured in the same run.
 */
@NullMarked
package io.escalation.benchmarks;

import org.jspecify.annotations.NullMarked;
