package dev.promptcanvas.annotations.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceTest {

    @Test
    void textRoundTrip() {
        assertThat(Source.parse("human").isHuman()).isTrue();
        Source s = Source.model("sam2.1-tiny", "1.0");
        assertThat(s.toText()).isEqualTo("model:sam2.1-tiny@1.0");
        assertThat(Source.parse(s.toText())).isEqualTo(s);
        assertThatThrownBy(() -> Source.parse("robot")).hasMessageContaining("expected 'human'");
    }

    @Test
    void categoriesGetAStableDefaultColour() {
        assertThat(Category.named("cat").color()).isEqualTo(Category.named("cat").color()).matches("#[0-9a-f]{6}");
        assertThat(new Category(0, "dog", "#ABCDEF", null, null).color()).isEqualTo("#ABCDEF");
    }
}
