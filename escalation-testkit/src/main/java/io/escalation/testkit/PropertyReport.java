package io.escalation.testkit;

/**
 * What a passing property run did.
 *
 * @param name the property's name
 * @param tries how many cases were checked
 * @param edgeCases how many of them were edge cases
 * @param seed the seed that replays the run
 */
public record PropertyReport(String name, int tries, int edgeCases, long seed) {}
