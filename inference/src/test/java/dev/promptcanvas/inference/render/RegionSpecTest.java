package dev.promptcanvas.inference.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionSpecTest {

    @Test
    void parsesEveryKind() {
        List<Geometry> g = RegionSpec.parse("[{\"box\":[30,40,10,20]},{\"polygon\":[0,0,10,0,10,10]},"
                + "{\"mask\":{\"size\":[4,4],\"counts\":\"52203\"}},{\"point\":[5,6]},{\"ellipse\":[5,5,3,2,30]},"
                + "{\"polygon\":[[0,0,10,0,10,10,0,10],[2,2,4,2,4,4]]},{\"mask\":{\"size\":[2,3],\"counts\":[0,3,3]}}]");
        assertThat(g.get(0)).isEqualTo(new Box(10, 20, 30, 40));
        assertThat(g.get(1)).isInstanceOf(Polygon.class);
        assertThat(((Mask) g.get(2)).area()).isEqualTo(4);
        assertThat(g.get(3)).isEqualTo(new Point(5, 6));
        assertThat(g.get(4)).isEqualTo(new Ellipse(5, 5, 3, 2, 30));
        assertThat(((Polygon) g.get(5)).hasHoles()).isTrue();
        assertThat(((Mask) g.get(6)).area()).isEqualTo(3);
        assertThat(RegionSpec.parse("{\"point\":[1,2]}")).containsExactly(new Point(1, 2));
    }

    @Test
    void errorsNameTheRegionAndTheField() {
        assertThatThrownBy(() -> RegionSpec.parse("[{\"box\":[1,2,3,4]},{\"box\":[1,2,3]}]"))
                .hasMessage("region[1].box: expected 4 numbers, got 3");
        assertThatThrownBy(() -> RegionSpec.parse("{\"box\":[1,\"a\",3,4]}")).hasMessage("region.box[1]: not a number (\"a\")");
        assertThatThrownBy(() -> RegionSpec.parse("{\"circle\":[1,2]}")).hasMessageContaining("expected exactly one of");
        assertThatThrownBy(() -> RegionSpec.parse("{\"box\":[1,2")).hasMessageStartingWith("region: not valid JSON");
        assertThatThrownBy(() -> RegionSpec.parse("{\"mask\":{\"size\":[4,4]}}")).hasMessage("region.mask.counts: missing");
        assertThatThrownBy(() -> RegionSpec.parse("{\"mask\":{\"size\":[4,4],\"counts\":[1,2]}}"))
                .hasMessageStartingWith("region.mask: RLE counts add up to 3");
        assertThatThrownBy(() -> RegionSpec.parse("[]")).hasMessage("region: the array is empty");
    }
}
