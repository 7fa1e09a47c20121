package dev.promptcanvas.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.store.StoreException;
import dev.promptcanvas.inference.imageio.ImageFiles;
import dev.promptcanvas.inference.models.ModelRegistry;
import dev.promptcanvas.inference.render.RegionSpec;
import dev.promptcanvas.inference.render.RenderOptions;
import dev.promptcanvas.inference.render.VisualPromptStyle;
import dev.promptcanvas.inference.segment.Sam2Options;
import dev.promptcanvas.inference.segment.Segmenter;
import dev.promptcanvas.inference.segment.Segmenters;
import dev.promptcanvas.inference.vlm.ApiKeyResolver;
import dev.promptcanvas.inference.vlm.EndpointStore;
import dev.promptcanvas.inference.vlm.RetryPolicy;
import dev.promptcanvas.inference.vlm.VlmClient;
import dev.promptcanvas.inference.vlm.VlmEndpoint;
import dev.promptcanvas.inference.vlm.VlmException;
import dev.promptcanvas.inference.vlm.task.CoordinateFrame;
import dev.promptcanvas.inference.vlm.task.GroundedCaptionTask;
import dev.promptcanvas.inference.vlm.task.GroundingCandidate;
import dev.promptcanvas.inference.vlm.task.GroundingTask;
import dev.promptcanvas.inference.vlm.task.PromptTemplates;
import dev.promptcanvas.inference.vlm.task.ReasoningSegmentTask;
import dev.promptcanvas.inference.vlm.task.RegionCaptionTask;
import dev.promptcanvas.inference.vlm.task.TaskOptions;
import dev.promptcanvas.inference.vlm.task.VlmImage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code promptcanvas ask}: one VLM task against an OpenAI-compatible endpoint, printed as JSON. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Ask a vision-language model behind an OpenAI-compatible chat API (vLLM, SGLang, Ollama, LM"
            + " Studio, a hosted API) and print JSON: prompt, raw answer, parsed result, diagnostics, timings.",
            "Tasks: caption (--region, --style), ground (--query, --candidates or --candidates-from), reason"
                + " (--query; box + points -> segmenter mask), gcap (grounded caption, --dialect).",
            "Nothing is written anywhere. Exit 1 when the endpoint fails, 2 for bad input."})
public final class AskCommand implements Callable<Integer> {

    @Option(names = "--endpoint", required = true, paramLabel = "URL|NAME",
            description = "base URL such as http://localhost:8000/v1, or the name of a saved endpoint"
                + " (endpoints.json in the settings folder)")
    String endpoint;

    @Option(names = "--model", paramLabel = "NAME", description = "model name (required with a URL)")
    String model;

    @Option(names = "--task", required = true, paramLabel = "TASK", description = "caption | ground | reason | gcap")
    String task;

    @Option(names = "--image", required = true, paramLabel = "IMG", description = "the image")
    Path image;

    @Option(names = "--region", paramLabel = "JSON", description = "caption: the region, e.g. {\"box\":[x1,y1,x2,y2]}"
        + " (or @file)")
    String region;

    @Option(names = "--query", paramLabel = "TEXT", description = "ground / reason: what to find")
    String query;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "vip-constant-rectangle",
            description = "caption: visual-prompt style (default ${DEFAULT-VALUE}); ground: som or index")
    String style;

    @Option(names = "--candidates", paramLabel = "JSON", description = "ground: candidate regions as a JSON array"
        + " (ids are their 1-based positions), or @file")
    String candidates;

    @Option(names = "--candidates-from", paramLabel = "PROJECT",
            description = "ground: the image's annotations in this project are the candidates")
    Path candidatesFrom;

    @Option(names = "--category", paramLabel = "NAME", description = "with --candidates-from: only this label")
    String category;

    @Option(names = "--frame", paramLabel = "FRAME", defaultValue = "qwen",
            description = "reason / index grounding: model coordinates pixels | qwen | norm1000 | segzero"
                + " (default ${DEFAULT-VALUE})")
    String frame;

    @Option(names = "--dialect", paramLabel = "qwen|kosmos2", defaultValue = "qwen",
            description = "gcap: answer markup (default ${DEFAULT-VALUE})")
    String dialect;

    @Option(names = "--segmenter", paramLabel = "classic|MODEL", description = "reason: segmenter for the mask"
        + " (default: the installed SAM2 model, else classic); 'none' to stop at the prompts")
    String segmenter;

    @Option(names = "--api-key-env", paramLabel = "VAR", description = "environment variable holding the API key")
    String apiKeyEnv;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "per-attempt timeout (default 120)")
    Double timeout;

    @Option(names = "--retries", paramLabel = "N", description = "retries on 429 / 5xx / connection errors")
    Integer retries;

    @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "1024", description = "answer token limit")
    int maxTokens;

    @Option(names = "--stream", description = "ask for a streamed answer (server-sent events)")
    boolean stream;

    @Option(names = "--seed", defaultValue = "0", description = "caption: render seed")
    long seed;

    private CommandSpec spec;

    @Spec
    void spec(CommandSpec s) {
        this.spec = s;
        s.parser().expandAtFiles(false);
        s.usageMessage().width(120);
    }

    @Override
    public Integer call() throws IOException, StoreException {
        VlmEndpoint ep = endpoint();
        VlmImage img = readImage();
        TaskOptions options = TaskOptions.defaults().withMaxTokens(positive(maxTokens, "--max-tokens"))
                .withStream(stream, null);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        AskOutput out = new AskOutput(mapper);
        PromptTemplates templates = PromptTemplates.defaults();
        ObjectNode json;
        try {
            VlmClient client = new VlmClient(ep, new ApiKeyResolver(System.getenv(), "secret-tool").resolve(ep)
                    .orElse(null), RetryPolicy.defaults());
            switch (task.toLowerCase(Locale.ROOT)) {
                case "caption" -> json = out.caption(new RegionCaptionTask(client, templates).run(img, oneRegion(),
                        captionStyle(), RenderOptions.defaults().withSeed(seed), options), ep.model());
                case "ground" -> json = out.ground(new GroundingTask(client, templates).run(img, candidates(img),
                        requireQuery(), display(), coordinateFrame(), options), ep.model());
                case "reason" -> {
                    String q = requireQuery();
                    CoordinateFrame f = coordinateFrame();
                    try (Segmenter seg = openSegmenter()) {
                        json = out.reason(new ReasoningSegmentTask(client, templates, seg).run(img, q, f, options),
                                ep.model());
                    }
                }
                case "gcap" -> json = out.gcap(new GroundedCaptionTask(client, templates).run(img, gcapDialect(),
                        options), ep.model());
                default -> throw new BadInputException("--task " + task + ": expected caption, ground, reason or"
                        + " gcap");
            }
        } catch (VlmException e) {
            if (e.kind() == VlmException.Kind.CONFIGURATION) {
                throw new BadInputException(e.getMessage(), e);
            }
            spec.commandLine().getErr().println("promptcanvas: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCodes.RUNTIME_FAILURE;
        }
        json.put("endpoint", ep.chatCompletionsUri().toString());
        spec.commandLine().getOut().println(mapper.writeValueAsString(json));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private VlmEndpoint endpoint() {
        VlmEndpoint ep;
        if (endpoint.contains("://")) {
            if (model == null || model.isBlank()) {
                throw new BadInputException("--model: required with an endpoint URL");
            }
            try {
                ep = new VlmEndpoint("cli", URI.create(endpoint.trim()), model, null, null, null, null,
                        VlmEndpoint.DEFAULT_RETRIES);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--endpoint " + endpoint + ": " + e.getMessage(), e);
            }
        } else {
            EndpointStore store = EndpointStore.user();
            ep = store.find(endpoint).orElseThrow(() -> new BadInputException("--endpoint " + endpoint
                    + ": not a URL and no saved endpoint of that name in " + store.file()));
            if (model != null && !model.isBlank()) {
                ep = ep.withModel(model);
            }
        }
        try {
            if (apiKeyEnv != null) {
                ep = ep.withApiKeyEnv(apiKeyEnv);
            }
            if (timeout != null) {
                if (!(timeout > 0)) {
                    throw new BadInputException("--timeout " + timeout + ": expected a positive number of seconds");
                }
                ep = ep.withRequestTimeout(Duration.ofMillis(Math.round(timeout * 1000)));
            }
            if (retries != null) {
                ep = ep.withMaxRetries(retries);
            }
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        return ep;
    }

    private VlmImage readImage() throws IOException {
        BufferedImage pixels;
        try {
            pixels = ImageIO.read(image.toFile());
        } catch (IOException e) {
            throw new BadInputException("--image " + image + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (pixels == null) {
            throw new BadInputException("--image " + image + ": not an image this program can read (png, jpg, bmp,"
                    + " gif)");
        }
        return new VlmImage(pixels, 0, ImageFiles.sha256(image), image.toString());
    }

    private Geometry oneRegion() {
        if (region == null) {
            throw new BadInputException("--region: required for --task caption, e.g. {\"box\":[x1,y1,x2,y2]}");
        }
        List<Geometry> list = regions(region, "--region");
        if (list.size() != 1) {
            throw new BadInputException("--region: caption takes exactly one region, got " + list.size());
        }
        return list.get(0);
    }

    private static List<Geometry> regions(String value, String option) {
        try {
            return RegionSpec.parse(RenderCommand.CliText.valueOrFile(value, option));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + ": " + e.getMessage(), e);
        }
    }

    private VisualPromptStyle captionStyle() {
        return VisualPromptStyle.byId(style).orElseThrow(() -> new BadInputException("--style " + style
                + ": unknown style; known: " + String.join(", ", VisualPromptStyle.ids())));
    }

    private GroundingTask.Display display() {
        String s = style.toLowerCase(Locale.ROOT);
        if (s.equals("som") || s.equals("vip-constant-rectangle")) {
            return GroundingTask.Display.SET_OF_MARK;
        }
        if (s.equals("index") || s.equals("index-list")) {
            return GroundingTask.Display.INDEX_LIST;
        }
        throw new BadInputException("--style " + style + ": grounding shows candidates as som or index");
    }

    private List<GroundingCandidate> candidates(VlmImage img) throws StoreException {
        if ((candidates == null) == (candidatesFrom == null)) {
            throw new BadInputException("--candidates or --candidates-from: give exactly one for --task ground");
        }
        if (candidates != null) {
            List<Geometry> list = regions(candidates, "--candidates");
            return java.util.stream.IntStream.range(0, list.size())
                    .mapToObj(i -> new GroundingCandidate(i + 1, list.get(i))).toList();
        }
        return ProjectCandidates.load(candidatesFrom, image, category);
    }

    private String requireQuery() {
        if (query == null || query.isBlank()) {
            throw new BadInputException("--query: required for --task " + task);
        }
        return query;
    }

    private CoordinateFrame coordinateFrame() {
        return CoordinateFrame.byId(frame).orElseThrow(() -> new BadInputException("--frame " + frame
                + ": expected pixels, qwen, norm1000, segzero or square:N"));
    }

    private GroundedCaptionTask.Dialect gcapDialect() {
        return switch (dialect.toLowerCase(Locale.ROOT).replace("-", "")) {
            case "qwen" -> GroundedCaptionTask.Dialect.QWEN;
            case "kosmos2", "kosmos" -> GroundedCaptionTask.Dialect.KOSMOS2;
            default -> throw new BadInputException("--dialect " + dialect + ": expected qwen or kosmos2");
        };
    }

    private Segmenter openSegmenter() {
        if (segmenter != null && segmenter.equalsIgnoreCase("none")) {
            return null;
        }
        ModelRegistry registry = new ModelRegistry(dev.promptcanvas.inference.models.ModelDirs.userModels());
        return segmenter == null ? Segmenters.openDefault(registry, Sam2Options.defaults())
                : Segmenters.open(segmenter, registry, Sam2Options.defaults());
    }

    private static int positive(int v, String option) {
        if (v <= 0) {
            throw new BadInputException(option + " " + v + ": expected a positive number");
        }
        return v;
    }
}
