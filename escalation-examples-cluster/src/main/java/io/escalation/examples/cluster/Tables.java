package io.escalation.examples.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Clean-up for the demo and the tests, which each run on tables of their own prefix: drops every
 * table of the current PostgreSQL schema whose name starts with the prefix. Never call it on a
 * prefix that production data lives under.
 */
public final class Tables {

    private Tables() {}

    /**
     * Checks that PostgreSQL answers.
     *
     * @param jdbcUrl the database
     * @throws UnreachableException when it does not
     */
    public static void probe(String jdbcUrl) {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            c.isValid(2);
        } catch (SQLException e) {
            throw new UnreachableException("PostgreSQL", hostOf(jdbcUrl), e);
        }
    }

    /**
     * Drops the tables whose names start with {@code prefix}.
     *
     * @param jdbcUrl the database
     * @param prefix a demo's or test's table prefix, e.g. {@code demo_k3x_}
     * @return the tables dropped
     * @throws SQLException when the database fails
     */
    public static List<String> drop(String jdbcUrl, String prefix) throws SQLException {
        if (!prefix.matches("[a-z][a-z0-9_]{2,20}_")) {
            throw new IllegalArgumentException("a table prefix of 4 to 22 characters ending in '_' is needed, but got "
                    + prefix.length() + " characters");
        }
        List<String> tables = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = current_schema() AND left(table_name, ?) = ?")) {
                ps.setInt(1, prefix.length());
                ps.setString(2, prefix);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                for (String t : tables) {
                    s.execute("DROP TABLE IF EXISTS \"" + t + "\" CASCADE");
                }
            }
        }
        return List.copyOf(tables);
    }

    /** The host and port of a JDBC URL, without user, password or parameters. */
    static String hostOf(String jdbcUrl) {
        int start = jdbcUrl.indexOf("//");
        if (start < 0) {
            return "the configured JDBC URL";
        }
        int end = jdbcUrl.indexOf('/', start + 2);
        String host = jdbcUrl.substring(start + 2, end < 0 ? jdbcUrl.length() : end);
        return host.contains("@") ? host.substring(host.indexOf('@') + 1) : host;
    }
}
