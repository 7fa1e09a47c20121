package dev.promptcanvas.annotations.eval;

import dev.promptcanvas.annotations.formats.FormatException;
import java.nio.file.Path;
import java.util.List;

/** Scores one non-rejection item in box or point mode, giving the values of {@link EvalMode#keys()} in order. */
final class ItemScorer {

    private static final double[] THRESHOLDS = IouThresholds.values();

    private final EvalMode mode;
    private final int modeLine;
    private final Path gtFile;
    private final Path predFile;

    ItemScorer(EvalMode mode, int modeLine, Path gtFile, Path predFile) {
        this.mode = mode;
        this.modeLine = modeLine;
        this.gtFile = gtFile;
        this.predFile = predFile;
    }

    double[] score(GroundTruthItem gt, Prediction prediction) throws FormatException {
        List<double[]> entries = prediction == null ? List.of() : prediction.entries();
        return mode == EvalMode.BOX ? box(gt, prediction, entries) : point(gt, prediction, entries);
    }

    private double[] box(GroundTruthItem gt, Prediction prediction, List<double[]> entries) throws FormatException {
        List<double[]> answers = gt.answerBoxes();
        if (answers.isEmpty()) {
            throw new FormatException(gtFile, "line " + gt.line() + ": answer_boxes", "empty, but domain '"
                    + gt.domain() + "' is not 'rejection'; RexSeek's box metrics cannot score an item without"
                    + " answer boxes");
        }
        boolean noAnswer = entries.isEmpty() || entries.size() == 1 && entries.get(0).length == 0;
        if (!noAnswer) {
            requireNumbers(prediction, 4, "x1, y1, x2, y2");
        }
        int n = THRESHOLDS.length;
        double[] recalls = new double[n];
        double[] precisions = new double[n];
        double[] densities = new double[n];
        for (int t = 0; t < n; t++) {
            if (!noAnswer) {
                int matches = GreedyMatcher.matches(answers, entries, THRESHOLDS[t]);
                recalls[t] = (double) matches / answers.size();
                precisions[t] = (double) matches / entries.size();
            }
            densities[t] = DensityF1.of(precisions[t], recalls[t], answers.size(), entries.size(), gt.persons());
        }
        return new double[] {recalls[0], NumpyMean.of(recalls), precisions[0], NumpyMean.of(precisions),
            densities[0], NumpyMean.of(densities)};
    }

    private double[] point(GroundTruthItem gt, Prediction prediction, List<double[]> entries)
            throws FormatException {
        int gtCount = gt.answerBoxes().size();
        double recall;
        double precision;
        if (gtCount == 0) {
            recall = entries.isEmpty() ? 1.0 : 0.0;
            precision = recall;
        } else if (entries.isEmpty()) {
            recall = 0.0;
            precision = 1.0;
        } else {
            requireNumbers(prediction, 2, "x, y");
            if (gt.answerMasks() == null) {
                throw new FormatException(gtFile, "line " + gt.line() + ": answer_segmentations",
                        "point mode needs the GT masks, but they were not read");
            }
            int matches = PointMatcher.matches(gt.answerMasks(), entries);
            recall = (double) matches / gtCount;
            precision = (double) matches / entries.size();
        }
        return new double[] {recall, precision,
            DensityF1.of(precision, recall, gtCount, entries.size(), gt.persons())};
    }

    private void requireNumbers(Prediction prediction, int needed, String shape) throws FormatException {
        List<double[]> entries = prediction.entries();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).length < needed) {
                throw new FormatException(predFile, "line " + prediction.line() + ": extracted_predictions[" + i
                        + "]", mode.id() + " mode (decided by the first entry on line " + modeLine + ") needs "
                        + needed + " numbers " + shape + ", found " + entries.get(i).length);
            }
        }
    }
}
