package dev.promptcanvas.annotations.formats;

import dev.promptcanvas.annotations.model.ImageRecord;
import java.nio.file.Path;

/**
 * Where each exported image lies and how dataset files name it. By default images stay in the project and are named
 * by their project-relative path; an export that copies or links images supplies its own.
 */
public interface ImagePaths {

    /** The folder that {@link #name} is relative to. */
    Path root();

    /** The image file on disk, absolute: the original, or its copy or link in the export. */
    Path file(ImageRecord image);

    /** The image as written into a dataset's image field: relative to {@link #root()}, with '/' separators. */
    String name(ImageRecord image);

    /** Images left where they are in the project folder. */
    static ImagePaths inProject(Path projectDir) {
        Path root = (projectDir == null ? Path.of("") : projectDir).toAbsolutePath().normalize();
        return new ImagePaths() {
            @Override
            public Path root() {
                return root;
            }

            @Override
            public Path file(ImageRecord image) {
                return root.resolve(image.path()).normalize();
            }

            @Override
            public String name(ImageRecord image) {
                return image.path();
            }
        };
    }
}
