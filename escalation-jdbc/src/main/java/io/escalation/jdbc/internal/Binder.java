package io.escalation.jdbc.internal;

import io.escalation.jdbc.Dialect;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;

/**
 * Binds and reads instants and JSON documents the way each dialect keeps them exactly.
 *
 * <ul>
 *   <li>Instants are truncated to microseconds (the precision of every supported column type)
 *       before they are written or compared.
 *   <li>PostgreSQL ({@code timestamptz}) and H2 ({@code TIMESTAMP(6) WITH TIME ZONE}) take an
 *       {@link OffsetDateTime} at UTC and give one back: no zone of the JVM or the session is involved.
 *   <li>MariaDB ({@code DATETIME(6)}, which has no zone) takes the instant's UTC wall time as
 *       text ({@code 2058-03-10 02:29:23.237927}) and is read with {@code getTimestamp(column, UTC
 *       calendar)}. Reading with {@code getString} or {@code getObject(column, LocalDateTime.class)} is
 *       not enough: Connector/J 3.5 passes the value through the JVM default zone, so wall times in a
 *       daylight-saving gap of that zone (02:29 on a spring-forward night in America/Los_Angeles)
 *       came back an hour later. {@code TIMESTAMP} is never used: it converts through
 *       the session time zone and ends in 2038.
 *   <li>JSON is bound as text; the statement's {@code {json}} placeholder tells the database it is a
 *       document, so it is stored as one and never as a JSON string.
 * </ul>
 */
public final class Binder {

    /** The earliest instant a column holds (MariaDB's DATETIME starts at year 1000). */
    public static final Instant MIN = Instant.parse("1000-01-01T00:00:00Z");
    /** The latest instant a column holds. */
    public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999Z");

    private static final DateTimeFormatter MARIADB_DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS",
            Locale.ROOT);

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private final Dialect dialect;

    /**
     * Creates a binder.
     *
     * @param dialect the dialect
     */
    public Binder(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Truncates an instant to what a column keeps.
     *
     * @param instant the instant
     * @return the instant truncated to microseconds
     */
    public static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Binds an instant, truncated to microseconds.
     *
     * @param ps the statement
     * @param index the parameter index
     * @param instant the instant, within {@link #MIN} and {@link #MAX}
     * @throws SQLException when the driver refuses
     */
    public void instant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        Instant t = micros(instant);
        if (dialect == Dialect.MARIADB) {
            ps.setString(index, LocalDateTime.ofInstant(t, ZoneOffset.UTC).format(MARIADB_DATETIME));
        } else {
            ps.setObject(index, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
        }
    }

    /**
     * Binds an instant or SQL NULL.
     *
     * @param ps the statement
     * @param index the parameter index
     * @param instant the instant, or {@code null}
     * @throws SQLException when the driver refuses
     */
    public void nullableInstant(PreparedStatement ps, int index, @Nullable Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, dialect == Dialect.MARIADB ? Types.TIMESTAMP : Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            instant(ps, index, instant);
        }
    }

    /**
     * Reads an instant column.
     *
     * @param rs the result set
     * @param column the column label
     * @return the instant, or {@code null} for SQL NULL
     * @throws SQLException when the driver fails
     */
    public @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        if (dialect == Dialect.MARIADB) {
            Timestamp value = rs.getTimestamp(column, Calendar.getInstance(UTC, Locale.ROOT));
            return value == null ? null : value.toInstant();
        }
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * Reads a non-null instant column.
     *
     * @param rs the result set
     * @param column the column label
     * @return the instant
     * @throws SQLException when the driver fails or the value is SQL NULL
     */
    public Instant instant(ResultSet rs, String column) throws SQLException {
        Instant value = nullableInstant(rs, column);
        if (value == null) {
            throw new SQLException("column " + column + " is unexpectedly NULL", "22004");
        }
        return value;
    }

    /**
     * Binds a JSON document (for a {@code {json}} placeholder) or SQL NULL.
     *
     * @param ps the statement
     * @param index the parameter index
     * @param json the document's text, or {@code null}
     * @throws SQLException when the driver refuses
     */
    public void json(PreparedStatement ps, int index, @Nullable String json) throws SQLException {
        if (json == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, json);
        }
    }

    /**
     * Reads a JSON column as text.
     *
     * @param rs the result set
     * @param column the column label
     * @return the document's text, or {@code null} for SQL NULL
     * @throws SQLException when the driver fails
     */
    public @Nullable String json(ResultSet rs, String column) throws SQLException {
        return rs.getString(column);
    }
}
