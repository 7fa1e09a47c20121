package dev.promptcanvas.ui.thumbnails;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.model.ImageRecord;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class ThumbnailSlotTest {

    @TempDir
    Path project;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aReusedSlotShowsOnlyTheThumbnailOfItsCurrentImage() throws Exception {
        Path wide = ThumbnailCacheTest.writeImage(project.resolve("wide.png"), 400, 100, "png");
        Path tall = ThumbnailCacheTest.writeImage(project.resolve("tall.png"), 100, 400, "png");
        ImageRecord a = new ImageRecord(1, "wide.png", 400, 100, "");
        ImageRecord b = new ImageRecord(2, "tall.png", 100, 400, "");
        try (ThumbnailCache cache = new ThumbnailCache(project, 64)) {
            ThumbnailSlot slot = WaitForAsyncUtils.asyncFx(() -> new ThumbnailSlot(cache)).get();
            WaitForAsyncUtils.asyncFx(() -> {
                slot.show(a, wide);
                slot.show(b, tall);
            }).get();
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> slot.image() != null);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(slot.shown()).isEqualTo(b);
            assertThat(slot.image().getHeight()).as("the tall image's thumbnail").isEqualTo(64);
            assertThat(slot.image().getWidth()).isEqualTo(16);
            WaitForAsyncUtils.asyncFx(() -> slot.show(null, null)).get();
            assertThat(slot.image()).isNull();
        }
    }
}
