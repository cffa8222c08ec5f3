package org.aftermath.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hidden folders beside a target while it is written ({@code .NAME.partial-…}) or replaced
 * ({@code .NAME.old-…}). Each name carries its owner — process id, process start time and host —
 * so a later command removes one only when the process that made it is gone: never a concurrent
 * run's, never one of another machine sharing the folder.
 */
final class Staging {

    /** A staging folder: {@code partial} while written, {@code old} while replaced. */
    enum Kind { PARTIAL, OLD }

    private static final Pattern NAME = Pattern.compile(
            "\\.(.+)\\.(partial|old)-(\\d+)-(\\d+)-([0-9a-z]+)\\.([A-Za-z0-9_-]*)");
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String HOST = host();
    private static final long PID = ProcessHandle.current().pid();
    private static final long START = startMillis(ProcessHandle.current());

    private Staging() { }

    /**
     * Creates a new staging folder beside {@code target}, with the permissions of any new folder
     * (the umask's), owned by this process.
     *
     * @throws IOException if it cannot be created
     */
    static Path create(Path target, Kind kind) throws IOException {
        while (true) {
            Path p = target.resolveSibling(name(target, kind));
            try {
                return Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                // another random suffix
            }
        }
    }

    /** @return a fresh name for a staging folder of {@code target} owned by this process, for a later rename */
    static String name(Path target, Kind kind) {
        return "." + target.getFileName() + "." + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + PID + "-"
                + START + "-" + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36) + "." + HOST;
    }

    /**
     * Removes the staging folders of {@code target} whose owner process is gone (on this host).
     *
     * @throws IOException if the parent folder cannot be listed
     */
    static void removeStale(Path target) throws IOException {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String name = target.getFileName().toString();
        try (Stream<Path> s = Files.list(parent)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches() && m.group(1).equals(name) && m.group(6).equals(HOST)
                        && !alive(Long.parseLong(m.group(3)), Long.parseLong(m.group(4)))) {
                    deleteTree(p);
                }
            }
        }
    }

    /**
     * @param pid   a process id
     * @param start its start time, epoch milliseconds, or 0 if unknown
     * @return whether that process still runs (a reused process id with another start time does not count)
     */
    static boolean alive(long pid, long start) {
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isEmpty() || !h.get().isAlive()) {
            return false;
        }
        long now = startMillis(h.get());
        return start == 0 || now == 0 || now == start;
    }

    /** @return the process' start time, epoch milliseconds, or 0 if the platform does not tell */
    static long startMillis(ProcessHandle h) {
        return h.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
    }

    /** Deletes a folder and everything in it (not following links); nothing if absent. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String host() {
        String h = null;
        try {
            Path f = Path.of("/proc/sys/kernel/hostname");
            if (Files.isReadable(f)) {
                h = Files.readString(f).strip();
            }
        } catch (IOException | RuntimeException e) {
            h = null;
        }
        if (h == null || h.isEmpty()) {
            h = System.getenv("HOSTNAME");
        }
        if (h == null || h.isEmpty()) {
            h = System.getenv("COMPUTERNAME");
        }
        return h == null ? "" : h.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
