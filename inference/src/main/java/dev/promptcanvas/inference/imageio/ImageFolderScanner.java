package dev.promptcanvas.inference.imageio;

import dev.promptcanvas.annotations.model.ImageRecord;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** Finds the images in a project folder (recursively, skipping hidden folders) and reads their sizes. */
public final class ImageFolderScanner {

    /** What a scan found: images ready to add, and files that looked like images but could not be read. */
    public record ScanResult(List<ImageRecord> images, List<String> skipped) {
    }

    private ImageFolderScanner() {
    }

    public static ScanResult scan(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean hidden = !dir.equals(folder) && dir.getFileName().toString().startsWith(".");
                return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && ImageFiles.isImage(file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        List<ImageRecord> images = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Path file : files) {
            String relative = ProjectPaths.relativize(folder, file);
            try {
                int[] size = ImageFiles.size(file);
                images.add(new ImageRecord(0, relative, size[0], size[1], ImageFiles.sha256(file)));
            } catch (IOException | IllegalArgumentException e) {
                skipped.add(relative + ": " + e.getMessage());
            }
        }
        return new ScanResult(images, skipped);
    }
}
