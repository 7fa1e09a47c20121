package dev.promptcanvas.annotations.formats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.formats.grit.GritFormat;
import dev.promptcanvas.annotations.formats.humanref.HumanRefFormat;
import dev.promptcanvas.annotations.formats.humanref.HumanRefPredictionsFormat;
import dev.promptcanvas.annotations.formats.kosmos2.Kosmos2Format;
import dev.promptcanvas.annotations.formats.odvg.OdvgFormat;
import dev.promptcanvas.annotations.formats.sa1b.Sa1bFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroundingFormatsRegistryTest {

    @Test
    void theGroundingFormatsAreRegisteredByName() {
        Map<String, Class<?>> expected = Map.of("grit", GritFormat.class, "kosmos2", Kosmos2Format.class,
                "humanref", HumanRefFormat.class, "humanref-pred", HumanRefPredictionsFormat.class,
                "odvg", OdvgFormat.class, "sa1b", Sa1bFormat.class);
        expected.forEach((name, type) -> {
            DatasetFormat f = FormatRegistry.find(name).orElseThrow();
            assertThat(f).isInstanceOf(type);
            assertThat(f.name()).isEqualTo(name);
            assertThat(f.canWrite()).isTrue();
            assertThat(f.canRead()).isEqualTo(!name.equals("humanref-pred"));
            assertThat(f.writesFolder()).isEqualTo(name.equals("sa1b"));
            assertThat(f.description()).isNotBlank();
            f.writeOptionHelp().forEach((k, v) -> assertThat(v).as(name + " " + k).isNotBlank());
        });
        assertThat(FormatRegistry.find("grit").orElseThrow().writeOptionHelp()).containsOnlyKeys("images", "clip");
        assertThat(FormatRegistry.find("odvg").orElseThrow().writeOptionHelp()).containsOnlyKeys("mode", "label_map");
    }
}
