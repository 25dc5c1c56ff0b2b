package io.escalation.jdbc.internal;

import io.escalation.jdbc.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The bundled migration scripts, in version order, named as Flyway and Liquibase expect
 * ({@code V1__escalation_schema.sql}) under {@link Dialect#migrationLocation()}.
 */
public final class Migrations {

    /** One bundled script. */
    public record Script(int version, String description, String resource, String text, long checksum) {

        /**
         * Splits the script into statements: comment lines ({@code --}) dropped, statements end with
         * a {@code ;} at the end of a line.
         *
         * @return the statements, without their semicolons, prefix not yet filled in
         */
        public List<String> statements() {
            List<String> statements = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : text.split("\n", -1)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                    continue;
                }
                if (current.length() > 0) {
                    current.append('\n');
                }
                if (trimmed.endsWith(";")) {
                    current.append(line.stripTrailing(), 0, line.stripTrailing().length() - 1);
                    statements.add(current.toString().strip());
                    current.setLength(0);
                } else {
                    current.append(line.stripTrailing());
                }
            }
            if (!current.toString().isBlank()) {
                statements.add(current.toString().strip());
            }
            return List.copyOf(statements);
        }
    }

    private static final List<String[]> VERSIONS = List.<String[]>of(new String[] {"1", "escalation_schema"});

    private Migrations() {}

    /**
     * Loads a dialect's scripts.
     *
     * @param dialect the dialect
     * @return the scripts, in version order
     */
    public static List<Script> of(Dialect dialect) {
        List<Script> scripts = new ArrayList<>();
        for (String[] v : VERSIONS) {
            String resource = dialect.migrationLocation() + "/V" + v[0] + "__" + v[1] + ".sql";
            String text = load(resource);
            CRC32 crc = new CRC32();
            crc.update(text.getBytes(StandardCharsets.UTF_8));
            scripts.add(new Script(Integer.parseInt(v[0]), v[1], resource, text, crc.getValue()));
        }
        return List.copyOf(scripts);
    }

    private static String load(String resource) {
        try (InputStream in = Migrations.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled migration " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
