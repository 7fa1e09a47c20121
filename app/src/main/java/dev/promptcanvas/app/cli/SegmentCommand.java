package dev.promptcanvas.app.cli;

import dev.promptcanvas.annotations.prompt.Prompt;
import dev.promptcanvas.inference.models.DevicePreference;
import dev.promptcanvas.inference.models.ModelDirs;
import dev.promptcanvas.inference.models.ModelException;
import dev.promptcanvas.inference.models.ModelRegistry;
import dev.promptcanvas.inference.segment.MaskImages;
import dev.promptcanvas.inference.segment.PromptSyntax;
import dev.promptcanvas.inference.segment.Sam2Options;
import dev.promptcanvas.inference.segment.SegmentRuns;
import dev.promptcanvas.inference.segment.SegmentationReport;
import dev.promptcanvas.inference.segment.SegmentationResult;
import dev.promptcanvas.inference.segment.Segmenter;
import dev.promptcanvas.inference.segment.Segmenters;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code promptcanvas segment --image IMG [prompts] --output OUT.(png|json)}: one interactive segmentation. */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = {"Segment one object in an image from points, a box and scribbles.",
            "Coordinates are image pixels. OUT.png gets the mask (255 = object); OUT.json gets COCO RLE",
            "{size,counts}, score, candidates and per-stage timings (medians over --repeat runs after one warm-up)."})
public final class SegmentCommand implements Callable<Integer> {

    @Option(names = "--image", required = true, paramLabel = "IMG", description = "the image (PNG, JPEG, ...)")
    Path image;

    @Option(names = "--model", paramLabel = "classic|MODEL_DIR|ID",
            description = "classic (OpenCV), a model folder with manifest.json, or an installed model id "
                    + "(default: the first installed SAM2 model, else classic)")
    String model;

    @Option(names = "--point", paramLabel = "X,Y[,neg]", description = "a click; add ,neg for a negative one")
    List<String> points = new ArrayList<>();

    @Option(names = "--box", paramLabel = "X1,Y1,X2,Y2", description = "a box around the object")
    String box;

    @Option(names = "--scribble", paramLabel = "X,Y;X,Y;...[,neg]", description = "a stroke over the object")
    List<String> scribbles = new ArrayList<>();

    @Option(names = "--output", required = true, paramLabel = "OUT.(png|json)", description = "where to write")
    Path output;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "timed runs after one warm-up (default: ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--device", paramLabel = "auto|cpu|gpu", defaultValue = "auto",
            description = "where a SAM2 model runs (default: ${DEFAULT-VALUE}: CUDA when available)")
    String device;

    @Option(names = "--models-dir", paramLabel = "DIR", description = "installed models (default: the user's)")
    Path modelsDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String format = outputFormat();
        if (repeat < 1) {
            throw new BadInputException("--repeat " + repeat + ": must be at least 1");
        }
        List<Prompt> prompts = prompts();
        BufferedImage img = readImage();
        String hash = MaskImages.contentHash(image);
        DevicePreference dev;
        try {
            dev = DevicePreference.parse(device);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--device " + e.getMessage());
        }
        ModelRegistry registry = new ModelRegistry(modelsDir != null ? modelsDir : ModelDirs.userModels());
        Sam2Options options = new Sam2Options(dev, 0, null);
        try (Segmenter seg = model == null ? Segmenters.openDefault(registry, options)
                : Segmenters.open(model, registry, options)) {
            SegmentRuns.Outcome run = SegmentRuns.run(seg, img, hash, prompts, repeat);
            SegmentationResult r = run.result();
            if (output.toAbsolutePath().getParent() != null) {
                Files.createDirectories(output.toAbsolutePath().getParent());
            }
            if (format.equals("png")) {
                MaskImages.writePng(r.best().mask(), output);
            } else {
                Files.writeString(output, SegmentationReport.toJson(image.toString(), seg.modelId(), seg.device(), r,
                        run.timings()), StandardCharsets.UTF_8);
            }
            spec.commandLine().getOut().printf(Locale.ROOT,
                    "Wrote %s: mask area %d px, score %.3f, candidate %d of %d, model %s on %s, decode %.1f ms%n",
                    output, r.best().mask().area(), r.best().score(), r.bestIndex() + 1, r.candidates().size(),
                    seg.modelId(), seg.device(), SegmentationReport.medians(run.timings()).decodeMs());
        } catch (ModelException | IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        return ExitCodes.OK;
    }

    private String outputFormat() {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return "png";
        }
        if (name.endsWith(".json")) {
            return "json";
        }
        throw new BadInputException("--output " + output + ": must end in .png or .json");
    }

    private List<Prompt> prompts() {
        List<Prompt> prompts = new ArrayList<>();
        try {
            if (box != null) {
                prompts.add(PromptSyntax.box(box));
            }
            for (String p : points) {
                prompts.add(PromptSyntax.point(p));
            }
            for (String s : scribbles) {
                prompts.add(PromptSyntax.scribble(s));
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        if (prompts.isEmpty()) {
            throw new BadInputException("no prompt: give --point, --box or --scribble");
        }
        return prompts;
    }

    private BufferedImage readImage() {
        if (!Files.isRegularFile(image)) {
            throw new BadInputException("--image " + image + ": file not found");
        }
        try {
            BufferedImage img = ImageIO.read(image.toFile());
            if (img == null) {
                throw new BadInputException("--image " + image + ": not an image format this build can read");
            }
            return img;
        } catch (IOException e) {
            throw new BadInputException("--image " + image + ": cannot read: " + e.getMessage(), e);
        }
    }
}
