package dev.promptcanvas.app.cli;

import dev.promptcanvas.annotations.formats.DatasetFormat;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.store.ImportDataset;
import dev.promptcanvas.annotations.store.ImportReport;
import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.inference.imageio.ImportPreparation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code promptcanvas import DIR --format F --input PATH}: adds a dataset's annotations to a project, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import annotations into a project in one step (undoable). A failed import changes nothing.",
            "coco: an instances or captions JSON; labelme: a folder of LabelMe JSON files (or one file)."})
public final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the project folder")
    Path dir;

    @Option(names = "--format", required = true, paramLabel = "F", description = "coco, labelme")
    String format;

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "file or folder to read")
    Path input;

    @Option(names = "--image-root", paramLabel = "DIR",
            description = "folder the input's image paths are relative to (default: the project folder)")
    Path imageRoot;

    @Option(names = "--skip-invalid", description = "skip bad items (listed in the summary) instead of failing")
    boolean skipInvalid;

    @Option(names = "--skip-missing-images", description = "skip images that cannot be found, and their annotations")
    boolean skipMissingImages;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DatasetFormat f = FormatArgs.reader(format);
        if (!Files.exists(input)) {
            throw new BadInputException(input + ": no such file or folder (--input)");
        }
        ProjectArgs.requireProject(dir);
        ReadResult read = f.read(input, new ReadOptions(imageRoot != null ? imageRoot : dir, skipInvalid));
        try (ProjectStore store = ProjectStore.open(dir)) {
            ImportPreparation.Prepared prepared;
            try {
                prepared = ImportPreparation.prepare(read.dataset(), store, dir, imageRoot, input, skipMissingImages);
            } catch (ImportPreparation.MissingImageException e) {
                throw new BadInputException(e.getMessage() + " (use --skip-missing-images to import the rest)", e);
            }
            ImportReport report = store.apply(new ImportDataset(prepared.dataset()));
            var out = spec.commandLine().getOut();
            out.printf("Imported %s from %s: %s%n", f.name(), input, report);
            int listed = 0;
            for (Skipped s : read.skipped()) {
                if (listed++ < 50) {
                    out.println("  skipped " + s);
                }
            }
            for (String s : prepared.skipped()) {
                if (listed++ < 50) {
                    out.println("  skipped " + s);
                }
            }
            int total = read.skipped().size() + prepared.skipped().size();
            if (total > 0) {
                out.printf("%d item(s) skipped%s%n", total, total > 50 ? " (first 50 listed)" : "");
            }
        }
        return ExitCodes.OK;
    }
}
