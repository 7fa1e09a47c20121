package dev.promptcanvas.annotations.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.formats.coco.CocoFormat;
import dev.promptcanvas.annotations.formats.labelme.LabelMeFormat;
import org.junit.jupiter.api.Test;

class FormatRegistryTest {

    @Test
    void cocoAndLabelMeAreRegistered() {
        assertThat(FormatRegistry.find("coco")).get().isInstanceOf(CocoFormat.class);
        assertThat(FormatRegistry.find("LabelMe")).get().isInstanceOf(LabelMeFormat.class);
        assertThat(FormatRegistry.names()).contains("coco", "labelme");
        assertThat(FormatRegistry.find("no-such-format")).isEmpty();
    }

    @Test
    void bothReadAndWrite() {
        for (String name : new String[] {"coco", "labelme"}) {
            DatasetFormat f = FormatRegistry.find(name).orElseThrow();
            assertThat(f.name()).isEqualTo(name);
            assertThat(f.canRead()).isTrue();
            assertThat(f.canWrite()).isTrue();
            assertThat(f.description()).isNotBlank();
        }
    }
}
