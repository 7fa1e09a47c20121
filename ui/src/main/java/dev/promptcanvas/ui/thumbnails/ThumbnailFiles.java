package dev.promptcanvas.ui.thumbnails;

import dev.promptcanvas.annotations.model.ImageRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Where thumbnails live on disk: {@code <project>/.promptcanvas/thumbnails/<key>-<size>.png}, the key being the
 * image's content hash or, when it has none, a hash of its absolute path, length and modification time. Writes go
 * to a temporary file that is then moved into place, so a reader never sees half a thumbnail.
 */
final class ThumbnailFiles {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{16,128}");
    private final Path folder;
    private final int size;

    ThumbnailFiles(Path projectDir, int size) {
        this.folder = projectDir.resolve(".promptcanvas").resolve("thumbnails");
        this.size = size;
    }

    Path folder() {
        return folder;
    }

    /** The cache file of an image (reads the file's attributes when the image has no content hash). */
    Path fileFor(ImageRecord image, Path source) throws IOException {
        String hash = image.contentHash().toLowerCase(java.util.Locale.ROOT);
        String key;
        if (HEX.matcher(hash).matches()) {
            key = hash;
        } else {
            BasicFileAttributes attrs = Files.readAttributes(source, BasicFileAttributes.class);
            key = "p" + sha256(source.toAbsolutePath().normalize() + "|" + attrs.size() + "|"
                    + attrs.lastModifiedTime().toMillis()).substring(0, 40);
        }
        return folder.resolve(key + "-" + size + ".png");
    }

    /** Writes through {@code writer} into a temporary file next to {@code target}, then moves it into place. */
    void writeAtomically(Path target, IoWriter writer) throws IOException {
        Files.createDirectories(folder);
        Path tmp = Files.createTempFile(folder, target.getFileName().toString(), ".tmp");
        try {
            writer.write(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes one file. */
    interface IoWriter {
        void write(Path file) throws IOException;
    }

    private static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
