package io.escalation.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import io.escalation.jdbc.JdbcEscalations;
import io.escalation.model.Escalation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The raw-JDBC baseline of the raise benchmark writes exactly the rows the library's store writes:
 * the same escalation rows, event rows and outbox rows, column by column, for the benchmark's own
 * inputs. PostgreSQL and MariaDB are skipped when unreachable (H2 always runs).
 */
class JdbcBaselinesAgreeTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:15:30.123456Z");

    @ParameterizedTest
    @EnumSource(JdbcTarget.class)
    void rawJdbcRaiseWritesTheLibrarysRows(JdbcTarget db) throws SQLException {
        assumeTrue(reachable(db), db + " is not reachable at " + db.url());
        String library = JdbcTarget.uniquePrefix("t_lib");
        String baseline = JdbcTarget.uniquePrefix("t_raw");
        RaiseInputs inputs = RaiseInputs.generate();
        try (HikariDataSource pool = db.pool("agree-" + db.name(), 2)) {
            try {
                JdbcEscalations jdbc = JdbcEscalations.builder(pool).tablePrefix(library)
                        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
                jdbc.migrate();
                JdbcEscalations.builder(pool).tablePrefix(baseline).build().migrate();
                RawJdbc raw = new RawJdbc(db, baseline);
                for (int n = 1; n <= 2 * RaiseInputs.COUNT; n++) {
                    Escalation e = inputs.template(n).escalation().toBuilder().id("r" + n).build();
                    jdbc.store().create(RaiseInputs.raise(e));
                    assertEquals(RaiseInputs.eventId("r" + n).toString(),
                            raw.raise(pool, inputs.template(n), "r" + n, NOW));
                }
                for (String table : List.of("escalation ORDER BY escalation_id",
                        "escalation_event ORDER BY escalation_id, version", "outbox ORDER BY position")) {
                    List<List<String>> expected = rows(pool, library + table);
                    assertEquals(2 * RaiseInputs.COUNT, expected.size(), table);
                    assertEquals(expected, rows(pool, baseline + table), table);
                }
            } finally {
                JdbcTarget.drop(pool, library);
                JdbcTarget.drop(pool, baseline);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(JdbcTarget.class)
    void rawJdbcLookupFindsWhatTheLibraryFinds(JdbcTarget db) throws SQLException {
        assumeTrue(reachable(db), db + " is not reachable at " + db.url());
        String prefix = JdbcTarget.uniquePrefix("t_look");
        try (HikariDataSource pool = db.pool("agree-lookup-" + db.name(), 2)) {
            try {
                LookupData data = LookupData.load(db, pool, prefix, 5_000, 16);
                assertEquals(5_000, JdbcTarget.queryLong(pool, prefix, "SELECT COUNT(*) FROM ${prefix}escalation"));
                RawJdbc raw = new RawJdbc(db, prefix);
                for (int c = 0; c < 16; c++) {
                    String customer = LookupData.customer(c);
                    List<String> library = new ArrayList<>();
                    data.store().openByCustomer(RaiseInputs.TENANT, io.escalation.model.CustomerRef.of(customer))
                            .forEach(s -> library.add(s.id().value() + "@" + s.version()));
                    List<String> rawIds = new ArrayList<>();
                    raw.openByCustomer(pool, customer).forEach(f -> rawIds.add(f.id() + "@" + f.version()));
                    assertFalse(library.isEmpty(), customer);
                    assertEquals(library, rawIds, customer);
                }
            } finally {
                JdbcTarget.drop(pool, prefix);
            }
        }
    }

    private static List<List<String>> rows(HikariDataSource pool, String tableAndOrder) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (Connection c = pool.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT * FROM " + tableAndOrder);
                ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT) + "=" + rs.getString(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    private static boolean reachable(JdbcTarget db) {
        try (Connection c = DriverManager.getConnection(db.url())) {
            return c.isValid(2);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(db + " is not reachable; CI needs every database", e);
            }
            return false;
        }
    }
}
