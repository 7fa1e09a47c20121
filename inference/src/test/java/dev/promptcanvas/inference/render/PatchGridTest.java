package dev.promptcanvas.inference.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptcanvas.annotations.geometry.Box;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatchGridTest {

    @Test
    void leftHalfOf336ImageTurnsOnTwelveColumns() {
        PatchGrid g = PatchGrid.of(new Box(0, 0, 168, 336), 336, 336, PatchGridOptions.defaults());
        assertThat(g.size()).isEqualTo(24);
        for (int row = 0; row < 24; row++) {
            for (int col = 0; col < 24; col++) {
                assertThat(g.isOn(row, col)).isEqualTo(col < 12);
            }
        }
        assertThat(g.onCount()).isEqualTo(12 * 24);
    }

    @Test
    void thresholdDecidesPartialPatches() {
        // x from 0 to 21 covers patch column 0 fully and column 1 at 7/14 = 0.5
        PatchGrid half = PatchGrid.of(new Box(0, 0, 21, 14), 336, 336, PatchGridOptions.defaults());
        assertThat(half.isOn(0, 0)).isTrue();
        assertThat(half.isOn(0, 1)).isTrue();
        assertThat(half.share(0, 1)).isEqualTo(0.5);
        PatchGrid strict = PatchGrid.of(new Box(0, 0, 21, 14), 336, 336, new PatchGridOptions(24, 0.6, false));
        assertThat(strict.isOn(0, 1)).isFalse();
        assertThat(strict.onCount()).isEqualTo(1);
    }

    @Test
    void aTinyRegionStillTurnsOnItsBestPatch() {
        PatchGrid g = PatchGrid.of(new Box(100, 100, 102, 102), 336, 336, PatchGridOptions.defaults());
        assertThat(g.onCount()).isEqualTo(1);
        assertThat(g.isOn(100 / 14, 100 / 14)).isTrue();
    }

    @Test
    void centreCropIgnoresTheCroppedSides() {
        // 672 x 336: the centre crop is x in [168, 504); a box left of it is outside the grid
        PatchGrid outside = PatchGrid.of(new Box(0, 0, 160, 336), 672, 336, new PatchGridOptions(24, 0.5, true));
        assertThat(outside.onCount()).isZero();
        PatchGrid inside = PatchGrid.of(new Box(168, 0, 336, 336), 672, 336, new PatchGridOptions(24, 0.5, true));
        assertThat(inside.isOn(5, 11)).isTrue();
        assertThat(inside.isOn(5, 12)).isFalse();
    }

    @Test
    void jsonAndImageCarryTheCells() {
        PatchGrid g = PatchGrid.of(new Box(0, 0, 14, 28), 336, 336, PatchGridOptions.defaults());
        ObjectNode json = g.toJson(new ObjectMapper());
        assertThat(json.get("grid").toString()).isEqualTo("[24,24]");
        assertThat(json.get("cells").get(1).get(0).asInt()).isEqualTo(1);
        assertThat(json.get("cells").get(2).get(0).asInt()).isEqualTo(0);
        assertThat(json.get("indices").toString()).isEqualTo("[0,24]");
        BufferedImage img = g.toImage(3);
        assertThat(img.getWidth()).isEqualTo(72);
        assertThat(img.getRGB(1, 4) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(img.getRGB(4, 1) & 0xFFFFFF).isEqualTo(0);
    }

    @Test
    void falipStyleTintsTheOnPatchesAndReturnsTheGrid() {
        BufferedImage image = TestImages.uniform(336, 336, 0x808080);
        RenderResult r = VisualPromptRenderer.render(VisualPromptStyle.FALIP_PATCH, image,
                List.of(new Box(0, 0, 168, 336)), RenderOptions.defaults());
        assertThat(r.patchGrid().onCount()).isEqualTo(288);
        assertThat(TestImages.rgb(r.image(), 10, 10)).isEqualTo(TestImages.expectedBlend(0x808080, 0xFF0000, 110));
        assertThat(TestImages.rgb(r.image(), 300, 10)).isEqualTo(0x808080);
    }
}
