package org.aftermath.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests as the manifests record them: lower-case hex. */
public final class Sha256 {
    private Sha256() { }

    /** @return SHA-256 of {@code bytes}, 64 lower-case hex digits */
    public static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /**
     * @return SHA-256 of the file's bytes, 64 lower-case hex digits
     * @throws IOException if the file cannot be read
     */
    public static String of(Path file) throws IOException {
        return hex(Files.readAllBytes(file));
    }
}
