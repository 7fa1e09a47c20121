package dev.promptcanvas.annotations.eval;

import java.util.List;

/**
 * HumanRef metrics as RexSeek's tables hold them.
 *
 * @param mode            box or point mode
 * @param domains         per domain, sorted by name (rejection excluded)
 * @param subDomains      per sub-domain name, sorted by name, each with the domain it is listed under
 * @param boxCounts       per GT-count bucket, in the order 1, 2-5, 6-10, &gt;10 (only buckets with items)
 * @param average         "Average / All Data" (domain lists concatenated); null with no evaluated item
 * @param boxCountAverage the bucket table's average (bucket lists concatenated); null with no evaluated item
 * @param rejection       rejection items answered with no box
 * @param inputs          how GT and predictions paired up
 */
public record HumanRefReport(EvalMode mode, List<MetricsRow> domains, List<MetricsRow> subDomains,
        List<MetricsRow> boxCounts, MetricsRow average, MetricsRow boxCountAverage, RejectionScore rejection,
        InputSummary inputs) {

    public HumanRefReport {
        domains = List.copyOf(domains);
        subDomains = List.copyOf(subDomains);
        boxCounts = List.copyOf(boxCounts);
    }

    /** The row of a domain, or null. */
    public MetricsRow domain(String name) {
        return find(domains, name);
    }

    /** The row of a sub-domain, or null. */
    public MetricsRow subDomain(String name) {
        return find(subDomains, name);
    }

    /** The row of a GT-count bucket ("1", "2-5", "6-10", "&gt;10"), or null. */
    public MetricsRow boxCount(String bucket) {
        return find(boxCounts, bucket);
    }

    private static MetricsRow find(List<MetricsRow> rows, String name) {
        for (MetricsRow r : rows) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        return null;
    }
}
