package dev.promptcanvas.ui.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.formats.export.SplitRule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The split text of the export dialog: named and unnamed ratios, and every kind of bad input named. */
class SplitTextTest {

    @Test
    void namedRatiosKeepTheirOrderAndTheSeed() {
        SplitRule.Ratios r = SplitText.ratios(" train=0.8, val = 0.2 ", "7");
        assertThat(r.ratios()).containsExactly(Map.entry("train", 0.8), Map.entry("val", 0.2));
        assertThat(r.seed()).isEqualTo(7L);
    }

    @Test
    void unnamedRatiosAreTrainValTest() {
        SplitRule.Ratios r = SplitText.ratios("0.7,0.2,0.1", "42");
        assertThat(List.copyOf(r.ratios().keySet())).containsExactly("train", "val", "test");
        assertThat(r.ratios().get("test")).isEqualTo(0.1);
    }

    @Test
    void badInputSaysWhatIsWrong() {
        assertThatThrownBy(() -> SplitText.ratios("", "1")).hasMessageContaining("train=0.8,val=0.2");
        assertThatThrownBy(() -> SplitText.ratios("train=x", "1")).hasMessageContaining("'x' is not a number");
        assertThatThrownBy(() -> SplitText.ratios("a=0.5,a=0.5", "1")).hasMessageContaining("'a' is named twice");
        assertThatThrownBy(() -> SplitText.ratios("=0.5", "1")).hasMessageContaining("has no name");
        assertThatThrownBy(() -> SplitText.ratios("train=-1", "1")).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> SplitText.ratios("train=0,val=0", "1")).hasMessageContaining("sum to 0");
        assertThatThrownBy(() -> SplitText.ratios("train=1", "1.5")).hasMessageContaining("Split seed: '1.5'");
    }
}
