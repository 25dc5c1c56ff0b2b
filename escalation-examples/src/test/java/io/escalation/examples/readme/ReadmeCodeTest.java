package io.escalation.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's code compiled: every {@code ```java} block must be, line by line (indentation
 * and blank lines aside), a region of a Java source the build compiles (any module's main or test
 * sources; the examples module holds most, {@code escalation-jdbc}'s {@code ReadmeExampleTest} the
 * JDBC section's); the
 * quickstart must be all of {@code Quickstart.java} from its imports on; the dependency block must
 * name this build's version.
 */
class ReadmeCodeTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path README = MODULE.getParent().resolve("README.md");
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```$");

    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                out.add(line.strip());
            }
        }
        return out;
    }

    private static List<String[]> blocks(String language) throws IOException {
        Matcher m = BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
        List<String[]> out = new ArrayList<>();
        while (m.find()) {
            if (m.group(1).equals(language)) {
                out.add(new String[] {m.group(2)});
            }
        }
        return out;
    }

    private static List<List<String>> sources() throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MODULE.getParent())) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/")
                    && !f.toString().contains("/target/")).toList()) {
                out.add(lines(Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    @Test
    void everyJavaBlockIsARegionOfACompiledExampleSource() throws IOException {
        List<List<String>> sources = sources();
        List<String[]> blocks = blocks("java");
        assertTrue(blocks.size() >= 7, "the README has lost its code: " + blocks.size() + " Java blocks");
        List<String> stale = new ArrayList<>();
        for (String[] block : blocks) {
            List<String> want = lines(block[0]);
            boolean found = sources.stream().anyMatch(src -> Collections.indexOfSubList(src, want) >= 0);
            if (!found) {
                stale.add(String.join("\n", want.subList(0, Math.min(3, want.size()))));
            }
        }
        assertEquals(List.of(), stale, "README Java blocks not found in any module's sources");
    }

    @Test
    void theQuickstartIsTheWholeQuickstartSource() throws IOException {
        String source = Files.readString(MODULE.resolve("src/main/java/io/escalation/examples/readme/Quickstart.java"),
                StandardCharsets.UTF_8);
        List<String> fromImports = lines(source.substring(source.indexOf("import ")));
        boolean shown = blocks("java").stream().anyMatch(b -> lines(b[0]).equals(fromImports));
        if (!shown) {
            fail("the README's quickstart block must be Quickstart.java from its first import to its end");
        }
    }

    @Test
    void theDependencyBlockNamesThisBuildsVersion() throws IOException {
        String pom = Files.readString(MODULE.resolve("pom.xml"), StandardCharsets.UTF_8);
        Matcher parent = Pattern.compile("(?s)<parent>.*?<version>([^<]+)</version>").matcher(pom);
        assertTrue(parent.find());
        List<String[]> xml = blocks("xml");
        assertTrue(xml.stream().anyMatch(b -> b[0].contains("<artifactId>escalation-core</artifactId>")
                && b[0].contains("<version>" + parent.group(1) + "</version>")
                && b[0].contains("<groupId>io.escalation</groupId>")), "no <dependency> block for " + parent.group(1));
    }
}
