package dev.promptcanvas.app.cli;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.MaskEncoding;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.formats.export.DatasetExporter;
import dev.promptcanvas.annotations.formats.export.ExportPlan;
import dev.promptcanvas.annotations.formats.export.ExportReport;
import dev.promptcanvas.annotations.formats.export.SplitRule;
import dev.promptcanvas.annotations.store.PreferencePairsExport;
import dev.promptcanvas.annotations.store.ProjectExportSource;
import dev.promptcanvas.annotations.store.ProjectStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code promptcanvas export DIR --format F --output PATH}: writes the project as a dataset. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the project in a dataset format (streams image by image; progress on stderr).",
            "Formats: run 'promptcanvas export --format list' or see the README. Unaccepted model suggestions and",
            "rejected annotations are left out unless --include-suggestions is given."})
public final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the project folder", arity = "0..1")
    Path dir;

    @Option(names = "--format", required = true, paramLabel = "F", description = "the format name ('list' lists them)")
    String format;

    @Option(names = "--output", paramLabel = "PATH", description = "file or folder to write")
    Path output;

    @Option(names = "--masks", paramLabel = "rle|polygon",
            description = {"how masks are written where the format offers a choice.",
                "Default: rle for coco (exact, keeps holes); polygon for labelme, so that every labelme version",
                "opens the files (labelme before 5.3 cannot read mask shapes)."})
    String masks;

    @Option(names = "--tolerance", paramLabel = "PX", defaultValue = "1.0",
            description = "polygon simplification tolerance in pixels for --masks polygon (default: ${DEFAULT-VALUE})")
    double tolerance;

    @Option(names = "--split", paramLabel = "RATIOS",
            description = "random split by ratio: train=0.8,val=0.2 or 0.8,0.1,0.1 (train,val,test)")
    String split;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N",
            description = "seed of the random split (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--split-by", paramLabel = "folder|FILE",
            description = "split by tag: the image's top folder, or a file of 'image,split' lines")
    String splitBy;

    @Option(names = "--images", defaultValue = "reference", paramLabel = "reference|copy|link",
            description = "leave images in the project (default), or copy / symlink them into the export")
    String images;

    @Option(names = "--include-suggestions",
            description = "also export model-made annotations nobody has accepted yet")
    boolean includeSuggestions;

    @Option(names = "--map", paramLabel = "OLD=NEW", description = "rename or merge a label (OLD= drops it)")
    List<String> mappings = new ArrayList<>();

    @Option(names = {"-o", "--option"}, paramLabel = "KEY=VALUE", description = "a format-specific option")
    List<String> options = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (format.equalsIgnoreCase("list")) {
            return new FormatList(spec.commandLine().getOut()).print();
        }
        if (dir == null || output == null) {
            throw new BadInputException("export needs the project folder DIR and --output PATH");
        }
        if (format.equalsIgnoreCase(PreferencePairsExport.FORMAT_NAME)) {
            try (ProjectStore store = ProjectArgs.open(dir, true)) {
                int n = PreferencePairsExport.write(store, output);
                spec.commandLine().getOut().printf("Exported %,d preference pair(s) as JSONL to %s%n", n, output);
            }
            return ExitCodes.OK;
        }
        DatasetFormat f = FormatArgs.writer(format);
        if (split != null && splitBy != null) {
            throw new BadInputException("--split and --split-by: choose one");
        }
        if (!(tolerance >= 0)) {
            throw new BadInputException("--tolerance " + tolerance + ": must be a number >= 0");
        }
        SplitRule rule = split != null ? ExportArgs.ratios(split, seed)
                : splitBy != null ? ExportArgs.byTag(splitBy) : new SplitRule.None();
        WriteOptions write = new WriteOptions(dir, maskEncoding(f), tolerance)
                .withFormatOptions(ExportArgs.formatOptions(f, options));
        ExportPlan plan = new ExportPlan(f, output, write, rule, ExportArgs.images(images), includeSuggestions,
                ExportArgs.mapping(mappings));
        try (ProjectStore store = ProjectArgs.open(dir, true)) {
            ExportReport report;
            try {
                report = DatasetExporter.export(new ProjectExportSource(store), plan,
                        new ExportProgressPrinter(spec.commandLine().getErr()));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage(), e);
            }
            var out = spec.commandLine().getOut();
            out.printf("Exported %,d image(s), %,d annotation(s) as %s to %s%n", report.images(),
                    report.annotations(), f.name(), output);
            for (ExportReport.SplitOutput s : report.splits()) {
                if (!s.name().isEmpty()) {
                    out.printf("  %s: %,d image(s) -> %s%n", s.name(), s.images(), s.output());
                }
            }
            if (report.skippedCount() > 0) {
                out.printf("Not exported: %,d item(s) %s cannot hold%s%n", report.skippedCount(), f.name(),
                        report.skippedCount() > report.skippedSamples().size() ? ", the first "
                                + report.skippedSamples().size() + ":" : ":");
                report.skippedSamples().forEach(s -> out.printf("  %s%n", s));
            }
            if (report.droppedExpressions() > 0) {
                out.printf("Left out %,d referring expression(s) whose targets were all filtered out%n",
                        report.droppedExpressions());
            }
        }
        return ExitCodes.OK;
    }

    private MaskEncoding maskEncoding(DatasetFormat f) {
        String chosen = masks != null ? masks : f.name().equals("labelme") ? "polygon" : "rle";
        return switch (chosen.toLowerCase(Locale.ROOT)) {
            case "rle" -> MaskEncoding.RLE;
            case "polygon", "polygons" -> MaskEncoding.POLYGON;
            default -> throw new BadInputException("--masks " + masks + ": expected rle or polygon");
        };
    }
}
