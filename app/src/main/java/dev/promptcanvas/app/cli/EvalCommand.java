package dev.promptcanvas.app.cli;

import dev.promptcanvas.annotations.eval.HumanRefEvaluator;
import dev.promptcanvas.annotations.eval.HumanRefReport;
import dev.promptcanvas.annotations.eval.InputSummary;
import dev.promptcanvas.annotations.eval.ReportJson;
import dev.promptcanvas.annotations.eval.TableFormatter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code promptcanvas eval --format humanref --gt GT --pred PRED}: benchmark metrics. Prints the metrics as JSON
 * on stdout, or with {@code --table} the readable tables instead; {@code --json OUT} also writes the JSON to a
 * file. Notes about ids that did not pair up go to stderr.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Compute benchmark metrics from ground truth and predictions.",
            "humanref: RexSeek's HumanRef metrics (recall, precision, DensityF1 at IoU 0.5 and averaged over"
                + " 0.5:0.95, rejection score; point mode when the first prediction is a point), per domain,"
                + " sub-domain and GT-count bucket. GT and predictions are JSON Lines paired by id."})
public final class EvalCommand implements Callable<Integer> {

    private static final List<String> FORMATS = List.of("humanref");

    @Option(names = "--format", required = true, paramLabel = "F", description = "humanref")
    String format;

    @Option(names = "--gt", required = true, paramLabel = "FILE", description = "ground truth (JSON Lines)")
    Path gt;

    @Option(names = "--pred", required = true, paramLabel = "FILE", description = "predictions (JSON Lines)")
    Path pred;

    @Option(names = "--json", paramLabel = "OUT", description = "also write the metrics JSON to this file")
    Path jsonOut;

    @Option(names = "--table", description = "print readable tables instead of JSON on stdout")
    boolean table;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!FORMATS.contains(format)) {
            throw new BadInputException("--format " + format + ": unsupported; supported: " + String.join(", ",
                    FORMATS));
        }
        requireFile(gt, "--gt");
        requireFile(pred, "--pred");
        HumanRefReport report = HumanRefEvaluator.evaluate(gt, pred);
        String json = ReportJson.toText(report);
        if (jsonOut != null) {
            Path parent = jsonOut.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(jsonOut, json + "\n", StandardCharsets.UTF_8);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(table ? TableFormatter.format(report) : json + "\n");
        out.flush();
        notes(report.inputs(), spec.commandLine().getErr());
        return ExitCodes.OK;
    }

    private static void requireFile(Path file, String option) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file (" + option + ")");
        }
    }

    private void notes(InputSummary s, PrintWriter err) {
        if (s.missingPredictions() > 0) {
            err.println("note: " + s.missingPredictions() + " GT item(s) have no prediction line and count as"
                    + " answered [] (as RexSeek does), e.g. " + String.join(", ", s.missingSample()));
        }
        if (s.unknownPredictions() > 0) {
            err.println("note: " + s.unknownPredictions() + " prediction line(s) have an id not in the GT and are"
                    + " ignored, e.g. " + String.join(", ", s.unknownSample()));
        }
        if (s.repeatedPredictions() > 0) {
            err.println("note: " + s.repeatedPredictions() + " prediction line(s) repeat an earlier id; the last"
                    + " line of each id counts");
        }
        err.flush();
    }
}
