package dev.promptcanvas.annotations.store;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.json.RandomShapes;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** Small ready-made projects for the store tests. */
final class Projects {

    private Projects() {
    }

    static List<ImageRecord> images(int n) {
        return images("img/", n);
    }

    static List<ImageRecord> images(String prefix, int n) {
        List<ImageRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ImageRecord(0, prefix + i + ".jpg", 64 + i, 48 + i, ""));
        }
        return out;
    }

    /** Ids of the things in {@link #rich}. */
    record Ids(long image0, long image1, long image2, long car, long wheel, long carBox, long carPolygon,
               long wheelPart, long promptRecord, long caption, long phrase, long expression) {
    }

    /**
     * A project with 3 images, labels car and wheel (part of car), on image 0: a car box, a car polygon, a wheel
     * part of the box (made by a model, with a prompt record), a caption with one phrase on the box and the wheel,
     * and a referring expression targeting the box.
     */
    static Ids rich(ProjectStore store) throws StoreException {
        List<ImageRecord> images = store.apply(new AddImages(images(3)));
        Category car = store.apply(new AddCategory(Category.named("car")));
        Category wheel = store.apply(new AddCategory(new Category(0, "wheel", "#112233", car.id(), "vehicle")));
        long image = images.get(0).id();
        Annotation box = store.apply(new AddAnnotation(Annotation.of(image, car.id(), new Box(1, 2, 30, 20))));
        Annotation polygon = store.apply(new AddAnnotation(Annotation.of(image, car.id(),
                Polygon.of(0, 0, 10, 0, 10, 10))));
        RandomShapes shapes = new RandomShapes(5);
        PromptRecord record = shapes.promptRecord(0, image);
        Annotation part = store.apply(new AddAnnotation(new Annotation(0, image, wheel.id(),
                shapes.mask(images.get(0).height(), images.get(0).width()), 0.87, Source.model("sam2.1-tiny", "1"),
                Review.SUGGESTED, false, Map.of("occluded", "no"), box.id(), null), record));
        Caption caption = store.apply(new AddCaption(new Caption(0, image, "a red car with a wheel", null)));
        GroundedPhrase phrase = store.apply(new AddPhrase(new GroundedPhrase(0, caption.id(), 2, 9,
                List.of(box.id(), part.id()))));
        ReferringExpression expression = store.apply(new AddExpression(new ReferringExpression(0, image,
                "the red car", List.of(box.id()), "attribute")));
        return new Ids(image, images.get(1).id(), images.get(2).id(), car.id(), wheel.id(), box.id(), polygon.id(),
                part.id(), part.promptRecordId(), caption.id(), phrase.id(), expression.id());
    }

    /**
     * Makes a folder unwritable for the test process: chmod for ordinary users, the immutable attribute for root
     * (root ignores permission bits). Skips the test when neither is possible.
     */
    static AutoCloseable readOnlyFolder(Path dir) throws IOException, InterruptedException {
        if (!"root".equals(System.getProperty("user.name"))) {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
            return () -> Files.setPosixFilePermissions(dir,
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Process p = new ProcessBuilder("chattr", "+i", dir.toString()).redirectErrorStream(true).start();
        boolean ok = p.waitFor() == 0;
        Assumptions.assumeTrue(ok && !Files.isWritable(dir), "cannot make a folder read-only here");
        return () -> new ProcessBuilder("chattr", "-i", dir.toString()).start().waitFor();
    }
}
