package dev.promptcanvas.ui.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.ui.viewer.tiles.TiledImageSource;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The viewer's layers (image, annotations, live) show what they should after changes, pans and zooms. */
class ImageViewerLayersTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void startFx() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
    }

    private static ImageViewer viewer(int w, int h) throws Exception {
        return fx(() -> {
            ImageViewer v = new ImageViewer();
            new Scene(v, w, h);
            v.applyCss();
            v.layout();
            return v;
        });
    }

    private static WritableImage grey(int w, int h) {
        WritableImage image = new WritableImage(w, h);
        int[] px = new int[w * h];
        java.util.Arrays.fill(px, 0xFF808080);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), px, 0, w);
        return image;
    }

    /** A 400 × 300 viewer showing a grey image with one red square annotation (100..200 on both axes). */
    private static ImageViewer viewerWithARedSquare() throws Exception {
        ImageViewer v = viewer(400, 300);
        Annotation square = new Annotation(1, 1, 1, Polygon.of(100, 100, 200, 100, 200, 200, 100, 200), null, null,
                null, false, null, null, null);
        fx(() -> {
            v.show(grey(400, 300), null);
            v.setAnnotations(List.of(square), Set.of(), id -> Color.RED);
            return null;
        });
        return v;
    }

    /** Repaints everything, snapshots again and counts the pixels that differ from {@code shot}. */
    private static int differingFromAFullRepaint(ImageViewer v, WritableImage shot) throws Exception {
        WritableImage full = fx(() -> {
            v.paintNow(true);
            return v.snapshot(null, null);
        });
        int differing = 0;
        for (int y = 0; y < (int) full.getHeight(); y++) {
            for (int x = 0; x < (int) full.getWidth(); x++) {
                if (shot.getPixelReader().getArgb(x, y) != full.getPixelReader().getArgb(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }

    private static Color at(ImageViewer v, double imageX, double imageY) throws Exception {
        return fx(() -> {
            WritableImage shot = v.snapshot(null, null);
            return shot.getPixelReader().getColor((int) v.viewport().toScreenX(imageX),
                    (int) v.viewport().toScreenY(imageY));
        });
    }

    @Test
    void annotationsFollowChangesAndPansAndAreRepaintedOnceThePanSettles() throws Exception {
        ImageViewer v = viewerWithARedSquare();
        fx(() -> {
            v.paintNow(false);
            return null;
        });
        Color inside = at(v, 150, 150);
        assertThat(inside.getRed()).isGreaterThan(inside.getBlue() + 0.1);
        assertThat(at(v, 300, 250)).isEqualTo(Color.gray(128 / 255.0));

        fx(() -> {
            v.viewport().panBy(-120, -80);
            v.paintNow(false);
            return null;
        });
        Color moved = at(v, 150, 150);
        assertThat(moved.getRed()).as("the annotation layer moved with the pan").isGreaterThan(moved.getBlue() + 0.1);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Color settled = at(v, 150, 150);
        assertThat(settled.getRed()).isGreaterThan(settled.getBlue() + 0.1);

        fx(() -> {
            v.setAnnotations(List.of(), Set.of(), id -> Color.RED);
            v.paintNow(false);
            return null;
        });
        assertThat(at(v, 150, 150)).as("a removed annotation is gone").isEqualTo(Color.gray(128 / 255.0));
    }

    @Test
    void anEditRepaintsOnlyItsRegionAndGivesTheSamePixelsAsAFullRepaint() throws Exception {
        ImageViewer v = viewer(480, 360);
        java.util.Random rnd = new java.util.Random(3);
        List<Annotation> list = new java.util.ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            double cx = rnd.nextDouble() * 600;
            double cy = rnd.nextDouble() * 450;
            double r = 4 + rnd.nextDouble() * 40;
            list.add(new Annotation(i, 1, 1 + rnd.nextInt(4), Polygon.of(cx - r, cy, cx, cy - r, cx + r, cy + r * 0.5,
                    cx - r * 0.3, cy + r), null, null, null, false, null, null, null));
        }
        Color[] palette = {Color.RED, Color.LIME, Color.BLUE, Color.ORANGE, Color.MAGENTA};
        fx(() -> {
            v.show(grey(600, 450), null);
            v.setAnnotations(list, Set.of(), id -> palette[(int) id]);
            v.paintNow(true);
            return null;
        });
        // move one, delete one, hide one, add one, recolour the category of a fourth: each a small region
        List<Annotation> edited = new java.util.ArrayList<>(list);
        Annotation moved = edited.get(10);
        edited.set(10, new Annotation(moved.id(), 1, moved.categoryId(),
                ((Polygon) moved.geometry()).translate(35, -20), null, null, null, false, null, null, null));
        edited.remove(50);
        edited.add(new Annotation(999, 1, 2, Polygon.of(300, 200, 360, 210, 330, 260), null, null, null, false,
                null, null, null));
        long hiddenId = edited.get(120).id();
        LayerChanges.Result change = LayerChanges.between(
                LayerChanges.State.of(list, Set.of(), id -> palette[(int) id]),
                LayerChanges.State.of(edited, Set.of(hiddenId), id -> palette[(int) id]));
        assertThat(change.all()).isFalse();
        assertThat(change.region()).isNotNull();
        WritableImage partial = fx(() -> {
            v.setAnnotations(edited, Set.of(hiddenId), id -> palette[(int) id]);
            v.paintNow(false);
            return v.snapshot(null, null);
        });
        assertThat(differingFromAFullRepaint(v, partial))
                .as("pixels where the partial repaint differs from a full one").isZero();

        // recolouring a category touches every annotation of it: the whole layer is repainted
        assertThat(LayerChanges.between(LayerChanges.State.of(edited, Set.of(), id -> palette[(int) id]),
                LayerChanges.State.of(edited, Set.of(), id -> palette[(int) (id + 1) % palette.length])).all()).isTrue();
        // reordering kept annotations changes what is on top: the whole layer too
        List<Annotation> reordered = new java.util.ArrayList<>(edited);
        java.util.Collections.swap(reordered, 3, 4);
        assertThat(LayerChanges.between(LayerChanges.State.of(edited, Set.of(), id -> palette[(int) id]),
                LayerChanges.State.of(reordered, Set.of(), id -> palette[(int) id])).all()).isTrue();
    }

    @Test
    void manyAnnotationsAreRepaintedProgressivelyAfterAPanAndEndAsAFullRepaintWould() throws Exception {
        ImageViewer v = viewer(480, 360);
        java.util.Random rnd = new java.util.Random(5);
        List<Annotation> list = new java.util.ArrayList<>();
        int count = AnnotationLayer.PROGRESSIVE_MIN + 200;
        for (int i = 1; i <= count; i++) {
            double cx = rnd.nextDouble() * 600;
            double cy = rnd.nextDouble() * 450;
            double r = 3 + rnd.nextDouble() * 12;
            list.add(new Annotation(i, 1, 1 + rnd.nextInt(3), Polygon.of(cx - r, cy, cx, cy - r, cx + r, cy,
                    cx, cy + r), null, null, null, false, null, null, null));
        }
        Color[] palette = {Color.RED, Color.LIME, Color.BLUE, Color.ORANGE};
        fx(() -> {
            v.show(grey(600, 450), null);
            v.setAnnotations(list, Set.of(), id -> palette[(int) id]);
            v.paintNow(true);
            v.viewport().panBy(-40, -30);
            v.paintNow(false);
            return null;
        });
        assertThat(fx(v::annotationsRepainting)).as("a repaint for the new view is to come").isTrue();
        // an edit while the view settles joins the repaint for the new view
        List<Annotation> edited = new java.util.ArrayList<>(list);
        edited.remove(7);
        fx(() -> {
            v.setAnnotations(edited, Set.of(), id -> palette[(int) id]);
            v.paintNow(false);
            return null;
        });
        long deadline = System.currentTimeMillis() + 20_000;
        while (fx(v::annotationsRepainting) && System.currentTimeMillis() < deadline) {
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }
        assertThat(fx(v::annotationsRepainting)).isFalse();
        assertThat(fx(() -> v.annotationLayer().progressiveRepaints())).isEqualTo(1);
        WritableImage progressive = fx(() -> v.snapshot(null, null));
        assertThat(differingFromAFullRepaint(v, progressive))
                .as("pixels where the progressive repaint differs from a full one").isZero();
    }

    @Test
    void hoveringWhileTheViewSettlesDoesNotPostponeTheRepaint() throws Exception {
        ImageViewer v = viewerWithARedSquare();
        fx(() -> {
            v.paintNow(true);
            v.viewport().zoomAt(200, 150, 1.2);
            v.paintNow(false);
            return null;
        });
        assertThat(fx(v::annotationsRepainting)).isTrue();
        // live-layer frames (hover, a tool's preview) every 20 ms for 0.6 s: the 150 ms wait must still end
        for (int i = 0; i < 30; i++) {
            fx(() -> {
                v.paintNow(false);
                return null;
            });
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(v::annotationsRepainting)).as("the layer was repainted for the new zoom").isFalse();
    }

    @Test
    void aTiledSourceIsShownAndClosedWhenAnotherImageReplacesIt() throws Exception {
        BufferedImage big = new BufferedImage(5000, 3500, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = big.createGraphics();
        g.setColor(new java.awt.Color(0, 200, 0));
        g.fillRect(0, 0, 5000, 3500);
        g.dispose();
        Path file = dir.resolve("big.png");
        ImageIO.write(big, "png", file.toFile());
        assertThat(TiledImageSource.needsTiles(5000, 3500)).isTrue();
        TiledImageSource source = TiledImageSource.open(file);
        ImageViewer v = viewer(500, 350);
        fx(() -> {
            v.showTiled(source);
            v.paintNow(false);
            return null;
        });
        assertThat(v.tiledSource()).isSameAs(source);
        assertThat(v.image()).isNull();
        assertThat(v.viewport().scale()).isEqualTo(0.1);
        assertThat(at(v, 2500, 1750)).isEqualTo(Color.rgb(0, 200, 0));
        fx(() -> {
            v.show(grey(10, 10), null);
            return null;
        });
        assertThat(v.tiledSource()).isNull();
        assertThat(source.overview()).isNotNull();
        source.request(List.of(new dev.promptcanvas.ui.viewer.tiles.TileKey(0, 0, 0)));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(source.cachedBytes()).as("a closed source decodes nothing").isZero();
    }
}
