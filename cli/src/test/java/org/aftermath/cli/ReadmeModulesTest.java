package org.aftermath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's architecture section against the build (issue 12 item 8): its module table names
 * exactly the modules of the root pom.xml, and its dependency lines name exactly the
 * aftermath-to-aftermath dependencies declared in the modules' pom.xml files.
 */
class ReadmeModulesTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void theModuleTableAndTheDependencyLinesMatchThePoms() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String section = readme.substring(readme.indexOf("## How it works"), readme.indexOf("## Changing the biology"));
        List<String> modules = all(Pattern.compile("<module>([a-z]+)</module>"), Files.readString(ROOT.resolve("pom.xml")));
        assertThat(all(Pattern.compile("(?m)^\\| `([a-z]+)` \\|"), section)).containsExactlyInAnyOrderElementsOf(modules);

        Map<String, Set<String>> declared = new LinkedHashMap<>();
        for (String m : modules) {
            Set<String> deps = new TreeSet<>(all(Pattern.compile("<artifactId>aftermath-([a-z]+)</artifactId>"),
                    Files.readString(ROOT.resolve(m).resolve("pom.xml"))));
            deps.remove(m);
            deps.remove("parent");
            declared.put(m, deps);
        }
        Map<String, Set<String>> written = new LinkedHashMap<>();
        modules.forEach(m -> written.put(m, new TreeSet<>()));
        String lines = section.substring(section.indexOf("Dependencies point one way:"));
        lines = lines.substring(0, lines.indexOf("\n\n"));
        for (String chain : all(Pattern.compile("`([a-z →]+)`"), lines)) {
            String[] parts = chain.split(" → ");
            for (int i = 0; i + 1 < parts.length; i++) {
                written.get(parts[i]).add(parts[i + 1]);
            }
        }
        // a written arrow is a declared dependency; a declared one is written or implied by a path of written ones
        for (String m : modules) {
            assertThat(declared.get(m)).as(m + "'s written dependencies").containsAll(written.get(m));
            for (String d : declared.get(m)) {
                assertThat(reaches(written, m, d)).as(m + " → " + d + " is in the README's dependency lines").isTrue();
            }
        }
    }

    private static boolean reaches(Map<String, Set<String>> edges, String from, String to) {
        if (edges.get(from).contains(to)) {
            return true;
        }
        return edges.get(from).stream().anyMatch(next -> reaches(edges, next, to));
    }

    private static List<String> all(Pattern p, String text) {
        Matcher m = p.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
