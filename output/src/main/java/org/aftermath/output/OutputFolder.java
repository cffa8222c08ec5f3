package org.aftermath.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A command's output folder, written all or nothing by the {@link OutputPolicy}: {@link #open}
 * checks the target before any work is done, and files go to a hidden staging folder beside it
 * ({@code .NAME.partial-…}, owned by this process); {@link #commit} writes the manifest, checks the
 * target again and moves the staging folder into place, replacing an earlier folder of the same
 * command. Closed without commit, the staging folder is deleted, so a failed run never leaves
 * output that looks complete; one left by a killed process is removed by the next command writing
 * beside it once that process is gone. New folders get the permissions of any new folder (the
 * umask's).
 *
 * <pre>{@code
 * try (OutputFolder out = OutputFolder.open("--out", target, "run", List.of(scenarioFile))) {
 *     ... write out.file("summary.json") ...
 *     out.commit(Manifest.of("run", details, out.files()));
 * }
 * }</pre>
 */
public final class OutputFolder implements AutoCloseable {

    /** How often the move into place is tried while other runs of the command replace the same target. */
    private static final int MOVE_ATTEMPTS = 10;
    private final String label;
    private final Path target;
    private final String command;
    private final List<Path> inputs;
    private final Path staging;
    private final List<String> requested = new ArrayList<>();
    private boolean committed;

    private OutputFolder(String label, Path target, String command, List<Path> inputs) {
        this.label = label;
        this.target = target;
        this.command = command;
        this.inputs = inputs;
        try {
            Files.createDirectories(target.getParent());
            Staging.removeStale(target);
            this.staging = Staging.create(target, Staging.Kind.PARTIAL);
        } catch (IOException e) {
            throw new OutputRefusedException(label + " " + target + ": cannot be written ("
                    + OutputPolicy.oneLine(describe(e)) + "); choose a folder you can write to");
        }
    }

    /**
     * Checks the target by the {@link OutputPolicy} and starts writing beside it.
     *
     * @param label   how the user gave the path, named in messages (e.g. {@code --out})
     * @param target  the folder the outputs should end up in
     * @param command the command writing it, as its manifest records it
     * @param inputs  files the command reads (scenarios): a folder holding one is refused
     * @return the open folder
     * @throws OutputRefusedException if the policy refuses the target or the staging folder cannot be created
     */
    public static OutputFolder open(String label, Path target, String command, Collection<Path> inputs) {
        OutputPolicy.Found found = OutputPolicy.check(label, target, command, inputs);
        return new OutputFolder(label, found.target(), command, List.copyOf(inputs));
    }

    /**
     * Starts writing a folder that must be new or empty, and is committed without a manifest
     * ({@code model export}: files for the user to edit, never replaced).
     *
     * @throws OutputRefusedException if the target exists and is not an empty folder, or cannot be written
     */
    public static OutputFolder openNew(String label, Path target, Collection<Path> inputs) {
        OutputPolicy.Found found = OutputPolicy.checkNew(label, target, inputs);
        return new OutputFolder(label, found.target(), null, List.copyOf(inputs));
    }

    /** @return the final location, absolute */
    public Path target() {
        return target;
    }

    /**
     * @param name a plain file name
     * @return where to write it now (inside the staging folder); the name is remembered for {@link #files()}
     */
    public Path file(String name) {
        Path p = Path.of(name);
        if (p.getNameCount() != 1 || p.isAbsolute() || name.equals("..") || name.equals(".")) {
            throw new IllegalArgumentException("not a plain file name: '" + name + "'");
        }
        if (!requested.contains(name)) {
            requested.add(name);
        }
        return staging.resolve(name);
    }

    /** @return the names asked of {@link #file} so far, in order, then {@value Manifest#FILE} if not among them */
    public List<String> files() {
        List<String> names = new ArrayList<>(requested);
        if (!names.contains(Manifest.FILE)) {
            names.add(Manifest.FILE);
        }
        return names;
    }

    /**
     * Writes the manifest and moves the outputs into place, replacing an earlier folder of the same
     * command (only after checking again that it still is one).
     *
     * @param manifest the outputs' manifest: this folder's command, listing exactly the files written
     * @throws OutputRefusedException if the target changed and the policy now refuses it
     * @throws UncheckedIOException if the manifest cannot be written or the move fails (the staging
     *                              folder is then removed on close)
     * @throws IllegalStateException if the manifest's command or files disagree with what was written
     */
    public void commit(Manifest<?> manifest) {
        if (command == null || !command.equals(manifest.command())) {
            throw new IllegalStateException("manifest of '" + manifest.command() + "' for a folder of '" + command + "'");
        }
        try {
            manifest.write(staging.resolve(Manifest.FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target.resolve(Manifest.FILE) + ": " + describe(e), e);
        }
        Set<String> written = entries(staging);
        if (!written.equals(new TreeSet<>(manifest.files()))) {
            throw new IllegalStateException("the manifest lists " + new TreeSet<>(manifest.files())
                    + " but the folder holds " + written);
        }
        moveIntoPlace();
    }

    /**
     * Moves the outputs into place without a manifest; only for {@link #openNew} folders.
     *
     * @throws OutputRefusedException if the target is no longer new or empty
     * @throws UncheckedIOException if the move fails
     */
    public void commit() {
        if (command != null) {
            throw new IllegalStateException("a folder of '" + command + "' is committed with its manifest");
        }
        moveIntoPlace();
    }

    private void moveIntoPlace() {
        try {
            for (int attempt = 0; ; attempt++) {
                OutputPolicy.Found now = command == null ? OutputPolicy.checkNew(label, target, inputs)
                        : OutputPolicy.check(label, target, command, inputs);
                try {
                    if (now.state() == OutputPolicy.State.OWN) {
                        replace(now.manifest().files());
                    } else {
                        // rename(2) also replaces an empty folder, atomically
                        rename(staging, target);
                    }
                    committed = true;
                    return;
                } catch (java.nio.file.FileSystemException e) {
                    if (attempt + 1 >= MOVE_ATTEMPTS || e instanceof java.nio.file.AccessDeniedException) {
                        throw e;
                    }
                    // the target appeared, filled or was replaced by another run meanwhile (rename(2): EEXIST,
                    // ENOTEMPTY, ENOENT): check it again
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the outputs into " + target + ": " + describe(e), e);
        }
    }

    /**
     * Swaps in the staging folder for an earlier folder of this command, then deletes that folder's files. If another
     * run of the command puts its folder in place between the two renames, the staging folder cannot follow and the
     * earlier folder cannot go back: it is superseded, so its files are deleted as after a swap, and the caller
     * checks the target again.
     */
    private void replace(List<String> oldFiles) throws IOException {
        Path old = target.resolveSibling(Staging.name(target, Staging.Kind.OLD));
        rename(target, old);
        try {
            rename(staging, target);
        } catch (IOException e) {
            try {
                rename(old, target);
            } catch (IOException superseded) {
                deleteOld(old, oldFiles);
            }
            throw e;
        }
        deleteOld(old, oldFiles);
    }

    /** Deletes the files an earlier folder's manifest listed, then the folder unless something else appeared in it. */
    private static void deleteOld(Path old, List<String> oldFiles) throws IOException {
        for (String f : oldFiles) {
            Path p = Path.of(f);
            if (p.getNameCount() == 1 && !p.isAbsolute() && !f.equals("..")) {
                Files.deleteIfExists(old.resolve(f));
                Files.deleteIfExists(old.resolve(f + ".tmp"));
            }
        }
        try {
            Files.delete(old);
        } catch (DirectoryNotEmptyException e) {
            // a file appeared in the old folder while it was replaced: leave it (and the folder) alone
        }
    }

    private static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                Staging.deleteTree(staging);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove partial outputs " + staging + ": " + describe(e), e);
            }
        }
    }

    private static Set<String> entries(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return new TreeSet<>(s.map(p -> p.getFileName().toString()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return an I/O failure in words: the exception's message, named by its kind when the message is only a path */
    static String describe(IOException e) {
        String kind = switch (e.getClass().getSimpleName()) {
            case "AccessDeniedException" -> "permission denied";
            case "NoSuchFileException" -> "no such file or folder";
            case "FileAlreadyExistsException" -> "already exists";
            case "NotDirectoryException" -> "not a folder";
            case "DirectoryNotEmptyException" -> "folder not empty";
            default -> null;
        };
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason() + (fse.getFile() != null ? ": " + fse.getFile() : "");
        }
        return kind != null ? kind + ": " + e.getMessage() : String.valueOf(e.getMessage());
    }
}
