package io.escalation.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host that is itself a named module ({@code requires io.escalation.core;}) on the module path:
 * JSON, routing, calendars, texts and the desk work, so {@code module-info} opens exactly what
 * Jackson needs. The module is compiled and started in a fresh JVM.
 */
class NamedModuleTest {

    /** The core and what it needs at run time, from this test's class path. */
    private static List<String> modulePath() {
        List<String> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            boolean core = entry.replace(File.separatorChar, '/').contains("escalation-core/target/")
                    || name.startsWith("escalation-core");
            if (core || name.startsWith("jackson-") || name.startsWith("jakarta.validation-api")
                    || name.startsWith("slf4j-api") || name.startsWith("jspecify")) {
                out.add(entry);
            }
        }
        return out;
    }

    @Test
    void aNamedModuleHostUsesJsonRoutingCalendarsAndTheDesk(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src");
        Path classes = dir.resolve("classes");
        Files.createDirectories(src.resolve("check"));
        copy("module-check/module-info.java", src.resolve("module-info.java"));
        copy("module-check/check/Main.java", src.resolve("check/Main.java"));
        String modulePath = String.join(File.pathSeparator, modulePath());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "--release", "17", "--module-path", modulePath, "-d",
                classes.toString(), src.resolve("module-info.java").toString(), src.resolve("check/Main.java").toString());
        assertEquals(0, compiled, "the host module compiles against io.escalation.core");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "--module-path",
                classes + File.pathSeparator + modulePath, "-m", "check/check.Main")
                .redirectErrorStream(true).start();
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the host module ends");
        assertEquals(0, p.exitValue(), output);
        List<String> lines = output.lines().filter(l -> !l.startsWith("SLF4J")).collect(Collectors.toList());
        assertEquals(List.of("json true", "routing supervisor", "calendar 2026-11-25T00:30:00Z", "desk ACKNOWLEDGED true"),
                lines, output);
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = NamedModuleTest.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
    }
}
