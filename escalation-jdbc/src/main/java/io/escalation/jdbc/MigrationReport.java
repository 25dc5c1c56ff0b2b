package io.escalation.jdbc;

import java.util.List;

/**
 * What one call of {@link JdbcEscalations#migrate()} did.
 *
 * @param applied the versions this call applied (or finished, after another node had stopped
 *     half-way), in order; empty when the schema was already current or another node applied them
 * @param current the schema's version after the call
 */
public record MigrationReport(List<Integer> applied, int current) {

    /**
     * Copies the list.
     *
     * @throws NullPointerException when {@code applied} is null
     */
    public MigrationReport {
        applied = List.copyOf(applied);
    }
}
