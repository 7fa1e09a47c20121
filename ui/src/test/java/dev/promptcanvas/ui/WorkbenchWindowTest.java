package dev.promptcanvas.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.inference.imageio.ProjectInitializer;
import dev.promptcanvas.ui.viewer.Viewport;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real workbench window with the mouse and keyboard (headless Monocle) on a real SQLite project. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {

    private Path project;
    private ProjectStore store;
    private WorkbenchWindow window;
    private Stage stage;

    private final WorkbenchActions.Host host = new WorkbenchActions.Host() {
        @Override
        public void openFolderDialog() {
        }

        @Override
        public void open(Path p) {
        }

        @Override
        public List<Path> recentProjects() {
            return List.of();
        }

        @Override
        public void toggleTheme() {
        }

        @Override
        public void quit() {
        }
    };

    @org.junit.jupiter.api.BeforeAll
    static void isolateUserFolders() throws Exception {
        System.setProperty("promptcanvas.user.home", Files.createTempDirectory("pc-ui-home").toString());
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        project = Files.createTempDirectory("pc-ui-test");
        writeImage(project.resolve("a.png"), 400, 300);
        writeImage(project.resolve("b.png"), 320, 240);
        ProjectInitializer.initialize(project);
        store = ProjectStore.open(project);
        show();
    }

    private void show() {
        window = new WorkbenchWindow(store, host);
        Scene scene = new Scene(window.root(), 1200, 800);
        stage.setScene(scene);
        window.attach(scene);
        stage.show();
    }

    @AfterEach
    void closeStore() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.dispose();
            store.close();
        }).get(10, TimeUnit.SECONDS);
    }

    /** A gradient with a bright disc of radius 50 at (200, 150): something for a segmenter to find. */
    private static void writeImage(Path file, int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean disc = Math.hypot(x - 200, y - 150) < 50;
                img.setRGB(x, y, disc ? 0xf0e040 : ((x * 120 / w) << 16) | ((y * 120 / h) << 8) | 90);
            }
        }
        ImageIO.write(img, "png", file.toFile());
    }

    private void waitForImage(String name) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.viewer().image() != null
                && window.session().currentImageProperty().get() != null
                && window.session().currentImageProperty().get().fileName().equals(name));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D screen(double ix, double iy) {
        Viewport v = window.viewer().viewport();
        return window.viewer().localToScreen(v.toScreenX(ix), v.toScreenY(iy));
    }

    private ImageRecord current() {
        return window.session().currentImageProperty().get();
    }

    private List<Annotation> stored() {
        return store.annotations(current().id());
    }

    private void addLabel(FxRobot robot, String name) {
        robot.type(KeyCode.Q);
        robot.clickOn("#label-picker-filter").write(name).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void boxDrawnUnderZoomAndPanLandsOnImagePixels(FxRobot robot) throws Exception {
        waitForImage("a.png");
        addLabel(robot, "cat");
        // TestFX's Monocle robot sends DOWN as a positive wheel delta, which a real wheel sends when turned away
        // from the user, i.e. zoom in.
        robot.moveTo(screen(200, 150)).scroll(3, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.viewer().viewport().scale()).isGreaterThan(1.5);
        Point2D from = screen(150, 120);
        robot.moveTo(from).press(MouseButton.MIDDLE).moveBy(-60, -40).release(MouseButton.MIDDLE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.B);
        robot.moveTo(screen(120, 100)).press(MouseButton.PRIMARY).moveTo(screen(180, 130))
                .moveTo(screen(220, 160)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        List<Annotation> anns = stored();
        assertThat(anns).hasSize(1);
        Box b = (Box) anns.get(0).geometry();
        double tolerance = 1.5 / window.viewer().viewport().scale();
        assertThat(b.x1()).isCloseTo(120, within(tolerance));
        assertThat(b.y1()).isCloseTo(100, within(tolerance));
        assertThat(b.x2()).isCloseTo(220, within(tolerance));
        assertThat(b.y2()).isCloseTo(160, within(tolerance));
        assertThat(store.categoryByName("cat")).isPresent();
        assertThat(anns.get(0).categoryId()).isEqualTo(store.categoryByName("cat").get().id());
    }

    @Test
    void polygonIsDrawnClosedAndEdited(FxRobot robot) throws Exception {
        waitForImage("a.png");
        addLabel(robot, "roof");
        robot.type(KeyCode.P);
        double[][] pts = {{50, 50}, {150, 50}, {150, 120}, {50, 120}};
        for (double[] p : pts) {
            robot.clickOn(screen(p[0], p[1]));
        }
        robot.clickOn(screen(51, 51));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).hasSize(1);
        Polygon poly = (Polygon) stored().get(0).geometry();
        assertThat(poly.parts().get(0).shell().size()).isEqualTo(4);

        robot.type(KeyCode.V);
        robot.clickOn(screen(100, 80));
        robot.moveTo(screen(150, 120)).press(MouseButton.PRIMARY).moveTo(screen(170, 140))
                .moveTo(screen(180, 150)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Polygon moved = (Polygon) stored().get(0).geometry();
        double tol = 1.5 / window.viewer().viewport().scale();
        assertThat(moved.parts().get(0).shell().x(2)).isCloseTo(180, within(tol));
        assertThat(moved.parts().get(0).shell().y(2)).isCloseTo(150, within(tol));

        robot.doubleClickOn(screen(100, 50));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((Polygon) stored().get(0).geometry()).parts().get(0).shell().size()).isEqualTo(5);
    }

    @Test
    void brushPaintsAndEraserRemovesMaskPixels(FxRobot robot) throws Exception {
        waitForImage("a.png");
        addLabel(robot, "sky");
        robot.type(KeyCode.R);
        robot.moveTo(screen(60, 60)).press(MouseButton.PRIMARY).moveTo(screen(120, 60)).moveTo(screen(200, 60))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).hasSize(1);
        long painted = ((Mask) stored().get(0).geometry()).area();
        assertThat(painted).isGreaterThan(140 * 15);

        robot.type(KeyCode.E);
        robot.moveTo(screen(130, 40)).press(MouseButton.PRIMARY).moveTo(screen(130, 60)).moveTo(screen(130, 80))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        long erased = ((Mask) stored().get(0).geometry()).area();
        assertThat(erased).isLessThan(painted).isGreaterThan(painted / 2);
        robot.type(KeyCode.CLOSE_BRACKET);
        assertThat(window.session().messageProperty().get()).contains("Brush radius");
    }

    @Test
    void undoRedoAndImageSwitchingByKeyboard(FxRobot robot) throws Exception {
        waitForImage("a.png");
        addLabel(robot, "thing");
        robot.type(KeyCode.B);
        robot.drag(screen(20, 20), MouseButton.PRIMARY).dropTo(screen(80, 90));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).hasSize(1);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).isEmpty();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).hasSize(1);

        robot.type(KeyCode.D);
        waitForImage("b.png");
        assertThat(window.session().currentAnnotations()).isEmpty();
        robot.type(KeyCode.A);
        waitForImage("a.png");
        assertThat(window.session().currentAnnotations()).hasSize(1);

        robot.clickOn(screen(50, 50));
        robot.type(KeyCode.V);
        robot.clickOn(screen(50, 50));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).isEmpty();
    }

    @Test
    void escapeCancelsAShapeAndLabelKeysPickLabels(FxRobot robot) throws Exception {
        waitForImage("a.png");
        addLabel(robot, "first");
        addLabel(robot, "second");
        robot.type(KeyCode.DIGIT1);
        assertThat(window.session().currentCategoryProperty().get().name()).isEqualTo("first");
        robot.type(KeyCode.P);
        robot.clickOn(screen(10, 10)).clickOn(screen(60, 10));
        robot.type(KeyCode.ESCAPE);
        robot.clickOn(screen(60, 60));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored()).isEmpty();
        assertThat(window.session().messageProperty().get()).contains("at least 3");
    }

    @Test
    void everythingIsThereAfterReopening(FxRobot robot) throws Exception {
        waitForImage("a.png");
        addLabel(robot, "kept");
        robot.type(KeyCode.B);
        robot.drag(screen(30, 30), MouseButton.PRIMARY).dropTo(screen(90, 70));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            window.dispose();
            store.close();
            try {
                store = ProjectStore.open(project);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            show();
        }).get(10, TimeUnit.SECONDS);
        waitForImage("a.png");
        assertThat(window.session().currentAnnotations()).hasSize(1);
        assertThat(store.categoryByName("kept")).isPresent();
        assertThat(store.canUndo()).isTrue();
    }

    @Test
    void promptInspectorShowsEncodingsAndRendersOfTheSelection(FxRobot robot) throws Exception {
        waitForImage("a.png");
        addLabel(robot, "region");
        robot.type(KeyCode.B);
        robot.drag(screen(100, 60), MouseButton.PRIMARY).dropTo(screen(300, 200));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Prompt inspector");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".render-thumb").queryAll().size()
                == dev.promptcanvas.inference.render.VisualPromptStyle.values().length);
        javafx.scene.control.TextArea kosmos = robot.lookup("#encoding-kosmos2").queryAs(
                javafx.scene.control.TextArea.class);
        Box b = (Box) stored().get(0).geometry();
        int ul = (int) Math.floor(b.y1() / 300 * 32) * 32 + (int) Math.floor(b.x1() / 400 * 32);
        assertThat(kosmos.getText()).contains(String.format("<patch_index_%04d>", ul)).contains("region");
        assertThat(robot.lookup("#encoding-rexseek").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("<obj0>");
    }

    @Test
    void promptBoxGivesAMaskThatEnterAcceptsWithItsPromptRecord(FxRobot robot) throws Exception {
        waitForImage("a.png");
        addLabel(robot, "disc");
        robot.type(KeyCode.X);
        robot.drag(screen(140, 90), MouseButton.PRIMARY).dropTo(screen(260, 210));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> window.segmentation().previewProperty().get() != null);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<Annotation> anns = stored();
        assertThat(anns).hasSize(1);
        Mask m = (Mask) anns.get(0).geometry();
        double discArea = Math.PI * 50 * 50;
        assertThat((double) m.area()).isBetween(discArea * 0.8, discArea * 1.2);
        assertThat(anns.get(0).source().isHuman()).isFalse();
        assertThat(anns.get(0).source().modelId()).isEqualTo("classic");
        var record = store.promptRecord(anns.get(0).promptRecordId()).orElseThrow();
        assertThat(record.prompts()).singleElement()
                .isInstanceOf(dev.promptcanvas.annotations.prompt.BoxPrompt.class);
        assertThat(window.session().latencyProperty().get()).contains("decoder");
    }

    @Test
    void aPolygonIsDerivedFromAMaskWhichStays(FxRobot robot) throws Exception {
        waitForImage("a.png");
        addLabel(robot, "blob");
        robot.type(KeyCode.R);
        robot.moveTo(screen(100, 100)).press(MouseButton.PRIMARY).moveTo(screen(150, 110)).moveTo(screen(200, 100))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#polygon-from-mask");
        WaitForAsyncUtils.waitForFxEvents();
        List<Annotation> anns = stored();
        assertThat(anns).hasSize(2);
        assertThat(anns).extracting(a -> a.geometry().kind()).containsExactlyInAnyOrder("mask", "polygon");
        Annotation polygon = anns.stream().filter(a -> a.geometry() instanceof Polygon).findFirst().orElseThrow();
        Annotation mask = anns.stream().filter(a -> a.geometry() instanceof Mask).findFirst().orElseThrow();
        assertThat(polygon.attributes()).containsEntry("derived-from", Long.toString(mask.id()));
        double iou = dev.promptcanvas.annotations.mask.MaskOps.iou(((Mask) mask.geometry()).rle(),
                dev.promptcanvas.annotations.mask.PolygonRasterizer.rasterize((Polygon) polygon.geometry(), 300, 400));
        assertThat(iou).isGreaterThan(0.9);
    }

    @Test
    void preEncodeAllRunsWithProgressAndFinishes(FxRobot robot) throws Exception {
        waitForImage("a.png");
        WaitForAsyncUtils.asyncFx(() -> window.preEncodeAll()).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> window.session().messageProperty().get().contains("Pre-encoding all images: done"));
    }

    @Test
    void ctrlDMarksTheImageDoneAndTheFilterFindsIt(FxRobot robot) throws Exception {
        waitForImage("a.png");
        robot.press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.imageSummary(current().id()).orElseThrow().status())
                .isEqualTo(dev.promptcanvas.annotations.store.ImageStatus.DONE);
        robot.clickOn(".combo-box").clickOn("Show: done");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> list = robot.lookup("#image-list").queryAs(javafx.scene.control.ListView.class);
        assertThat(list.getItems()).hasSize(1);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(store.imageSummary(current().id()).orElseThrow().done()).isFalse();
    }
}
