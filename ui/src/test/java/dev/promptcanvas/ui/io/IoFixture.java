package dev.promptcanvas.ui.io;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.store.AddAnnotation;
import dev.promptcanvas.annotations.store.AddCategory;
import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.inference.imageio.ProjectInitializer;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** A real project for the import/export dialog tests: four 64 x 48 PNGs, each with one "cat" box. */
final class IoFixture {

    static final int IMAGES = 4;

    final ProjectStore store;
    final Category cat;

    IoFixture(Path dir) throws Exception {
        for (int i = 0; i < IMAGES; i++) {
            BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
            img.setRGB(i, i, 0xFF0000);
            ImageIO.write(img, "png", dir.resolve("img" + i + ".png").toFile());
        }
        ProjectInitializer.initialize(dir);
        store = ProjectStore.open(dir);
        cat = store.apply(new AddCategory(Category.named("cat")));
        for (ImageRecord image : store.images()) {
            store.apply(new AddAnnotation(Annotation.of(image.id(), cat.id(), new Box(2, 3, 20, 30))));
        }
    }

    /** Annotations over all images of the project. */
    int annotationCount() {
        return store.images().stream().mapToInt(i -> store.annotations(i.id()).size()).sum();
    }

    static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(10, TimeUnit.SECONDS);
    }

    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    /** Waits until {@code done} holds on the FX thread (30 s at most). */
    static void await(Callable<Boolean> done) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(done));
    }
}
