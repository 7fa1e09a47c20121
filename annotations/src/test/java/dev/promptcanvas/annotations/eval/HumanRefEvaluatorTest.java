package dev.promptcanvas.annotations.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.formats.FormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HumanRef metrics on small hand-computed cases, read from real JSON Lines files. */
class HumanRefEvaluatorTest {

    @TempDir
    Path tmp;

    private HumanRefReport eval(String gt, String pred) throws IOException, FormatException {
        Path g = tmp.resolve("gt.jsonl");
        Path p = tmp.resolve("pred.jsonl");
        Files.writeString(g, gt);
        Files.writeString(p, pred);
        return HumanRefEvaluator.evaluate(g, p);
    }

    private static String gt(Object id, String domain, String sub, String candidates, String answers) {
        String quoted = id instanceof String ? "\"" + id + "\"" : id.toString();
        return "{\"id\":" + quoted + ",\"domain\":\"" + domain + "\",\"sub_domain\":\"" + sub
                + "\",\"candidate_boxes\":" + candidates + ",\"answer_boxes\":" + answers + "}\n";
    }

    private static String pred(Object id, String entries) {
        String quoted = id instanceof String ? "\"" + id + "\"" : id.toString();
        return "{\"id\":" + quoted + ",\"extracted_predictions\":" + entries + "}\n";
    }

    private static final String ONE_BOX = "[[0,0,10,10]]";

    @Test
    void singlePerfectPrediction() throws Exception {
        HumanRefReport r = eval(gt(1, "attribute", "color", ONE_BOX, ONE_BOX), pred(1, ONE_BOX));
        assertThat(r.mode()).isEqualTo(EvalMode.BOX);
        MetricsRow all = r.average();
        for (String key : EvalMode.BOX.keys()) {
            assertThat(all.value(key)).as(key).isEqualTo(1.0);
        }
        assertThat(all.count()).isEqualTo(1);
    }

    @Test
    void iouOfExactlyHalfMatchesOnlyAtTheFirstThreshold() throws Exception {
        // IoU([0,0,10,10],[0,0,10,20]) = 100/200 = 0.5 >= 0.5 but < 0.55: recalls [1,0,...,0], mean 0.1
        HumanRefReport r = eval(gt(1, "attribute", "a", ONE_BOX, ONE_BOX), pred(1, "[[0,0,10,20]]"));
        assertThat(r.average().value("recall_50")).isEqualTo(1.0);
        assertThat(r.average().value("precision_50")).isEqualTo(1.0);
        assertThat(r.average().value("recall_mean")).isEqualTo(0.1);
        assertThat(r.average().value("density_f1_50")).isEqualTo(1.0);
        assertThat(r.average().value("density_f1_mean")).isEqualTo(0.1);
    }

    @Test
    void iouJustBelowHalfMatchesNowhere() throws Exception {
        // IoU = 100/200.1 < 0.5
        HumanRefReport r = eval(gt(1, "attribute", "a", ONE_BOX, ONE_BOX), pred(1, "[[0,0,10,20.01]]"));
        assertThat(r.average().value("recall_50")).isZero();
        assertThat(r.average().value("density_f1_mean")).isZero();
    }

    @Test
    void iouOfExactlyPointNineFiveMissesTheLastThreshold() throws Exception {
        // IoU 9500/10000 = 0.95 < 0.9500000000000004: 9 of 10 thresholds -> 0.9; IoU 0.96 -> all 10
        String big = "[[0,0,100,100]]";
        HumanRefReport at = eval(gt(1, "attribute", "a", big, big), pred(1, "[[0,0,100,95]]"));
        assertThat(at.average().value("recall_mean")).isEqualTo(0.9);
        HumanRefReport above = eval(gt(1, "attribute", "a", big, big), pred(1, "[[0,0,100,96]]"));
        assertThat(above.average().value("recall_mean")).isEqualTo(1.0);
    }

    @Test
    void twoGtsOnePrediction() throws Exception {
        // recall 1/2, precision 1; F1 = 2*0.5/1.5 = 2/3; penalty min(1, (2/2)/(1/2)) = 1
        String two = "[[0,0,10,10],[20,0,30,10]]";
        HumanRefReport r = eval(gt(1, "position", "p", two, two), pred(1, ONE_BOX));
        assertThat(r.average().value("recall_50")).isEqualTo(0.5);
        assertThat(r.average().value("precision_50")).isEqualTo(1.0);
        assertThat(r.average().value("density_f1_50")).isEqualTo(2 * 0.5 / 1.5);
        assertThat(r.boxCount("2-5").count()).isEqualTo(1);
    }

    @Test
    void greedyMatchingInGtOrderIsNotOptimal() throws Exception {
        // GT1 [0,0,10,10], GT2 [5,0,15,10]; P0 [3,0,13,10]: IoU 70/130 = 0.538 with GT1, 80/120 = 0.667 with GT2;
        // P1 [0,0,5.2,10]: IoU 52/100 = 0.52 with GT1, 2/150 with GT2. GT1 takes P0 (its best), GT2 gets nothing:
        // 1 match at 0.5 (an optimal assignment would find 2). At 0.55..0.65 only GT2-P0: 1 match. Above: 0.
        // recalls [.5,.5,.5,.5,0,0,0,0,0,0] -> mean 0.2
        HumanRefReport r = eval(gt(1, "attribute", "a", "[[0,0,10,10],[5,0,15,10]]", "[[0,0,10,10],[5,0,15,10]]"),
                pred(1, "[[3,0,13,10],[0,0,5.2,10]]"));
        assertThat(r.average().value("recall_50")).isEqualTo(0.5);
        assertThat(r.average().value("precision_50")).isEqualTo(0.5);
        assertThat(r.average().value("recall_mean")).isEqualTo(0.2);
    }

    @Test
    void duplicatePredictionHalvesPrecision() throws Exception {
        // recall 1, precision 1/2; F1 = 2/3; penalty (1/2)/(2/2) = 0.5 -> 1/3
        String persons = "[[0,0,10,10],[20,0,30,10]]";
        HumanRefReport r = eval(gt(1, "attribute", "a", persons, ONE_BOX), pred(1, "[[0,0,10,10],[0,0,10,10]]"));
        assertThat(r.average().value("recall_50")).isEqualTo(1.0);
        assertThat(r.average().value("precision_50")).isEqualTo(0.5);
        assertThat(r.average().value("density_f1_50")).isEqualTo(2 * 0.5 / 1.5 * 0.5);
    }

    @Test
    void emptyMissingAndNoTargetAnswersScoreZero() throws Exception {
        HumanRefReport r = eval(gt(1, "attribute", "a", ONE_BOX, ONE_BOX) + gt(2, "attribute", "a", ONE_BOX, ONE_BOX)
                + gt(3, "attribute", "a", ONE_BOX, ONE_BOX), pred(1, "[[]]") + pred(2, "[]"));
        for (String key : EvalMode.BOX.keys()) {
            assertThat(r.average().value(key)).as(key).isZero();
        }
        assertThat(r.average().count()).isEqualTo(3);
        assertThat(r.inputs().missingPredictions()).isEqualTo(1);
        assertThat(r.inputs().missingSample()).containsExactly("3");
    }

    @Test
    void rejectionItemsCountAnswersWithAnEmptyFirstEntry() throws Exception {
        // correct: [] , [[]], [[],[box]], missing line; wrong: [[box]] and [[box],[]] -> 4 of 6
        String gt = gt(9, "attribute", "a", ONE_BOX, ONE_BOX);
        String pred = pred(9, ONE_BOX);
        for (int i = 1; i <= 6; i++) {
            gt += gt(i, "rejection", "none", ONE_BOX, "[]");
        }
        pred += pred(1, "[]") + pred(2, "[[]]") + pred(3, "[[],[0,0,10,10]]") + pred(5, ONE_BOX)
                + pred(6, "[[0,0,10,10],[]]");
        HumanRefReport r = eval(gt, pred);
        assertThat(r.rejection().correct()).isEqualTo(4);
        assertThat(r.rejection().total()).isEqualTo(6);
        assertThat(r.rejection().accuracy()).isEqualTo(4.0 / 6);
        assertThat(r.domains()).extracting(MetricsRow::name).containsExactly("attribute");
        assertThat(r.average().count()).isEqualTo(1);
        assertThat(r.average().value("recall_50")).isEqualTo(1.0);
    }

    @Test
    void domainsSubDomainsAndBucketsAverageTheirItems() throws Exception {
        // A attribute/x: 1 GT, perfect -> recall 1. B attribute/y: 3 GTs, 1 right -> 1/3.
        // C position/x: 7 GTs, no answer -> 0. D celebrity/z: 11 GTs, all right -> 1.
        StringBuilder seven = new StringBuilder("[");
        StringBuilder eleven = new StringBuilder("[");
        for (int i = 0; i < 11; i++) {
            String box = "[" + (20 * i) + ",0," + (20 * i + 10) + ",10]";
            if (i < 7) {
                seven.append(i > 0 ? "," : "").append(box);
            }
            eleven.append(i > 0 ? "," : "").append(box);
        }
        seven.append(']');
        eleven.append(']');
        String three = "[[0,0,10,10],[20,0,30,10],[40,0,50,10]]";
        HumanRefReport r = eval(gt("A", "attribute", "x", ONE_BOX, ONE_BOX) + gt("B", "attribute", "y", three, three)
                        + gt("C", "position", "x", seven.toString(), seven.toString())
                        + gt("D", "celebrity", "z", eleven.toString(), eleven.toString()),
                pred("A", ONE_BOX) + pred("B", ONE_BOX) + pred("C", "[]") + pred("D", eleven.toString()));
        assertThat(r.domains()).extracting(MetricsRow::name).containsExactly("attribute", "celebrity", "position");
        assertThat(r.domain("attribute").value("recall_50")).isEqualTo((1.0 + 1.0 / 3) / 2);
        assertThat(r.domain("position").value("recall_50")).isZero();
        // sub-domain x pools A and C (two domains); it is listed under A's domain, the first line with x
        assertThat(r.subDomain("x").value("recall_50")).isEqualTo(0.5);
        assertThat(r.subDomain("x").domain()).isEqualTo("attribute");
        assertThat(r.subDomain("x").count()).isEqualTo(2);
        assertThat(r.boxCounts()).extracting(MetricsRow::name).containsExactly("1", "2-5", "6-10", ">10");
        assertThat(r.boxCount("2-5").value("recall_50")).isEqualTo(1.0 / 3);
        assertThat(r.boxCount(">10").value("recall_50")).isEqualTo(1.0);
        // B: precision 1/1 at 0.5; average of precision_50 over A,B,C,D = (1 + 1 + 0 + 1) / 4
        assertThat(r.average().value("precision_50")).isEqualTo(0.75);
        assertThat(r.average().value("recall_50")).isEqualTo((1.0 + 1.0 / 3 + 0 + 1.0) / 4);
        assertThat(r.boxCountAverage().count()).isEqualTo(4);
    }

    @Test
    void repeatedPredictionIdKeepsTheLastLineAndUnknownIdsAreIgnored() throws Exception {
        HumanRefReport r = eval(gt(1, "attribute", "a", ONE_BOX, ONE_BOX),
                pred(1, "[]") + pred(1, ONE_BOX) + pred("1", "[]") + pred(77, ONE_BOX));
        assertThat(r.average().value("recall_50")).isEqualTo(1.0);
        assertThat(r.inputs().repeatedPredictions()).isEqualTo(1);
        // "1" (a string) is not the id 1 (a number), as in a Python dict
        assertThat(r.inputs().unknownPredictions()).isEqualTo(2);
        assertThat(r.inputs().unknownSample()).containsExactly("1", "77");
    }

    @Test
    void numericIdsCompareByValue() throws Exception {
        HumanRefReport r = eval(gt(1, "attribute", "a", ONE_BOX, ONE_BOX), pred(1.0, ONE_BOX));
        assertThat(r.average().value("recall_50")).isEqualTo(1.0);
        assertThat(r.inputs().missingPredictions()).isZero();
    }

    @Test
    void anEmptyFirstPredictionLineLeavesTheModeToTheNextLine() throws Exception {
        HumanRefReport r = eval(gt(1, "attribute", "a", ONE_BOX, ONE_BOX) + gt(2, "attribute", "a", ONE_BOX, ONE_BOX),
                pred(2, "[]") + pred(1, ONE_BOX));
        assertThat(r.mode()).isEqualTo(EvalMode.BOX);
        assertThat(r.inputs().modeLine()).isEqualTo(2);
        assertThat(r.average().value("recall_50")).isEqualTo(0.5);
    }

    @Test
    void onlyRejectionItemsGiveNullAverages() throws Exception {
        HumanRefReport r = eval(gt(1, "rejection", "r", ONE_BOX, "[]"), pred(1, "[[]]"));
        assertThat(r.average()).isNull();
        assertThat(r.boxCountAverage()).isNull();
        assertThat(r.rejection().correct()).isEqualTo(1);
    }
}
