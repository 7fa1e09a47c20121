package dev.promptcanvas.annotations.formats.odvg;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.formats.support.JsonLinesReader;
import dev.promptcanvas.annotations.formats.support.JsonNodes;
import dev.promptcanvas.annotations.formats.support.JsonPaths;
import dev.promptcanvas.annotations.formats.support.Problems;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads ODVG lines: lines with the same {@code filename} are one image; detection instances become Box annotations
 * of their label's category; grounding lines become a caption with phrases linked to Box annotations of category
 * "object" (identical boxes of an image's grounding lines are one annotation).
 */
final class OdvgReader {

    static final String GROUNDING_CATEGORY = "object";

    private final Path file;
    private final Path labelMapOption;
    private final Problems problems;
    private Map<Long, String> labelMap;
    private Path labelMapFile;
    private final Map<String, ImageRecord> images = new LinkedHashMap<>();
    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final Map<Long, Map<Box, Long>> regions = new HashMap<>();
    private final List<Annotation> annotations = new ArrayList<>();
    private final List<Caption> captions = new ArrayList<>();
    private final List<GroundedPhrase> phrases = new ArrayList<>();

    OdvgReader(Path file, ReadOptions options, Path labelMap) {
        this.file = file;
        this.labelMapOption = labelMap;
        this.problems = new Problems(options.skipInvalid());
    }

    ReadResult read() throws FormatException, IOException {
        labelMapFile = labelMapOption != null ? labelMapOption : findLabelMap();
        labelMap = labelMapFile == null ? Map.of() : OdvgLabelMap.read(labelMapFile);
        JsonLinesReader.read(file, problems, (line, node) -> record(node));
        Dataset d = new Dataset(List.copyOf(images.values()), List.copyOf(categories.values()), annotations,
                captions, phrases, List.of(), List.of());
        return new ReadResult(d, problems.skipped());
    }

    private Path findLabelMap() {
        Path sibling = OdvgFormat.labelMapPathFor(file.toAbsolutePath());
        if (Files.isRegularFile(sibling)) {
            return sibling;
        }
        Path plain = file.toAbsolutePath().resolveSibling("label_map.json");
        return Files.isRegularFile(plain) ? plain : null;
    }

    private void record(JsonNode node) throws InvalidFieldException {
        String name = JsonNodes.nonBlankText(JsonNodes.required(node, "filename", ""), "filename").replace('\\', '/');
        int height = JsonNodes.positiveInt(JsonNodes.required(node, "height", ""), "height");
        int width = JsonNodes.positiveInt(JsonNodes.required(node, "width", ""), "width");
        JsonNode detection = JsonNodes.optional(node, "detection");
        JsonNode grounding = JsonNodes.optional(node, "grounding");
        if (detection == null && grounding == null) {
            throw new InvalidFieldException("detection", "a line needs \"detection\" or \"grounding\"");
        }
        ImageRecord known = images.get(name);
        if (known != null && (known.width() != width || known.height() != height)) {
            throw new InvalidFieldException("width", "image " + name + " is " + width + "x" + height + " here but "
                    + known.width() + "x" + known.height() + " on an earlier line");
        }
        List<Instance> instances = detection == null ? List.of() : instances(detection, width, height);
        OdvgGrounding.Parsed parsed = grounding == null ? null : OdvgGrounding.parse(grounding, width, height);
        ImageRecord image = known != null ? known : new ImageRecord(images.size() + 1L, name, width, height, "");
        images.put(name, image);
        for (Instance i : instances) {
            newAnnotation(image, i.category(), i.box());
        }
        if (parsed != null) {
            commit(image, parsed);
        }
    }

    private record Instance(String category, Box box) {
    }

    private List<Instance> instances(JsonNode detection, int width, int height) throws InvalidFieldException {
        JsonNode list = JsonNodes.required(detection, "instances", "detection");
        if (!list.isArray()) {
            throw new InvalidFieldException("detection.instances", "must be a list, got " + JsonNodes.describe(list));
        }
        List<Instance> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = JsonPaths.index("detection.instances", i);
            JsonNode inst = list.get(i);
            if (!inst.isObject()) {
                throw new InvalidFieldException(path, "must be an object, got " + JsonNodes.describe(inst));
            }
            Box box = OdvgGrounding.box(JsonNodes.required(inst, "bbox", path), JsonPaths.field(path, "bbox"),
                    width, height);
            JsonNode label = JsonNodes.optional(inst, "label");
            JsonNode category = JsonNodes.optional(inst, "category");
            String name = null;
            if (label != null) {
                long l = JsonNodes.integer(label, JsonPaths.field(path, "label"));
                name = labelMap.get(l);
                if (name == null && labelMapFile != null) {
                    throw new InvalidFieldException(JsonPaths.field(path, "label"), "label " + l + " is not in the"
                            + " label map " + labelMapFile);
                }
            }
            if (name == null && category != null) {
                name = JsonNodes.nonBlankText(category, JsonPaths.field(path, "category"));
            }
            if (name == null) {
                throw new InvalidFieldException(JsonPaths.field(path, label == null ? "label" : "category"),
                        label == null ? "missing" : "no label map found (" + OdvgFormat.labelMapPathFor(file)
                                .getFileName() + " or label_map.json beside the input) and no category");
            }
            out.add(new Instance(name, box));
        }
        return out;
    }

    private void commit(ImageRecord image, OdvgGrounding.Parsed parsed) {
        long captionId = captions.size() + 1L;
        captions.add(new Caption(captionId, image.id(), parsed.caption(), Source.human()));
        Map<Box, Long> known = regions.computeIfAbsent(image.id(), k -> new HashMap<>());
        Map<List<Integer>, List<Long>> spans = new LinkedHashMap<>();
        for (OdvgGrounding.Region r : parsed.regions()) {
            long id = known.computeIfAbsent(r.box(), b -> newAnnotation(image, GROUNDING_CATEGORY, b));
            for (int[] span : r.spans()) {
                List<Long> ids = spans.computeIfAbsent(List.of(span[0], span[1]), k -> new ArrayList<>());
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        for (Map.Entry<List<Integer>, List<Long>> s : spans.entrySet()) {
            phrases.add(new GroundedPhrase(phrases.size() + 1L, captionId, s.getKey().get(0), s.getKey().get(1),
                    s.getValue()));
        }
    }

    private long newAnnotation(ImageRecord image, String categoryName, Box box) {
        Category c = categories.computeIfAbsent(categoryName, n -> Category.named(n).withId(categories.size() + 1L));
        long id = annotations.size() + 1L;
        annotations.add(Annotation.of(image.id(), c.id(), box).withId(id));
        return id;
    }
}
