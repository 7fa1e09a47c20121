package dev.promptcanvas.annotations.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Point mode on a hand-made mask. The mask is 4 rows x 5 columns with pixels (x, y) in {1,2} x {1,2} set:
 * column-major runs 5 zeros, 2 ones, 2 zeros, 2 ones, 9 zeros; pycocotools encodes that as "52207".
 */
class HumanRefPointModeTest {

    @TempDir
    Path tmp;

    private static final String MASK = "{\"size\":[4,5],\"counts\":\"52207\"}";

    private static String gt(int id, String candidates) {
        return "{\"id\":" + id + ",\"domain\":\"attribute\",\"sub_domain\":\"a\",\"candidate_boxes\":" + candidates
                + ",\"answer_boxes\":[[1,1,3,3]],\"answer_segmentations\":[" + MASK + "]}\n";
    }

    @Test
    void pointsHitTheMaskAfterPythonRounding() throws Exception {
        // 1: [2.5,2.5] rounds half to even to (2,2): inside (half-up would give (3,3), outside). persons 1 -> F1 1.
        // 2: [0.5,0.5] -> (0,0) outside; [2.5,1.5] -> (2,2) inside: recall 1, precision 1/2; persons 2:
        //    F1 2/3 times penalty (1/2)/(2/2) = 1/3.
        // 3: no prediction: recall 0, precision 1 (RexSeek's rule), DensityF1 0.
        // 4: a box [1,1,4,4] in point mode is the point (1,1): inside.
        // 5: [3.5,1] -> (4,1) outside -> 0, 0.
        String two = "[[0,0,1,1],[1,1,3,3]]";
        String gt = gt(1, "[[1,1,3,3]]") + gt(2, two) + gt(3, "[[1,1,3,3]]") + gt(4, "[[1,1,3,3]]")
                + gt(5, "[[1,1,3,3]]");
        String pred = "{\"id\":1,\"extracted_predictions\":[[2.5,2.5]]}\n"
                + "{\"id\":2,\"extracted_predictions\":[[0.5,0.5],[2.5,1.5]]}\n"
                + "{\"id\":3,\"extracted_predictions\":[]}\n"
                + "{\"id\":4,\"extracted_predictions\":[[1,1,4,4]]}\n"
                + "{\"id\":5,\"extracted_predictions\":[[3.5,1]]}\n";
        Path g = Files.writeString(tmp.resolve("gt.jsonl"), gt);
        Path p = Files.writeString(tmp.resolve("pred.jsonl"), pred);
        HumanRefReport r = HumanRefEvaluator.evaluate(g, p);
        assertThat(r.mode()).isEqualTo(EvalMode.POINT);
        assertThat(r.average().values()).containsOnlyKeys("recall", "precision", "density_f1");
        // recall (1 + 1 + 0 + 1 + 0) / 5; precision (1 + 0.5 + 1 + 1 + 0) / 5; DensityF1 (1 + 1/3 + 0 + 1 + 0) / 5
        assertThat(r.average().value("recall")).isEqualTo(0.6);
        assertThat(r.average().value("precision")).isEqualTo(0.7);
        assertThat(r.average().value("density_f1")).isEqualTo((1 + 2 * 0.5 / 1.5 * 0.5 + 0 + 1 + 0) / 5);
    }

    @Test
    void insideChecksRowAndColumnOnTheDecodedMask() {
        var mask = dev.promptcanvas.annotations.mask.Rle.fromString("52207", 4, 5);
        assertThat(PointMatcher.inside(mask, 1, 1)).isTrue();
        assertThat(PointMatcher.inside(mask, 2, 2)).isTrue();
        assertThat(PointMatcher.inside(mask, 3, 2)).isFalse();
        assertThat(PointMatcher.inside(mask, 1, 3)).isFalse();
        assertThat(PointMatcher.inside(mask, -0.4, 1)).isFalse();
        assertThat(PointMatcher.inside(mask, 1.5, 0.5)).isFalse(); // (2, 0)
        assertThat(PointMatcher.inside(mask, 5, 1)).isFalse();
    }
}
