package dev.promptcanvas.app.cli;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.MaskEncoding;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.store.ProjectStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code promptcanvas export DIR --format F --output PATH}: writes the project as a dataset. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the project in a dataset format.",
            "coco: one instances JSON (plus captions when there are any, as OUTPUT with _captions before .json);",
            "labelme: one JSON per image under the output folder."})
public final class ExportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the project folder")
    Path dir;

    @Option(names = "--format", required = true, paramLabel = "F", description = "coco, labelme")
    String format;

    @Option(names = "--output", required = true, paramLabel = "PATH", description = "file or folder to write")
    Path output;

    @Option(names = "--masks", paramLabel = "rle|polygon",
            description = {"how masks are written where the format offers a choice.",
                "Default: rle for coco (exact, keeps holes); polygon for labelme, so that every labelme version",
                "opens the files (labelme before 5.3 cannot read mask shapes)."})
    String masks;

    @Option(names = "--tolerance", paramLabel = "PX", defaultValue = "1.0",
            description = "polygon simplification tolerance in pixels for --masks polygon (default: ${DEFAULT-VALUE})")
    double tolerance;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DatasetFormat f = FormatArgs.writer(format);
        String chosen = masks != null ? masks : f.name().equals("labelme") ? "polygon" : "rle";
        MaskEncoding encoding = switch (chosen.toLowerCase(java.util.Locale.ROOT)) {
            case "rle" -> MaskEncoding.RLE;
            case "polygon", "polygons" -> MaskEncoding.POLYGON;
            default -> throw new BadInputException("--masks " + masks + ": expected rle or polygon");
        };
        if (!(tolerance >= 0)) {
            throw new BadInputException("--tolerance " + tolerance + ": must be a number >= 0");
        }
        try (ProjectStore store = ProjectArgs.open(dir, true)) {
            Dataset data = store.snapshot();
            f.write(data, output, new WriteOptions(dir, encoding, tolerance));
            spec.commandLine().getOut().printf("Exported %d image(s), %d annotation(s), %d categor%s as %s to %s%n",
                    data.images().size(), data.annotations().size(), data.categories().size(),
                    data.categories().size() == 1 ? "y" : "ies", f.name(), output);
        }
        return ExitCodes.OK;
    }
}
