package dev.promptcanvas.inference.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Polygon;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisualPromptStyleTest {

    @Test
    void idsAreUniqueAndResolve() {
        assertThat(new HashSet<>(VisualPromptStyle.ids())).hasSize(VisualPromptStyle.values().length);
        for (VisualPromptStyle s : VisualPromptStyle.values()) {
            assertThat(VisualPromptStyle.byId(s.id())).contains(s);
            assertThat(VisualPromptStyle.byId(s.id().toUpperCase().replace('-', '_'))).contains(s);
            assertThat(s.description()).isNotBlank();
        }
        assertThat(VisualPromptStyle.byId("nope")).isEmpty();
        assertThat(VisualPromptStyle.ids()).contains("vip-rectangle", "vip-constant-rectangle", "fgvp-blur-reverse",
                "som", "falip-patch");
    }

    @Test
    void everyStyleRendersAPhraseForEveryRegionAnARgbImage() {
        BufferedImage argb = new BufferedImage(120, 90, BufferedImage.TYPE_INT_ARGB);
        Geometry region = Polygon.of(20, 15, 100, 20, 90, 80, 30, 70);
        for (VisualPromptStyle s : VisualPromptStyle.values()) {
            RenderResult r = VisualPromptRenderer.render(s, argb, List.of(region), RenderOptions.defaults());
            assertThat(r.image().getType()).as(s.id()).isEqualTo(BufferedImage.TYPE_INT_RGB);
            assertThat(r.marks()).hasSize(1);
            assertThat(r.phrase()).as(s.id()).isNotBlank();
            assertThat(r.style()).isEqualTo(s);
            if (!s.isCrop()) {
                assertThat(r.image().getWidth()).isEqualTo(120);
            } else {
                assertThat(r.crop()).isNotNull();
            }
        }
    }

    @Test
    void coloursParseByNameOrHex() {
        assertThat(PromptColors.parse("Lime").rgb()).isEqualTo(0x00FF00);
        assertThat(PromptColors.parse("#0A0b0C").rgb()).isEqualTo(0x0A0B0C);
        assertThat(PromptColors.VIP).extracting(PromptColor::name).containsExactly("red", "lime", "blue", "yellow",
                "fuchsia", "aqua", "orange", "purple", "gold");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PromptColors.parse("mauve"))
                .hasMessageContaining("colour 'mauve'");
    }
}
