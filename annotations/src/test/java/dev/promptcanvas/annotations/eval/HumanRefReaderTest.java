package dev.promptcanvas.annotations.eval;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.formats.FormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed input fails with the file, the line and the field. */
class HumanRefReaderTest {

    @TempDir
    Path tmp;

    private static final String GOOD_GT = "{\"id\":1,\"domain\":\"attribute\",\"sub_domain\":\"a\","
            + "\"candidate_boxes\":[[0,0,10,10]],\"answer_boxes\":[[0,0,10,10]]}\n";
    private static final String GOOD_PRED = "{\"id\":1,\"extracted_predictions\":[[0,0,10,10]]}\n";

    private void failsWith(String gt, String pred, String... parts) throws Exception {
        Path g = Files.writeString(tmp.resolve("gt.jsonl"), gt);
        Path p = Files.writeString(tmp.resolve("pred.jsonl"), pred);
        assertThatThrownBy(() -> HumanRefEvaluator.evaluate(g, p)).isInstanceOf(FormatException.class)
                .hasMessageContainingAll(parts);
    }

    @Test
    void missingAnswerBoxes() throws Exception {
        failsWith(GOOD_GT + "{\"id\":2,\"domain\":\"attribute\",\"sub_domain\":\"a\",\"candidate_boxes\":[]}\n",
                GOOD_PRED, "gt.jsonl", "line 2", "answer_boxes", "missing");
    }

    @Test
    void gtBoxWithThreeNumbers() throws Exception {
        failsWith(GOOD_GT.replace("\"answer_boxes\":[[0,0,10,10]]", "\"answer_boxes\":[[0,0,10,10],[1,2,3]]"),
                GOOD_PRED, "gt.jsonl", "line 1", "answer_boxes[1]", "expected 4 numbers");
    }

    @Test
    void malformedJsonLine() throws Exception {
        failsWith(GOOD_GT, GOOD_PRED + "\n{\"id\":2,\"extracted_predictions\":[[1,2,3,4]\n", "pred.jsonl", "line 3",
                "malformed JSON");
    }

    @Test
    void predictionEntryThatIsNotAList() throws Exception {
        failsWith(GOOD_GT, "{\"id\":1,\"extracted_predictions\":[1,2,3,4]}\n", "pred.jsonl", "line 1",
                "extracted_predictions[0]", "expected a list of numbers");
    }

    @Test
    void shortBoxInBoxMode() throws Exception {
        failsWith(GOOD_GT + GOOD_GT.replace("\"id\":1", "\"id\":2"),
                GOOD_PRED + "{\"id\":2,\"extracted_predictions\":[[0,0,10,10],[1,2,3]]}\n", "pred.jsonl",
                "line 2", "extracted_predictions[1]", "box mode", "needs 4 numbers");
    }

    @Test
    void emptyAnswerBoxesOutsideTheRejectionDomainInBoxMode() throws Exception {
        failsWith(GOOD_GT.replace("\"answer_boxes\":[[0,0,10,10]]", "\"answer_boxes\":[]"), GOOD_PRED,
                "gt.jsonl", "line 1", "answer_boxes", "not 'rejection'");
    }

    @Test
    void pointModeNeedsSegmentations() throws Exception {
        failsWith(GOOD_GT, "{\"id\":1,\"extracted_predictions\":[[3,4]]}\n", "gt.jsonl", "line 1",
                "answer_segmentations", "missing");
    }

    @Test
    void pointModeRejectsAnEmptyEntryForATarget() throws Exception {
        String gt = GOOD_GT.replace("}\n", ",\"answer_segmentations\":[{\"size\":[4,5],\"counts\":\"52207\"}]}\n");
        failsWith(gt + gt.replace("\"id\":1", "\"id\":2"),
                "{\"id\":1,\"extracted_predictions\":[[3,4]]}\n{\"id\":2,\"extracted_predictions\":[[]]}\n",
                "pred.jsonl", "line 2", "extracted_predictions[0]", "point mode", "needs 2 numbers");
    }

    @Test
    void rleCountsThatDoNotFillTheMask() throws Exception {
        String gt = GOOD_GT.replace("}\n", ",\"answer_segmentations\":[{\"size\":[4,5],\"counts\":[5,2]}]}\n");
        failsWith(gt, "{\"id\":1,\"extracted_predictions\":[[3,4]]}\n", "gt.jsonl", "line 1",
                "answer_segmentations[0].counts");
    }

    @Test
    void idThatIsAnObject() throws Exception {
        failsWith(GOOD_GT, "{\"id\":{\"a\":1},\"extracted_predictions\":[]}\n", "pred.jsonl", "line 1", "id",
                "a string or a number");
    }

    @Test
    void emptyPredictionFile() throws Exception {
        failsWith(GOOD_GT, "\n", "pred.jsonl", "no prediction lines");
    }
}
