package dev.promptcanvas.annotations.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three decimals as Python's format(x, ".3f") and the table's rows. */
class TableFormatterTest {

    @TempDir
    Path tmp;

    @Test
    void roundsHalfToEvenOnTheExactBinaryValue() {
        // Python: format(0.0625, ".3f") == "0.062" (an exact tie), format(1.0005, ".3f") == "1.000"
        // (1.0005 is 1.000499999... in binary), format(0.0005, ".3f") == "0.001", format(2/3, ".3f") == "0.667"
        assertThat(TableFormatter.threeDecimals(0.0625)).isEqualTo("0.062");
        assertThat(TableFormatter.threeDecimals(1.0005)).isEqualTo("1.000");
        assertThat(TableFormatter.threeDecimals(0.0005)).isEqualTo("0.001");
        assertThat(TableFormatter.threeDecimals(2.0 / 3)).isEqualTo("0.667");
    }

    @Test
    void tableListsDomainsSubDomainsAverageRejectionAndBuckets() throws Exception {
        Path g = Files.writeString(tmp.resolve("gt.jsonl"),
                "{\"id\":1,\"domain\":\"attribute\",\"sub_domain\":\"color\",\"candidate_boxes\":[[0,0,10,10],"
                        + "[20,0,30,10]],\"answer_boxes\":[[0,0,10,10]]}\n"
                        + "{\"id\":2,\"domain\":\"rejection\",\"sub_domain\":\"r\",\"candidate_boxes\":[],"
                        + "\"answer_boxes\":[]}\n");
        Path p = Files.writeString(tmp.resolve("pred.jsonl"),
                "{\"id\":1,\"extracted_predictions\":[[0,0,10,10],[0,0,10,10]]}\n"
                        + "{\"id\":2,\"extracted_predictions\":[[]]}\n");
        String table = TableFormatter.format(HumanRefEvaluator.evaluate(g, p));
        // recall 1, precision 0.5, DensityF1 = 2/3 * ((1/2)/(2/2)) = 0.333
        assertThat(table).containsPattern("\\| attribute +\\| Overall +\\| +1\\.000 \\| +1\\.000 \\| +0\\.500 \\|"
                + " +0\\.500 \\| +0\\.333 \\| +0\\.333 \\|");
        assertThat(table).containsPattern("\\| +\\| color +\\|");
        assertThat(table).containsPattern("\\| Average +\\| All Data +\\| +1\\.000");
        assertThat(table).containsPattern("\\| Rejection +\\| Overall +\\|.*\\| +1 \\| +1 \\|");
        assertThat(table).contains("Rejection: 1 of 1 rejection items answered with no box (accuracy 1.000)");
        assertThat(table).containsPattern("\\| +1 \\| +1\\.000 \\| +1\\.000 \\| +0\\.500");
    }
}
