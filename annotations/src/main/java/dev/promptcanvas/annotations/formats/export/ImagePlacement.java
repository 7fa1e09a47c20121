package dev.promptcanvas.annotations.formats.export;

import dev.promptcanvas.annotations.formats.ImagePaths;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies or links the images of one split into an export folder, keeping their project-relative paths (images kept
 * outside the project go in by file name), and names them relative to that folder.
 */
final class ImagePlacement implements ImagePaths {

    private final Path root;
    private final Map<Long, String> names = new HashMap<>();

    private ImagePlacement(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Checks that every image exists, then copies or links them all into {@code root}. */
    static ImagePlacement place(List<ImageRecord> images, ImagePaths sources, Path root, ImageMode mode)
            throws IOException {
        ImagePlacement placement = new ImagePlacement(root);
        Map<String, ImageRecord> taken = new HashMap<>();
        for (ImageRecord image : images) {
            Path source = sources.file(image);
            if (!Files.isRegularFile(source)) {
                throw new IOException("image " + image.path() + ": no file at " + source + " to "
                        + (mode == ImageMode.LINK ? "link" : "copy") + " into the export");
            }
            String name = relativeName(image);
            ImageRecord other = taken.putIfAbsent(name, image);
            if (other != null) {
                throw new IOException("images " + other.path() + " and " + image.path() + " would both be placed at "
                        + placement.root.resolve(name));
            }
            placement.names.put(image.id(), name);
        }
        for (ImageRecord image : images) {
            Path source = sources.file(image).toAbsolutePath();
            Path target = placement.file(image);
            Files.createDirectories(target.getParent());
            if (target.equals(source.normalize())) {
                continue;
            }
            Files.deleteIfExists(target);
            if (mode == ImageMode.LINK) {
                Files.createSymbolicLink(target, source);
            } else {
                Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return placement;
    }

    private static String relativeName(ImageRecord image) {
        Path p = Path.of(image.path()).normalize();
        if (p.isAbsolute() || p.startsWith("..") || image.path().startsWith("/")) {
            return image.fileName();
        }
        return p.toString().replace('\\', '/');
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public Path file(ImageRecord image) {
        return root.resolve(name(image)).normalize();
    }

    @Override
    public String name(ImageRecord image) {
        String name = names.get(image.id());
        if (name == null) {
            throw new IllegalArgumentException("image " + image.path() + " is not part of this export split");
        }
        return name;
    }
}
