package dev.promptcanvas.annotations.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The readable form of a {@link HumanRefReport}: RexSeek's two tables (domains with their sub-domains, then GT-count
 * buckets) with three decimals, plus the rejection line.
 */
public final class TableFormatter {

    private TableFormatter() {
    }

    /** Both tables and the rejection summary, each line ending in a newline. */
    public static String format(HumanRefReport report) {
        EvalMode mode = report.mode();
        List<String> metricHeaders = mode == EvalMode.BOX
                ? List.of("Recall@0.5", "Recall@0.5:0.95", "Precision@0.5", "Precision@0.5:0.95", "DensityF1@0.5",
                        "DensityF1@0.5:0.95")
                : List.of("Recall@Point", "Precision@Point", "DensityF1@Point");
        StringBuilder out = new StringBuilder();
        out.append("HumanRef metrics, ").append(mode == EvalMode.BOX
                ? "box mode (IoU thresholds 0.50:0.05:0.95)" : "point mode (point inside the GT mask)")
                .append('\n');
        out.append(domainTable(report, metricHeaders).render());
        RejectionScore rej = report.rejection();
        out.append("Rejection: ").append(rej.correct()).append(" of ").append(rej.total())
                .append(" rejection items answered with no box");
        if (rej.accuracy() != null) {
            out.append(" (accuracy ").append(threeDecimals(rej.accuracy())).append(')');
        }
        out.append('\n').append('\n');
        out.append(bucketTable(report, metricHeaders).render());
        return out.toString();
    }

    private static TextTable domainTable(HumanRefReport report, List<String> metricHeaders) {
        List<String> header = new ArrayList<>(List.of("Domain", "Subdomain"));
        header.addAll(metricHeaders);
        header.add("Rejection Score");
        header.add("Samples");
        TextTable t = new TextTable(header);
        for (MetricsRow d : report.domains()) {
            t.row(cells(d.name(), "Overall", d, report.mode()));
            for (MetricsRow s : report.subDomains()) {
                if (d.name().equals(s.domain())) {
                    t.row(cells("", s.name(), s, report.mode()));
                }
            }
        }
        t.separator();
        t.row(cells("Average", "All Data", report.average(), report.mode()));
        t.separator();
        List<String> rejection = new ArrayList<>(List.of("Rejection", "Overall"));
        metricHeaders.forEach(h -> rejection.add(""));
        rejection.add(Integer.toString(report.rejection().correct()));
        rejection.add(Integer.toString(report.rejection().total()));
        t.row(rejection);
        return t;
    }

    private static TextTable bucketTable(HumanRefReport report, List<String> metricHeaders) {
        List<String> header = new ArrayList<>(List.of("Box Count"));
        header.addAll(metricHeaders);
        header.add("Samples");
        TextTable t = new TextTable(header);
        for (MetricsRow b : report.boxCounts()) {
            List<String> c = cells(b.name(), "", b, report.mode());
            c.remove(1);
            c.remove(c.size() - 2);
            t.row(c);
        }
        t.separator();
        List<String> c = cells("Average", "", report.boxCountAverage(), report.mode());
        c.remove(1);
        c.remove(c.size() - 2);
        t.row(c);
        return t;
    }

    private static List<String> cells(String first, String second, MetricsRow row, EvalMode mode) {
        List<String> c = new ArrayList<>(List.of(first, second));
        for (String key : mode.keys()) {
            c.add(row == null ? "-" : threeDecimals(row.value(key)));
        }
        c.add("");
        c.add(row == null ? "0" : Integer.toString(row.count()));
        return c;
    }

    /** Three decimals rounded half to even on the exact binary value, as Python's {@code format(x, ".3f")}. */
    public static String threeDecimals(double v) {
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
