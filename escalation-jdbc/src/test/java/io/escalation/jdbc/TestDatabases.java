package io.escalation.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The databases the tests run against: the real PostgreSQL and MariaDB servers of the machine and
 * an in-process H2. URLs can be overridden with system properties ({@code escalation.test.postgres.url},
 * {@code escalation.test.mariadb.url}).
 *
 * <p>When a server is unreachable, tests are skipped on a developer machine but fail when the
 * environment variable {@code CI} is {@code true}: CI must never pass by skipping.
 */
public enum TestDatabases {
    /** PostgreSQL on 127.0.0.1:5432, trust auth, database {@code test}. */
    POSTGRES("escalation.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres"),
    /** MariaDB on 127.0.0.1:3306, root without password, database {@code test}. */
    MARIADB("escalation.test.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/test?user=root&password="),
    /** H2 in process, in memory. */
    H2("escalation.test.h2.url", "jdbc:h2:mem:escalation;DB_CLOSE_DELAY=-1");

    private final String property;
    private final String defaultUrl;

    TestDatabases(String property, String defaultUrl) {
        this.property = property;
        this.defaultUrl = defaultUrl;
    }

    /**
     * Returns the JDBC URL.
     *
     * @return the configured or default URL
     */
    public String url() {
        return System.getProperty(property, defaultUrl);
    }

    /**
     * Opens a connection, or skips the test (fails it under CI) when the database is unreachable.
     *
     * @return an open connection
     * @throws SQLException never for unreachability; only for errors after connecting
     */
    public Connection connect() throws SQLException {
        try {
            return DriverManager.getConnection(url());
        } catch (SQLException e) {
            if (isCi()) {
                throw new AssertionError(name() + " is not reachable at its test URL; CI needs every database ("
                        + e.getSQLState() + ")", e);
            }
            assumeTrue(false, name() + " is not reachable; skipped outside CI (SQLState " + e.getSQLState() + ")");
            throw e;
        }
    }

    static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
