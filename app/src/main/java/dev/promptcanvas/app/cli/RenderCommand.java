package dev.promptcanvas.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.inference.render.PatchGridOptions;
import dev.promptcanvas.inference.render.PromptColors;
import dev.promptcanvas.inference.render.RegionSpec;
import dev.promptcanvas.inference.render.RenderJson;
import dev.promptcanvas.inference.render.RenderOptions;
import dev.promptcanvas.inference.render.RenderResult;
import dev.promptcanvas.inference.render.SomOptions;
import dev.promptcanvas.inference.render.VisualPromptRenderer;
import dev.promptcanvas.inference.render.VisualPromptStyle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code promptcanvas render --image IMG --style STYLE --region JSON --output OUT.png}: draws a visual prompt. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Draw a visual prompt (ViP-LLaVA, FGVP, Set-of-Mark, FALIP) for one or more regions and print"
            + " the phrase that refers to each mark (and Set-of-Mark's label -> region mapping) as JSON.",
            "--region is JSON or @file: {\"box\":[x1,y1,x2,y2]} | {\"polygon\":[x,y,...]} | "
                + "{\"mask\":{\"size\":[h,w],\"counts\":\"...\"}} | {\"point\":[x,y]} | {\"ellipse\":[cx,cy,rx,ry]}"
                + " | a JSON array of those (Set-of-Mark). Pixel coordinates of the image."})
public final class RenderCommand implements Callable<Integer> {

    @Option(names = "--image", required = true, paramLabel = "IMG", description = "input image (png, jpg, bmp, gif)")
    Path image;

    @Option(names = "--style", required = true, paramLabel = "STYLE", description = "a style id (listed below)")
    String style;

    @Option(names = "--region", required = true, paramLabel = "JSON", description = "region(s) as JSON, or @file")
    String region;

    @Option(names = "--output", required = true, paramLabel = "OUT.png", description = "image to write (png or jpg)")
    Path output;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "N",
            description = "random seed: the same seed gives the same picture (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--color", paramLabel = "NAME|#rrggbb", description = "override the style's colour")
    String color;

    @Option(names = "--alpha", paramLabel = "0-255", description = "override the style's opacity")
    Integer alpha;

    @Option(names = "--grid", paramLabel = "N", defaultValue = "24",
            description = "falip-patch: patches per side (default: ${DEFAULT-VALUE})")
    int grid;

    @Option(names = "--grid-png", paramLabel = "FILE", description = "falip-patch: also write the bare grid as PNG")
    Path gridPng;

    @Option(names = "--som-fill", description = "som: fill regions with their colour")
    boolean somFill;

    @Option(names = "--som-letters", description = "som: label with letters instead of numbers")
    boolean somLetters;

    private CommandSpec spec;

    /** Keeps {@code --region @file} literal (picocli would expand it as an argument file) and lists the styles. */
    @Spec
    void spec(CommandSpec s) {
        this.spec = s;
        s.parser().expandAtFiles(false);
        s.usageMessage().width(120);
        s.usageMessage().footer("%nStyles:%n" + java.util.Arrays.stream(VisualPromptStyle.values())
                .map(v -> String.format(Locale.ROOT, "  %-26s %s", v.id(), v.description().replace("%", "%%")))
                .collect(Collectors.joining("%n")) + "%n");
    }

    @Override
    public Integer call() throws IOException {
        VisualPromptStyle st = VisualPromptStyle.byId(style).orElseThrow(() -> new BadInputException(
                "--style " + style + ": unknown style; known: " + String.join(", ", VisualPromptStyle.ids())));
        BufferedImage input = readImage(image);
        List<Geometry> regions;
        try {
            regions = RegionSpec.parse(CliText.valueOrFile(region, "--region"));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--region: " + e.getMessage(), e);
        }
        RenderOptions options;
        try {
            options = RenderOptions.defaults().withSeed(seed)
                    .withColor(color == null ? null : PromptColors.parse(color))
                    .withAlpha(alpha)
                    .withSom(SomOptions.defaults().withFill(somFill).withLetters(somLetters))
                    .withPatchGrid(new PatchGridOptions(grid, 0.5, false));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        RenderResult result;
        try {
            result = VisualPromptRenderer.render(st, input, regions, options);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--region: " + e.getMessage() + " (image " + image + ")", e);
        }
        write(result.image(), output);
        if (gridPng != null) {
            if (result.patchGrid() == null) {
                throw new BadInputException("--grid-png: only the falip-patch style makes a patch grid");
            }
            write(result.patchGrid().toImage(8), gridPng);
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode json = RenderJson.toJson(result, mapper);
        json.put("output", output.toString());
        spec.commandLine().getOut().println(mapper.writeValueAsString(json));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private static BufferedImage readImage(Path path) {
        try {
            BufferedImage img = ImageIO.read(path.toFile());
            if (img == null) {
                throw new BadInputException("--image " + path + ": not an image this program can read (png, jpg, bmp,"
                        + " gif)");
            }
            return img;
        } catch (IOException e) {
            throw new BadInputException("--image " + path + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static void write(BufferedImage img, Path path) throws IOException {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        String format = name.endsWith(".jpg") || name.endsWith(".jpeg") ? "jpg" : name.endsWith(".bmp") ? "bmp" : "png";
        if (!name.endsWith(".png") && format.equals("png")) {
            throw new BadInputException("--output " + path + ": expected a .png, .jpg or .bmp file name");
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(img, format, path.toFile())) {
            throw new IOException("no image writer for " + format);
        }
    }

    /** Reads {@code @file} arguments. */
    static final class CliText {

        private CliText() {
        }

        /** The argument itself, or the content of the file it names when it starts with '@'. */
        static String valueOrFile(String value, String option) {
            if (value == null || !value.startsWith("@")) {
                return value;
            }
            Path file = Path.of(value.substring(1));
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new BadInputException(option + " " + value + ": no such file", e);
            } catch (IOException e) {
                throw new BadInputException(option + " " + value + ": cannot be read (" + e.getMessage() + ")", e);
            }
        }
    }
}
