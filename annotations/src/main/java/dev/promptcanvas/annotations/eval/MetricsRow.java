package dev.promptcanvas.annotations.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of averaged metrics: a domain, a sub-domain, a GT-count bucket or an overall average.
 *
 * @param name    the domain, sub-domain or bucket name ("1", "2-5", "6-10", "&gt;10"); "all" for averages
 * @param domain  the domain a sub-domain is listed under; null for other rows
 * @param count   the number of items averaged
 * @param values  metric key (see {@link EvalMode#keys()}) to mean value, in key order
 */
public record MetricsRow(String name, String domain, int count, Map<String, Double> values) {

    public MetricsRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The mean value of one metric key; throws for a key the row does not have. */
    public double value(String key) {
        Double v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("no metric '" + key + "' in this row; has " + values.keySet());
        }
        return v;
    }

    /** Averages the items' score vectors (each in {@code mode.keys()} order) with numpy's mean. */
    static MetricsRow of(String name, String domain, EvalMode mode, List<double[]> items) {
        Map<String, Double> values = new LinkedHashMap<>();
        double[] column = new double[items.size()];
        for (int k = 0; k < mode.keys().size(); k++) {
            for (int i = 0; i < column.length; i++) {
                column[i] = items.get(i)[k];
            }
            values.put(mode.keys().get(k), NumpyMean.of(column));
        }
        return new MetricsRow(name, domain, items.size(), values);
    }
}
