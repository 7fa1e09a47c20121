package dev.promptcanvas.inference.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Polygon;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pixel-exact regression checks for the deterministic (constant, Set-of-Mark) styles against small committed PNGs
 * in {@code src/test/resources/render}. The PNGs were inspected by eye when made; to remake them after an intended
 * change run with {@code -Dpromptcanvas.updateGoldens=true} and inspect them again.
 */
class GoldenRenderTest {

    private static final List<Geometry> REGIONS = List.of(Polygon.of(20, 12, 70, 16, 78, 52, 30, 56),
            new Box(4, 4, 24, 20));

    @ParameterizedTest
    @ValueSource(strings = {"vip-constant-rectangle", "vip-constant-arrow", "vip-constant-mask-contour",
        "vip-constant-point", "som"})
    void matchesGolden(String id) throws IOException {
        VisualPromptStyle style = VisualPromptStyle.byId(id).orElseThrow();
        BufferedImage input = TestImages.textured(96, 64);
        List<Geometry> regions = style == VisualPromptStyle.SOM ? REGIONS : REGIONS.subList(0, 1);
        BufferedImage actual = VisualPromptRenderer.render(style, input, regions, RenderOptions.defaults()).image();
        String name = "golden-" + id + ".png";
        if (Boolean.getBoolean("promptcanvas.updateGoldens")) {
            Path dir = Path.of("src/test/resources/render");
            Files.createDirectories(dir);
            ImageIO.write(actual, "png", dir.resolve(name).toFile());
        }
        BufferedImage expected;
        try (InputStream in = getClass().getResourceAsStream("/render/" + name)) {
            assertThat(in).as("golden %s missing", name).isNotNull();
            expected = ImageIO.read(in);
        }
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        int diff = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                if ((actual.getRGB(x, y) & 0xFFFFFF) != (expected.getRGB(x, y) & 0xFFFFFF)) {
                    diff++;
                }
            }
        }
        assertThat(diff).as("pixels differing from %s", name).isZero();
    }
}
