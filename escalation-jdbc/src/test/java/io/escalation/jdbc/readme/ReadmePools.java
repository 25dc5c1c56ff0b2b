package io.escalation.jdbc.readme;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The pools the README's examples name. */
final class ReadmePools {

    /** A CockroachDB (or other PostgreSQL-dialect engine) at {@code -Descalation.cockroach.url}; nothing connects until used. */
    static final DataSource cockroachPool = cockroach();

    private ReadmePools() {}

    private static DataSource cockroach() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(System.getProperty("escalation.cockroach.url", "jdbc:postgresql://127.0.0.1:26257/test"));
        return ds;
    }
}
