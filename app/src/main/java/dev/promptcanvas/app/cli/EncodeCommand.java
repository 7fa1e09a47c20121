package dev.promptcanvas.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.inference.encode.AnswerJson;
import dev.promptcanvas.inference.encode.DecodeContext;
import dev.promptcanvas.inference.encode.Diagnostic;
import dev.promptcanvas.inference.encode.EncodeRequest;
import dev.promptcanvas.inference.encode.EncodedPrompt;
import dev.promptcanvas.inference.encode.ImageSize;
import dev.promptcanvas.inference.encode.ParsedAnswer;
import dev.promptcanvas.inference.encode.RegionFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code promptcanvas encode --format F --image-size WxH --box X1,Y1,X2,Y2 ...}: regions as model text;
 * {@code --decode TEXT} reads a model's answer back into boxes, points and indexes.
 */
@Command(name = "encode", mixinStandardHelpOptions = true,
        description = {"Write boxes as text for a multimodal model, or (--decode) read a model's answer back.",
            "Boxes are X1,Y1,X2,Y2 in pixels of the original image. With --decode, --box lists the candidate boxes"
                + " (ChatRex/RexSeek) or regions (Osprey/MDVP) the prompt had, and --image-size maps model"
                + " coordinates back to pixels; the result is JSON with boxes, indexes and diagnostics."})
public final class EncodeCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, paramLabel = "F", description = "a format (listed below)")
    String format;

    @Option(names = "--image-size", paramLabel = "WxH", description = "original image size (required to encode)")
    String imageSize;

    @Option(names = "--box", paramLabel = "X1,Y1,X2,Y2", description = "a box (repeat for several)")
    List<String> boxes = new ArrayList<>();

    @Option(names = "--point", paramLabel = "X,Y", description = "a point (qwen, mdvp, osprey; repeatable)")
    List<String> points = new ArrayList<>();

    @Option(names = "--label", paramLabel = "TEXT", description = "phrase of the box at the same position (repeatable)")
    List<String> labels = new ArrayList<>();

    @Option(names = "--query", paramLabel = "TEXT", description = "question or referring expression for the prompt")
    String query;

    @Option(names = "--regions", paramLabel = "N",
            description = "--decode: number of candidates/regions the prompt had, when not given as --box")
    Integer regions;

    @Option(names = "--decode", paramLabel = "TEXT", description = "a model answer to read (or @file)")
    String decode;

    private CommandSpec spec;

    /** Keeps {@code --decode @file} literal and lists the formats in the help. */
    @Spec
    void spec(CommandSpec s) {
        this.spec = s;
        s.parser().expandAtFiles(false);
        s.usageMessage().width(120);
        s.usageMessage().footer("%nFormats:%n" + java.util.Arrays.stream(RegionFormat.values())
                .map(f -> String.format(Locale.ROOT, "  %-9s %s", f.id(), f.description().replace("%", "%%")))
                .collect(Collectors.joining("%n")) + "%n");
    }

    @Override
    public Integer call() throws IOException {
        RegionFormat f = RegionFormat.byId(format).orElseThrow(() -> new BadInputException("--format " + format
                + ": unknown format; known: " + String.join(", ", RegionFormat.ids())));
        ImageSize size = null;
        if (imageSize != null) {
            try {
                size = ImageSize.parse(imageSize);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--image-size: " + e.getMessage(), e);
            }
        }
        List<Box> boxList = new ArrayList<>();
        for (String b : boxes) {
            double[] v = numbers(b, 4, "--box", "X1,Y1,X2,Y2");
            boxList.add(Box.ofCorners(v[0], v[1], v[2], v[3]));
        }
        List<Point> pointList = new ArrayList<>();
        for (String p : points) {
            double[] v = numbers(p, 2, "--point", "X,Y");
            pointList.add(new Point(v[0], v[1]));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (decode != null) {
            String answer = RenderCommand.CliText.valueOrFile(decode, "--decode");
            int count = regions != null ? regions : boxList.size();
            ParsedAnswer parsed = f.codec().decode(answer, new DecodeContext(size, boxList, count));
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(AnswerJson.toJson(parsed, mapper)));
            out.flush();
            return ExitCodes.OK;
        }
        if (size == null) {
            throw new BadInputException("--image-size WxH is required to encode");
        }
        EncodedPrompt prompt;
        try {
            prompt = f.codec().encode(new EncodeRequest(size, boxList, pointList, labels, query));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--box: " + e.getMessage(), e);
        }
        out.println(prompt.text());
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        for (Diagnostic d : prompt.diagnostics()) {
            err.println("note (" + d.code() + "): " + d.message());
        }
        err.flush();
        return ExitCodes.OK;
    }

    private static double[] numbers(String text, int n, String option, String shape) {
        String[] parts = text.split(",");
        if (parts.length != n) {
            throw new BadInputException(option + " " + text + ": expected " + shape);
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new BadInputException(option + " " + text + ": '" + parts[i].trim() + "' is not a number", e);
            }
            if (!Double.isFinite(v[i])) {
                throw new BadInputException(option + " " + text + ": '" + parts[i].trim() + "' is not a finite number");
            }
        }
        return v;
    }
}
