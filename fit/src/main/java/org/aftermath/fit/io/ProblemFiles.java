package org.aftermath.fit.io;

import java.io.IOException;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The files of a problem as plain text, so that a worker anywhere can read the problem without the local disk:
 * the problem file's name as the user gave it and every file it references, by path relative to the problem
 * file's folder (with '/' separators). Serializable; build it on the driver with {@link #load}.
 *
 * @param root  the problem file as the user named it (for messages)
 * @param main  the problem file's own name inside {@code texts}
 * @param texts relative path → UTF-8 text
 */
public record ProblemFiles(String root, String main, Map<String, String> texts) implements Serializable, Sources {

    private static final long serialVersionUID = 1L;

    public ProblemFiles {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(main, "main");
        texts = Collections.unmodifiableMap(new TreeMap<>(texts));
    }

    /** @return the problem file's text */
    public String mainText() {
        return texts.get(main);
    }

    /**
     * @return the text of a loaded file
     * @throws ProblemException if it was not loaded
     */
    @Override
    public String read(String relative, String file, String field) {
        String text = texts.get(normalise(relative));
        if (text == null) {
            throw new ProblemException(file, field, "'" + relative + "' is not a readable file");
        }
        return text;
    }

    /** @return a path with '/' separators, without "./" segments, resolved against nothing */
    static String normalise(String relative) {
        return Path.of(relative).normalize().toString().replace('\\', '/');
    }

    /** Reads files into a {@link ProblemFiles} as a problem's reader finds their names. */
    public static final class Loader implements Sources {
        private final Path folder;
        private final String root;
        private final Map<String, String> texts = new TreeMap<>();

        /** @param problemFile the problem file */
        public Loader(Path problemFile) {
            Path parent = problemFile.toAbsolutePath().getParent();
            this.folder = parent == null ? Path.of("") : parent;
            this.root = problemFile.toString();
        }

        /** @return the folder relative paths are resolved against */
        public Path folder() {
            return folder;
        }

        /**
         * Reads a file (once).
         *
         * @param relative its path relative to the problem file's folder (or absolute)
         * @param file     the file that names it (for messages)
         * @param field    the field that names it
         * @return its text
         * @throws ProblemException naming the file and field if it cannot be read as UTF-8 text
         */
        @Override
        public String read(String relative, String file, String field) {
            String key = normalise(relative);
            String text = texts.get(key);
            if (text != null) {
                return text;
            }
            Path p = folder.resolve(relative);
            if (Files.isDirectory(p)) {
                throw new ProblemException(file, field, "'" + relative + "' is a directory, not a file");
            }
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(p);
            } catch (NoSuchFileException e) {
                throw new ProblemException(file, field, "'" + relative + "': no such file");
            } catch (AccessDeniedException e) {
                throw new ProblemException(file, field, "'" + relative + "' cannot be read (permission denied)");
            } catch (IOException e) {
                throw new ProblemException(file, field, "'" + relative + "' cannot be read: " + e.getMessage());
            }
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new ProblemException(file, field, "'" + relative + "' is not UTF-8 text");
            }
            texts.put(key, text);
            return text;
        }

        /** @return the files read so far, with {@code main} as the problem file */
        public ProblemFiles files(String main) {
            return new ProblemFiles(root, normalise(main), texts);
        }
    }
}
