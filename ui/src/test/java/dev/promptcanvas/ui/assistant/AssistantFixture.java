package dev.promptcanvas.ui.assistant;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.store.AddAnnotation;
import dev.promptcanvas.annotations.store.AddCategory;
import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.inference.imageio.ProjectInitializer;
import dev.promptcanvas.inference.vlm.VlmEndpoint;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** A real project for the assistant tests: one 640 x 480 image with a dark disc and three "person" boxes. */
final class AssistantFixture {

    final ProjectStore store;
    final ImageRecord image;
    final Category person;
    final List<Annotation> boxes = new ArrayList<>();

    AssistantFixture(Path dir) throws Exception {
        BufferedImage img = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 480; y++) {
            for (int x = 0; x < 640; x++) {
                boolean disc = Math.hypot(x - 320, y - 180) < 80;
                img.setRGB(x, y, disc ? 0x402010 : 0xDDDDDD);
            }
        }
        ImageIO.write(img, "png", dir.resolve("photo.png").toFile());
        ProjectInitializer.initialize(dir);
        store = ProjectStore.open(dir);
        image = store.images().get(0);
        person = store.apply(new AddCategory(Category.named("person")));
        for (Box b : List.of(new Box(10, 10, 100, 200), new Box(120, 20, 220, 220), new Box(230, 30, 310, 230))) {
            boxes.add(store.apply(new AddAnnotation(Annotation.of(image.id(), person.id(), b))));
        }
    }

    static VlmEndpoint endpoint(String baseUrl) {
        return new VlmEndpoint("local", URI.create(baseUrl), "test-model", null, null, null, Duration.ofSeconds(10),
                0);
    }

    static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(10, TimeUnit.SECONDS);
    }

    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }
}
