package org.switchboard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The model is the server's and the desktop's shared truth: it may depend on nothing but Java. */
class CoreDependsOnJavaOnlyTest {

    private static final Path CORE = Path.of("..", "org.switchboard.core");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void bundleManifestImportsNothing() throws IOException {
        try (InputStream in = Files.newInputStream(CORE.resolve("META-INF/MANIFEST.MF"))) {
            Manifest manifest = new Manifest(in);
            assertNull(manifest.getMainAttributes().getValue("Import-Package"), "Import-Package");
            assertNull(manifest.getMainAttributes().getValue("Require-Bundle"), "Require-Bundle");
            assertNull(manifest.getMainAttributes().getValue("DynamicImport-Package"), "DynamicImport-Package");
        }
    }

    @Test
    void sourcesImportOnlyJavaAndTheModelItself() throws IOException {
        List<String> foreign;
        try (Stream<Path> files = Files.walk(CORE.resolve("src"))) {
            foreign = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(CoreDependsOnJavaOnlyTest::imports)
                    .filter(name -> !name.startsWith("java.") && !name.startsWith("org.switchboard.core."))
                    .distinct().toList();
        }
        assertEquals(List.of(), foreign);
    }

    private static Stream<String> imports(Path file) {
        try {
            Matcher matcher = IMPORT.matcher(Files.readString(file));
            Stream.Builder<String> names = Stream.builder();
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names.build();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }
}
