package io.escalation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DatabaseReachabilityTest {

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void everySupportedDatabaseAnswersAQuery(TestDatabases database) throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT 1")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
            assertTrue(connection.getMetaData().getDatabaseMajorVersion() > 0);
        }
    }
}
