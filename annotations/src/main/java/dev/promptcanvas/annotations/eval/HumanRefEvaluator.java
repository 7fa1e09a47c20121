package dev.promptcanvas.annotations.eval;

import dev.promptcanvas.annotations.formats.FormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Computes HumanRef metrics from a GT file and a prediction file, as RexSeek does (see the package notes). */
public final class HumanRefEvaluator {

    private static final List<String> BUCKETS = List.of("1", "2-5", "6-10", ">10");
    private static final int SAMPLE = 10;

    private HumanRefEvaluator() {
    }

    /** Reads both JSON Lines files and evaluates; malformed input fails with file, line and field. */
    public static HumanRefReport evaluate(Path gtFile, Path predFile) throws IOException, FormatException {
        List<Prediction> predictions = HumanRefReader.readPredictions(predFile);
        int modeLine = modeLine(predictions);
        EvalMode mode = modeOf(predictions, modeLine);
        List<GroundTruthItem> gt = HumanRefReader.readGroundTruth(gtFile, mode == EvalMode.POINT);
        return evaluate(gt, predictions, gtFile, predFile);
    }

    /**
     * Evaluates items already read; the files only name the source in errors. Point mode needs the GT read with
     * masks.
     */
    public static HumanRefReport evaluate(List<GroundTruthItem> gt, List<Prediction> predictions, Path gtFile,
            Path predFile) throws FormatException {
        int modeLine = modeLine(predictions);
        EvalMode mode = modeOf(predictions, modeLine);
        Map<ItemId, Prediction> byId = new HashMap<>();
        int repeated = 0;
        for (Prediction p : predictions) {
            if (byId.put(p.id(), p) != null) {
                repeated++;
            }
        }
        ItemScorer scorer = new ItemScorer(mode, modeLine, gtFile, predFile);
        Map<String, List<double[]>> domains = new LinkedHashMap<>();
        Map<String, List<double[]>> subDomains = new LinkedHashMap<>();
        Map<String, List<double[]>> buckets = new LinkedHashMap<>();
        Map<String, String> listedUnder = new HashMap<>();
        Set<ItemId> gtIds = new HashSet<>();
        List<String> missingSample = new ArrayList<>();
        int missing = 0;
        int rejectionTotal = 0;
        int rejectionCorrect = 0;
        int evaluated = 0;
        for (GroundTruthItem item : gt) {
            gtIds.add(item.id());
            if (item.subDomain() != null) {
                listedUnder.putIfAbsent(item.subDomain(), item.domain());
            }
            Prediction p = byId.get(item.id());
            if (p == null) {
                missing++;
                if (missingSample.size() < SAMPLE) {
                    missingSample.add(item.id().text());
                }
            }
            if (item.isRejection()) {
                rejectionTotal++;
                if (p == null || p.rejects()) {
                    rejectionCorrect++;
                }
                continue;
            }
            double[] score = scorer.score(item, p);
            evaluated++;
            domains.computeIfAbsent(item.domain(), k -> new ArrayList<>()).add(score);
            subDomains.computeIfAbsent(item.subDomain(), k -> new ArrayList<>()).add(score);
            buckets.computeIfAbsent(bucket(item.answerBoxes().size()), k -> new ArrayList<>()).add(score);
        }
        List<String> unknownSample = new ArrayList<>();
        int unknown = 0;
        for (Prediction p : predictions) {
            if (!gtIds.contains(p.id())) {
                unknown++;
                if (unknownSample.size() < SAMPLE) {
                    unknownSample.add(p.id().text());
                }
            }
        }
        InputSummary inputs = new InputSummary(gt.size(), predictions.size(), evaluated, missing, missingSample,
                unknown, unknownSample, repeated, modeLine);
        return new HumanRefReport(mode, rows(domains, null, mode), rows(subDomains, listedUnder, mode),
                bucketRows(buckets, mode), average(domains, mode), average(buckets, mode),
                new RejectionScore(rejectionCorrect, rejectionTotal), inputs);
    }

    /** The GT-count bucket: "1", "2-5", "6-10", else "&gt;10" (0 included, as RexSeek's get_box_count_range). */
    public static String bucket(int gtCount) {
        if (gtCount == 1) {
            return "1";
        }
        if (gtCount >= 2 && gtCount <= 5) {
            return "2-5";
        }
        if (gtCount >= 6 && gtCount <= 10) {
            return "6-10";
        }
        return ">10";
    }

    /** The first prediction line with an entry (RexSeek looks only at line 1 and crashes if it has none); 0. */
    private static int modeLine(List<Prediction> predictions) {
        for (Prediction p : predictions) {
            if (!p.entries().isEmpty()) {
                return p.line();
            }
        }
        return 0;
    }

    private static EvalMode modeOf(List<Prediction> predictions, int modeLine) {
        for (Prediction p : predictions) {
            if (p.line() == modeLine && !p.entries().isEmpty()) {
                return p.entries().get(0).length == 2 ? EvalMode.POINT : EvalMode.BOX;
            }
        }
        return EvalMode.BOX;
    }

    private static List<MetricsRow> rows(Map<String, List<double[]>> groups, Map<String, String> listedUnder,
            EvalMode mode) {
        List<MetricsRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<double[]>> e : new TreeMap<>(groups).entrySet()) {
            String domain = listedUnder == null ? null : listedUnder.get(e.getKey());
            rows.add(MetricsRow.of(e.getKey(), domain, mode, e.getValue()));
        }
        return rows;
    }

    private static List<MetricsRow> bucketRows(Map<String, List<double[]>> buckets, EvalMode mode) {
        List<MetricsRow> rows = new ArrayList<>();
        for (String b : BUCKETS) {
            if (buckets.containsKey(b)) {
                rows.add(MetricsRow.of(b, null, mode, buckets.get(b)));
            }
        }
        return rows;
    }

    private static MetricsRow average(Map<String, List<double[]>> groups, EvalMode mode) {
        List<double[]> all = new ArrayList<>();
        groups.values().forEach(all::addAll);
        return all.isEmpty() ? null : MetricsRow.of("all", null, mode, all);
    }
}
