package io.escalation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.escalation.jdbc.internal.Migrations;
import io.escalation.jdbc.internal.Sql;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every statement the module runs, and every key of the schema, is scoped by tenant first. */
class SqlStatementsTest {

    private static final Pattern WHERE = Pattern.compile("\\bWHERE\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern JOIN = Pattern.compile(" JOIN esc_\\w+ \\w+ ON (\\w+)\\.tenant_id = (\\w+)\\.tenant_id AND ");

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyStatementOnTenantDataNamesTheTenantFirst(Dialect dialect) {
        Map<String, String> statements = new Sql(dialect, "esc_").tenantScoped();
        assertTrue(statements.size() >= 19 + 17 + 2 * Sql.TERM_BUCKETS.size(), "all statements are registered");
        for (String store : List.of("escalationInsert", "escalationByKey", "escalationVersion", "escalationUpdate",
                "escalationLoad", "eventsAfter", "eventInsert", "openByCustomer", "queue", "overdueCallbacks", "caseUpdate",
                "caseInsert", "caseTermsDelete", "caseTermInsert", "casesNewest", "casesNewestInCategory", "caseDocuments",
                "caseSearch1", "caseSearchInCategory1024")) {
            assertTrue(statements.containsKey(store), store + " is registered");
        }
        for (Map.Entry<String, String> e : statements.entrySet()) {
            String sql = e.getValue();
            String verb = sql.substring(0, sql.indexOf(' ')).toUpperCase(Locale.ROOT);
            assertFalse(sql.contains("${prefix}"), e.getKey() + " has its prefix");
            assertTrue(sql.contains(" esc_"), e.getKey() + " names a prefixed table");
            switch (verb) {
                case "INSERT":
                    assertTrue(sql.matches("(?s)INSERT (IGNORE )?INTO esc_\\w+ \\(tenant_id, .*"),
                            e.getKey() + ": tenant_id is the first column: " + sql);
                    break;
                case "SELECT":
                case "UPDATE":
                case "DELETE":
                    Matcher m = WHERE.matcher(sql);
                    assertTrue(m.find(), e.getKey() + " has a WHERE clause");
                    assertTrue(m.group(1).matches("(?s)(\\w+\\.)?tenant_id = \\?.*"),
                            e.getKey() + ": tenant_id = ? is the first predicate: " + sql);
                    Matcher join = JOIN.matcher(sql);
                    int joins = 0;
                    while (join.find()) {
                        joins++;
                        assertTrue(!join.group(1).equals(join.group(2)), e.getKey() + " joins two tables on the tenant");
                    }
                    assertEquals(count(sql, " JOIN "), joins, e.getKey() + ": every join is on tenant_id first: " + sql);
                    assertEquals(1, count(sql, "WHERE"), e.getKey() + " has one WHERE (no unscoped subquery)");
                    break;
                default:
                    fail(e.getKey() + ": unexpected statement " + verb);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theInstallerTouchesOnlyItsOwnHistoryTable(Dialect dialect) {
        for (Map.Entry<String, String> e : new Sql(dialect, "esc_").installer().entrySet()) {
            Matcher m = Pattern.compile("esc_(\\w+)").matcher(e.getValue());
            assertTrue(m.find(), e.getKey());
            do {
                assertTrue(m.group(1).startsWith("schema_history"), e.getKey() + " names no other table");
            } while (m.find());
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyKeyAndIndexOfTheSchemaLeadsWithTheTenant(Dialect dialect) {
        List<Migrations.Script> scripts = Migrations.of(dialect);
        assertEquals(1, scripts.size());
        Pattern key = Pattern.compile("(PRIMARY KEY|UNIQUE|KEY \\$\\{prefix}(\\w+)|CREATE INDEX IF NOT EXISTS \\$\\{prefix}(\\w+) ON"
                + " \\$\\{prefix}\\w+) \\(([^)]*)\\)");
        int keys = 0;
        for (Migrations.Script script : scripts) {
            List<String> statements = script.statements();
            assertEquals(8 + (dialect == Dialect.MARIADB ? 0 : 6), statements.size(), "tables and indexes");
            for (String statement : statements) {
                assertTrue(statement.startsWith("CREATE TABLE IF NOT EXISTS ${prefix}")
                        || statement.startsWith("CREATE INDEX IF NOT EXISTS ${prefix}"),
                        "every statement is idempotent: " + statement);
                assertFalse(statement.contains("TIMESTAMP ") && dialect == Dialect.MARIADB, "never TIMESTAMP on MariaDB");
                Matcher m = key.matcher(statement);
                while (m.find()) {
                    keys++;
                    String name = m.group(2) != null ? m.group(2) : m.group(3);
                    if ("outbox_position_ix".equals(name)) {
                        // InnoDB requires an AUTO_INCREMENT column to lead an index; the only exception.
                        assertEquals(Dialect.MARIADB, dialect);
                        assertEquals("position", m.group(4));
                        continue;
                    }
                    assertTrue(m.group(4).startsWith("tenant_id"), "leads with tenant_id: " + m.group());
                }
            }
        }
        assertEquals(dialect == Dialect.MARIADB ? 19 : 18, keys, "every key was checked");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void columnTypesAreTheDialectsExactOnes(Dialect dialect) {
        String text = Migrations.of(dialect).get(0).text();
        switch (dialect) {
            case POSTGRESQL:
                assertTrue(text.contains("raised_at TIMESTAMPTZ NOT NULL") && text.contains("payload JSONB NOT NULL"));
                break;
            case MARIADB:
                assertTrue(text.contains("raised_at DATETIME(6) NOT NULL") && text.contains("payload JSON NOT NULL"));
                assertTrue(text.contains("CHARSET=utf8mb4"));
                break;
            default:
                assertTrue(text.contains("raised_at TIMESTAMP(6) WITH TIME ZONE NOT NULL")
                        && text.contains("payload JSON NOT NULL"));
        }
        assertTrue(text.contains("flyway.placeholders.prefix"), "the script says how Flyway fills the prefix in");
    }

    private static int count(String s, String word) {
        int n = 0;
        for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }
}
