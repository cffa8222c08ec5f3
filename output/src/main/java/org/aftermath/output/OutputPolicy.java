package org.aftermath.output;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where a command may write, the same rule for every command: into a folder that does not exist,
 * is empty, or that the same command of this tool wrote before — its {@value Manifest#FILE}
 * names the command and lists every file in the folder (a leftover {@code NAME.tmp} of an
 * atomic rewrite counts as its file). Such a folder is replaced freely; anything else is refused,
 * so the tool never deletes or replaces a file it did not write. Always refused: an empty path,
 * a file-system root, the working folder, the home folder or a folder holding them, a folder
 * holding one of the command's input files (the scenario), a symbolic link and anything that is
 * not a folder.
 */
public final class OutputPolicy {

    /** What is at an allowed target now. */
    public enum State {
        /** Nothing: the folder will be created. */
        ABSENT,
        /** An empty folder. */
        EMPTY,
        /** A folder the same command wrote ({@link Found#manifest()}). */
        OWN
    }

    /**
     * @param state    what is there
     * @param target   the target, absolute and normalised
     * @param manifest the folder's manifest when {@link State#OWN}, else null
     */
    public record Found(State state, Path target, Manifest<ObjectNode> manifest) { }

    private OutputPolicy() { }

    /**
     * @param label   how the user gave the path, named in messages (e.g. {@code --out})
     * @param target  the folder to write
     * @param command the command that will write it, as its manifest records it
     * @param inputs  files the command reads (scenarios): a folder holding one is refused
     * @return what is at the target
     * @throws OutputRefusedException naming the path, the problem and what is allowed
     */
    public static Found check(String label, Path target, String command, Collection<Path> inputs) {
        return check(label, target, command, inputs, true);
    }

    /**
     * The policy of a command that never replaces anything it wrote before ({@code model export}):
     * only a new or empty folder.
     *
     * @return {@link State#ABSENT} or {@link State#EMPTY}
     * @throws OutputRefusedException naming the path, the problem and what is allowed
     */
    public static Found checkNew(String label, Path target, Collection<Path> inputs) {
        return check(label, target, null, inputs, false);
    }

    private static Found check(String label, Path target, String command, Collection<Path> inputs, boolean replace) {
        String allowed = replace ? "write into a new or empty folder, or one an earlier 'aftermath " + command
                + "' wrote" : "give a new or empty folder (nothing is overwritten)";
        if (target.toString().isBlank()) {
            throw new OutputRefusedException(label + ": the path is empty (an unset variable?); " + allowed);
        }
        Path abs = target.toAbsolutePath().normalize();
        String name = label + " " + target;
        Path real = resolved(abs);
        if (real.getParent() == null || abs.getParent() == null) {
            throw new OutputRefusedException(name + ": is a file-system root; " + allowed);
        }
        guard(name, real, resolved(Path.of("").toAbsolutePath()), "the working folder", allowed);
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank()) {
            guard(name, real, resolved(Path.of(home).toAbsolutePath().normalize()), "the home folder", allowed);
        }
        for (Path in : inputs) {
            Path r = resolved(in.toAbsolutePath().normalize());
            if (r.startsWith(real)) {
                throw new OutputRefusedException(name + ": holds the input " + in + ", which must not be replaced; "
                        + allowed);
            }
        }
        if (Files.isSymbolicLink(abs)) {
            throw new OutputRefusedException(name + ": is a symbolic link (give the folder it points to); " + allowed);
        }
        if (!Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            Path ancestor = abs.getParent();
            while (ancestor != null && !Files.exists(ancestor)) {
                ancestor = ancestor.getParent();
            }
            if (ancestor != null && !Files.isDirectory(ancestor)) {
                throw new OutputRefusedException(name + ": cannot be created, " + ancestor + " is a file; " + allowed);
            }
            return new Found(State.ABSENT, abs, null);
        }
        if (!Files.isDirectory(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputRefusedException(name + ": is " + (Files.isRegularFile(abs) ? "a file" : "not a folder")
                    + ", which aftermath does not replace; " + allowed);
        }
        List<String> entries = entries(name, abs);
        if (entries.isEmpty()) {
            return new Found(State.EMPTY, abs, null);
        }
        if (!replace) {
            throw new OutputRefusedException(name + ": is not empty (" + entries.get(0) + (entries.size() > 1
                    ? " and " + (entries.size() - 1) + " more" : "") + "); " + allowed);
        }
        Path manifestFile = abs.resolve(Manifest.FILE);
        if (!Files.isRegularFile(manifestFile, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputRefusedException(name + ": is not empty and has no " + Manifest.FILE
                    + ", so aftermath did not write it; " + allowed);
        }
        Manifest<ObjectNode> manifest;
        try {
            manifest = Manifest.read(manifestFile);
        } catch (IOException e) {
            throw new OutputRefusedException(name + ": its " + Manifest.FILE + " is not one aftermath wrote ("
                    + oneLine(e.getMessage()) + "); " + allowed);
        }
        if (!manifest.command().equals(command)) {
            throw new OutputRefusedException(name + ": holds the outputs of 'aftermath " + manifest.command()
                    + "', which 'aftermath " + command + "' does not replace; " + allowed);
        }
        Set<String> listed = new TreeSet<>(manifest.files());
        for (String e : entries) {
            boolean own = listed.contains(e) || e.endsWith(".tmp") && listed.contains(e.substring(0, e.length() - 4));
            if (!own || !Files.isRegularFile(abs.resolve(e), LinkOption.NOFOLLOW_LINKS)) {
                throw new OutputRefusedException(name + ": holds " + e + ", which aftermath did not write (its "
                        + Manifest.FILE + " does not list it); move it away, or " + allowed);
            }
        }
        return new Found(State.OWN, abs, manifest);
    }

    /** Refuses a target that is or holds a protected folder. */
    private static void guard(String name, Path target, Path folder, String what, String allowed) {
        if (folder.equals(target)) {
            throw new OutputRefusedException(name + ": is " + what + "; " + allowed);
        }
        if (folder.startsWith(target)) {
            throw new OutputRefusedException(name + ": holds " + what + "; " + allowed);
        }
    }

    /** @return the path with symbolic links of its existing part resolved */
    static Path resolved(Path abs) {
        Path existing = abs;
        Path rest = null;
        while (existing != null && !Files.exists(existing)) {
            Path last = existing.getFileName();
            rest = rest == null ? last : last.resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            Path real = existing.toRealPath();
            return rest == null ? real : real.resolve(rest).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    private static List<String> entries(String name, Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            List<String> names = new ArrayList<>(s.map(p -> p.getFileName().toString()).sorted().toList());
            return names;
        } catch (IOException e) {
            throw new OutputRefusedException(name + ": cannot be read (" + oneLine(e.getMessage()) + ")");
        }
    }

    static String oneLine(String text) {
        return text == null ? "unreadable" : text.strip().lines().findFirst().orElse("unreadable");
    }
}
