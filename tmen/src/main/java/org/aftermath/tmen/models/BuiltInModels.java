package org.aftermath.tmen.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.aftermath.kernel.model.Model;

/**
 * The model files bundled in {@code org/aftermath/tmen/models/}: every {@code *.ant} resource of
 * that folder, found by listing it (in a class-path directory or in a jar), so a module added
 * there is part of the built-in model without being registered anywhere.
 */
public final class BuiltInModels {

    /** The class-path folder of the bundled model files. */
    public static final String FOLDER = "org/aftermath/tmen/models/";

    /** The bundled files, read on first use (every scenario compile, so every cohort patient, asks). */
    private static volatile List<ModelFile> files;

    /** Bundled files already read, by file: every compile merges the same few. */
    private static final Map<ModelFile, Model> READ = new ConcurrentHashMap<>();

    private BuiltInModels() { }

    /** @return a bundled file read, once per file (a file that fails to read is not kept) */
    static Model read(ModelFile file) {
        return READ.computeIfAbsent(file, ModelFile::parse);
    }

    /** @return the bundled model files, sorted by name (unmodifiable; read once) */
    public static List<ModelFile> files() {
        List<ModelFile> read = files;
        if (read == null) {
            List<ModelFile> list = new ArrayList<>();
            for (String name : names()) {
                list.add(new ModelFile(name, text(name), FOLDER + name, true));
            }
            read = List.copyOf(list);
            files = read;
        }
        return read;
    }

    /** @return the names of the bundled {@code .ant} files, sorted */
    static List<String> names() {
        return names(BuiltInModels.class.getClassLoader());
    }

    /** @return the names of the {@code .ant} files in {@link #FOLDER} of every class-path entry of a loader, sorted */
    static List<String> names(ClassLoader loader) {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> folders = loader.getResources(FOLDER);
            if (!folders.hasMoreElements()) {
                throw new IllegalStateException("missing class-path folder " + FOLDER);
            }
            while (folders.hasMoreElements()) {
                list(folders.nextElement(), names);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + FOLDER, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list " + FOLDER + ": " + e.getMessage(), e);
        }
        return List.copyOf(names);
    }

    private static void list(URL folder, TreeSet<String> names) throws IOException, URISyntaxException {
        if (folder.getProtocol().equals("jar")) {
            JarURLConnection connection = (JarURLConnection) folder.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    String entry = e.nextElement().getName();
                    if (entry.startsWith(FOLDER) && entry.endsWith(ModelFile.SUFFIX)
                            && entry.indexOf('/', FOLDER.length()) < 0) {
                        names.add(entry.substring(FOLDER.length()));
                    }
                }
            }
        } else {
            try (Stream<Path> list = Files.list(Path.of(folder.toURI()))) {
                list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(ModelFile.SUFFIX)).forEach(names::add);
            }
        }
    }

    private static String text(String name) {
        try (InputStream in = BuiltInModels.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + name, e);
        }
    }
}
