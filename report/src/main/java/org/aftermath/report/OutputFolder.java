package org.aftermath.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * An output folder written all-or-nothing: files go to a hidden temporary folder beside the
 * target, which {@link #commit()} moves into place (replacing an earlier run's folder). Closed
 * without commit, the temporary folder is deleted, so a failed run never leaves output that
 * looks complete.
 */
public final class OutputFolder implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private boolean committed;

    /**
     * @param target the folder the outputs should end up in
     * @throws UncheckedIOException if the staging folder cannot be created
     */
    public OutputFolder(Path target) {
        this.target = target.toAbsolutePath().normalize();
        try {
            Path parent = this.target.getParent();
            Files.createDirectories(parent);
            this.staging = Files.createTempDirectory(parent, "." + this.target.getFileName() + ".partial-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output folder " + target + ": " + e.getMessage(), e);
        }
    }

    /** @return the final location */
    public Path target() {
        return target;
    }

    /** @return a path inside the staging folder, to write a file named {@code name} */
    public Path file(String name) {
        return staging.resolve(name);
    }

    /**
     * Moves the staging folder into place, replacing any existing target folder.
     *
     * @throws UncheckedIOException if the move fails (the staging folder is then removed on close)
     */
    public void commit() {
        try {
            if (Files.exists(target)) {
                Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(old);
                Files.move(target, old);
                moveIntoPlace();
                deleteTree(old);
            } else {
                moveIntoPlace();
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move outputs into " + target + ": " + e.getMessage(), e);
        }
    }

    private void moveIntoPlace() throws IOException {
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
            Files.move(staging, target);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove partial outputs " + staging, e);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
