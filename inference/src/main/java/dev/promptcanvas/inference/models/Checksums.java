package dev.promptcanvas.inference.models;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of files, streamed. */
public final class Checksums {

    private Checksums() {
    }

    /** The file's SHA-256 as lower-case hex. */
    public static String sha256(Path file) throws IOException {
        MessageDigest md = newDigest();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Checks a file against an expected checksum (when known) and returns its actual checksum. */
    public static String verify(Path file, String expectedSha256) throws IOException {
        String actual = sha256(file);
        if (expectedSha256 != null && !expectedSha256.equals(actual)) {
            throw new ModelException(file + ": checksum mismatch: expected sha256 " + expectedSha256 + ", got "
                    + actual);
        }
        return actual;
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
