package dev.promptcanvas.app.cli;

import dev.promptcanvas.inference.models.DevicePreference;
import dev.promptcanvas.inference.models.InstalledModel;
import dev.promptcanvas.inference.models.ModelCatalog;
import dev.promptcanvas.inference.models.ModelDirs;
import dev.promptcanvas.inference.models.ModelException;
import dev.promptcanvas.inference.models.ModelManifest;
import dev.promptcanvas.inference.models.ModelRegistry;
import dev.promptcanvas.inference.models.ProgressListener;
import dev.promptcanvas.inference.segment.ClassicalSegmenter;
import dev.promptcanvas.inference.segment.Sam2OnnxSegmenter;
import dev.promptcanvas.inference.segment.Sam2Options;
import dev.promptcanvas.inference.segment.SelfTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code promptcanvas models list|install|verify}: the installed segmentation models. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List, install and verify segmentation models (SAM2 ONNX encoder/decoder pairs).",
        subcommands = {ModelsCommand.ListModels.class, ModelsCommand.Install.class, ModelsCommand.Verify.class})
public final class ModelsCommand implements Runnable {

    @Option(names = "--models-dir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "where models are installed (default: the user's data folder, see PROMPTCANVAS_HOME)")
    Path modelsDir;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: list, install or verify");
    }

    ModelRegistry registry() {
        return new ModelRegistry(modelsDir != null ? modelsDir : ModelDirs.userModels());
    }

    /** {@code models list}: installed models, then the catalogue. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Installed and downloadable models.")
    static final class ListModels implements Callable<Integer> {
        @ParentCommand
        ModelsCommand parent;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            ModelRegistry reg = parent.registry();
            List<InstalledModel> installed = reg.list();
            out.println("Installed in " + reg.root() + ":");
            out.println("  classic  (built in: OpenCV GrabCut / watershed; the default without a model)");
            for (InstalledModel m : installed) {
                out.printf(Locale.ROOT, "  %s  %s, %s, licence %s  [%s]%n", m.id(), m.manifest().name(),
                        m.manifest().kind(), m.manifest().licence(), m.dir());
            }
            for (String p : reg.problems()) {
                out.println("  ! " + p);
            }
            out.println("Available to install (promptcanvas models install ID):");
            for (ModelManifest m : ModelCatalog.bundled()) {
                boolean has = installed.stream().anyMatch(i -> i.id().equals(m.id()));
                out.printf(Locale.ROOT, "  %s  %s, licence %s%s  <%s>%n", m.id(), m.name(), m.licence(),
                        has ? " (installed)" : "", m.sourceUrl());
            }
            return ExitCodes.OK;
        }
    }

    /** {@code models install ID} or {@code models install --from DIR [ID]}. */
    @Command(name = "install", mixinStandardHelpOptions = true,
            description = {"Install a model: download ID from its manifest URL (resumes a broken download),",
                "or copy it from a local folder with --from DIR (offline; the folder needs a manifest.json",
                "unless ID names a known model). Known checksums are verified, unknown ones recorded."})
    static final class Install implements Callable<Integer> {
        @ParentCommand
        ModelsCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "a model id (models list)")
        String id;
        @Option(names = "--from", paramLabel = "DIR", description = "install from this folder, offline")
        Path from;

        @Override
        public Integer call() throws IOException, InterruptedException {
            ModelRegistry reg = parent.registry();
            Optional<ModelManifest> known = id == null ? Optional.empty() : ModelCatalog.find(id);
            PrintWriter err = spec.commandLine().getErr();
            ProgressListener progress = new ConsoleProgress(err);
            InstalledModel m;
            try {
                if (from != null) {
                    if (id != null && known.isEmpty() && !Files.isRegularFile(from.resolve("manifest.json"))) {
                        throw new BadInputException("model '" + id + "': unknown id and " + from
                                + " has no manifest.json");
                    }
                    m = reg.installFrom(from, known.orElse(null), progress);
                } else if (id == null) {
                    throw new BadInputException("give a model ID or --from DIR (see 'promptcanvas models list')");
                } else {
                    m = reg.install(known.orElseThrow(() -> new BadInputException("model '" + id
                            + "': not in the catalogue (see 'promptcanvas models list'), use --from DIR")), progress);
                }
            } catch (ModelException e) {
                throw new BadInputException(e.getMessage(), e);
            }
            spec.commandLine().getOut().println("Installed " + m.id() + " in " + m.dir());
            return ExitCodes.OK;
        }
    }

    /** {@code models verify [ID]}: checksums and a self-test run of each model, with timings. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check installed models' files against their checksums and run each once (self-test).")
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        ModelsCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", arity = "0..1", paramLabel = "ID|DIR", description = "one model (default: all)")
        String id;
        @Option(names = "--device", paramLabel = "auto|cpu|gpu", defaultValue = "auto",
                description = "where to run the self-test (default: ${DEFAULT-VALUE})")
        String device;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            ModelRegistry reg = parent.registry();
            List<InstalledModel> models = new ArrayList<>();
            try {
                if (id == null) {
                    models.addAll(reg.list());
                } else if (Files.isDirectory(Path.of(id))) {
                    models.add(InstalledModel.open(Path.of(id)));
                } else if (!id.equals(ClassicalSegmenter.MODEL_ID)) {
                    models.add(reg.find(id).orElseThrow(() -> new BadInputException("model '" + id
                            + "': not installed in " + reg.root())));
                }
            } catch (ModelException e) {
                throw new BadInputException(e.getMessage(), e);
            }
            DevicePreference dev = DevicePreference.parse(device);
            boolean allOk = true;
            if (id == null || id.equals(ClassicalSegmenter.MODEL_ID)) {
                allOk &= print(out, SelfTest.run(new ClassicalSegmenter()));
            }
            out.println("CUDA execution provider available: " + DevicePreference.cudaAvailable());
            for (InstalledModel m : models) {
                List<String> problems = reg.verifyFiles(m);
                problems.forEach(p -> out.println("  ! " + p));
                allOk &= problems.isEmpty();
                try (Sam2OnnxSegmenter s = Sam2OnnxSegmenter.open(m, new Sam2Options(dev, 0, null))) {
                    allOk &= print(out, SelfTest.run(s));
                } catch (ModelException e) {
                    out.println("FAIL " + m.id() + ": " + e.getMessage());
                    allOk = false;
                }
            }
            return allOk ? ExitCodes.OK : ExitCodes.RUNTIME_FAILURE;
        }

        private static boolean print(PrintWriter out, SelfTest.Report r) {
            out.printf(Locale.ROOT, "%s %s on %s: encode %.1f ms, decode %.1f ms (%s)%n", r.ok() ? "OK  " : "FAIL",
                    r.modelId(), r.device(), r.encodeMs(), r.decodeMs(), r.message());
            return r.ok();
        }
    }

    /** Prints download/copy/checksum progress as whole percentages. */
    private static final class ConsoleProgress implements ProgressListener {
        private final PrintWriter err;
        private String lastLine = "";

        ConsoleProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void progress(String what, long done, long total) {
            String line = total > 0 ? String.format(Locale.ROOT, "%s: %d%%", what, 100 * done / total)
                    : String.format(Locale.ROOT, "%s: %d MB", what, done >> 20);
            if (!line.equals(lastLine)) {
                err.println(line);
                err.flush();
                lastLine = line;
            }
        }
    }
}
