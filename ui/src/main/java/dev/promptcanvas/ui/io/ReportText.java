package dev.promptcanvas.ui.io;

import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.export.ExportPlan;
import dev.promptcanvas.annotations.formats.export.ExportReport;
import dev.promptcanvas.annotations.store.ImportReport;
import java.util.List;

/** The summaries the import and export dialogs show when their work is done. */
final class ReportText {

    /** How many skipped items an import summary lists by name. */
    static final int LISTED = 50;

    private ReportText() {
    }

    static String export(ExportPlan plan, ExportReport report) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("Exported %,d image(s), %,d annotation(s) as %s to %s%n", report.images(),
                report.annotations(), plan.format().name(), plan.output()));
        for (ExportReport.SplitOutput split : report.splits()) {
            if (!split.name().isEmpty()) {
                s.append(String.format("  %s: %,d image(s) -> %s%n", split.name(), split.images(), split.output()));
            }
        }
        if (report.skippedCount() > 0) {
            s.append(String.format("Not exported: %,d item(s) %s cannot hold%s%n", report.skippedCount(),
                    plan.format().name(), report.skippedCount() > report.skippedSamples().size()
                            ? ", the first " + report.skippedSamples().size() + ":" : ":"));
            report.skippedSamples().forEach(item -> s.append("  ").append(item).append('\n'));
        } else {
            s.append("Everything exported fits the format.\n");
        }
        if (report.droppedExpressions() > 0) {
            s.append(String.format("Left out %,d referring expression(s) whose targets were all filtered out%n",
                    report.droppedExpressions()));
        }
        return s.toString();
    }

    static String imported(String format, Object input, ImportReport r, List<Skipped> skipped) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("Imported %s from %s (undo with Ctrl+Z)%n", format, input));
        s.append(String.format("  images: %,d added, %,d matched%n", r.imagesAdded(), r.imagesMatched()));
        s.append(String.format("  labels: %,d added, %,d matched%n", r.categoriesAdded(), r.categoriesMatched()));
        s.append(String.format("  annotations: %,d; captions: %,d; phrases: %,d; expressions: %,d; prompts: %,d%n",
                r.annotationsAdded(), r.captionsAdded(), r.phrasesAdded(), r.expressionsAdded(),
                r.promptRecordsAdded()));
        if (!skipped.isEmpty()) {
            s.append(String.format("%,d invalid item(s) skipped%s%n", skipped.size(),
                    skipped.size() > LISTED ? " (first " + LISTED + " listed)" : ":"));
            skipped.stream().limit(LISTED).forEach(item -> s.append("  ").append(item).append('\n'));
        }
        return s.toString();
    }
}
