package dev.promptcanvas.annotations.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.mask.Rle;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads HumanRef ground-truth and prediction JSON Lines. Errors name the file, the line and the field, e.g.
 * {@code gt.jsonl: line 7: answer_boxes[2]: expected 4 numbers x1, y1, x2, y2, found [1,2]}.
 */
public final class HumanRefReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private HumanRefReader() {
    }

    /** The ground truth; {@code withMasks} also decodes {@code answer_segmentations} of non-rejection lines. */
    public static List<GroundTruthItem> readGroundTruth(Path file, boolean withMasks)
            throws IOException, FormatException {
        List<GroundTruthItem> items = new ArrayList<>();
        forEachLine(file, (node, line) -> items.add(groundTruth(file, line, node, withMasks)));
        if (items.isEmpty()) {
            throw new FormatException(file, null, "no ground-truth lines");
        }
        return items;
    }

    /** The predictions, in file order (a repeated id keeps every line here; pairing keeps the last). */
    public static List<Prediction> readPredictions(Path file) throws IOException, FormatException {
        List<Prediction> predictions = new ArrayList<>();
        forEachLine(file, (node, line) -> {
            ItemId id = id(file, line, node);
            JsonNode entries = required(file, line, node, "extracted_predictions");
            predictions.add(new Prediction(line, id, numberLists(file, line, entries, "extracted_predictions", -1)));
        });
        if (predictions.isEmpty()) {
            throw new FormatException(file, null, "no prediction lines");
        }
        return predictions;
    }

    private static GroundTruthItem groundTruth(Path file, int line, JsonNode node, boolean withMasks)
            throws FormatException {
        ItemId id = id(file, line, node);
        String domain = text(file, line, required(file, line, node, "domain"), "domain");
        boolean rejection = GroundTruthItem.REJECTION.equals(domain);
        JsonNode sub = node.get("sub_domain");
        String subDomain = null;
        if (sub != null && !sub.isNull() || !rejection) {
            subDomain = text(file, line, required(file, line, node, "sub_domain"), "sub_domain");
        }
        JsonNode candidates = required(file, line, node, "candidate_boxes");
        if (!candidates.isArray()) {
            throw error(file, line, "candidate_boxes", "expected a list of boxes, found " + describe(candidates));
        }
        List<double[]> answers = numberLists(file, line, required(file, line, node, "answer_boxes"),
                "answer_boxes", 4);
        List<Rle> masks = null;
        if (withMasks && !rejection) {
            masks = masks(file, line, required(file, line, node, "answer_segmentations"));
        }
        return new GroundTruthItem(line, id, domain, subDomain, candidates.size(), answers, masks);
    }

    private static List<Rle> masks(Path file, int line, JsonNode list) throws FormatException {
        String field = "answer_segmentations";
        if (!list.isArray()) {
            throw error(file, line, field, "expected a list of COCO RLE objects, found " + describe(list));
        }
        List<Rle> masks = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            masks.add(RleJson.read(file, line, field + "[" + i + "]", list.get(i)));
        }
        return masks;
    }

    /** A list of number lists; {@code exact} > 0 requires that many numbers in each. */
    private static List<double[]> numberLists(Path file, int line, JsonNode list, String field, int exact)
            throws FormatException {
        if (!list.isArray()) {
            throw error(file, line, field, "expected a list of lists of numbers, found " + describe(list));
        }
        List<double[]> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String path = field + "[" + i + "]";
            if (!entry.isArray() || exact > 0 && entry.size() != exact) {
                throw error(file, line, path, (exact > 0 ? "expected " + exact + " numbers x1, y1, x2, y2"
                        : "expected a list of numbers") + ", found " + describe(entry));
            }
            double[] values = new double[entry.size()];
            for (int k = 0; k < values.length; k++) {
                JsonNode v = entry.get(k);
                if (!v.isNumber()) {
                    throw error(file, line, path + "[" + k + "]", "expected a number, found " + describe(v));
                }
                values[k] = v.doubleValue();
                if (!Double.isFinite(values[k])) {
                    throw error(file, line, path + "[" + k + "]", "expected a finite number, found " + v);
                }
            }
            out.add(values);
        }
        return out;
    }

    private static ItemId id(Path file, int line, JsonNode node) throws FormatException {
        JsonNode raw = required(file, line, node, "id");
        ItemId id = ItemId.of(raw);
        if (id == null) {
            throw error(file, line, "id", "expected a string or a number, found " + describe(raw));
        }
        return id;
    }

    private static String text(Path file, int line, JsonNode v, String field) throws FormatException {
        if (!v.isTextual()) {
            throw error(file, line, field, "expected a string, found " + describe(v));
        }
        return v.asText();
    }

    private static JsonNode required(Path file, int line, JsonNode node, String name) throws FormatException {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw error(file, line, name, "missing");
        }
        return v;
    }

    static FormatException error(Path file, int line, String field, String reason) {
        return new FormatException(file, "line " + line + ": " + field, reason);
    }

    static String describe(JsonNode v) {
        String s = v.toString();
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    private interface LineHandler {
        void accept(JsonNode node, int line) throws FormatException;
    }

    private static void forEachLine(Path file, LineHandler handler) throws IOException, FormatException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            int line = 0;
            while ((text = in.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = MAPPER.readTree(text);
                } catch (JsonProcessingException e) {
                    throw new FormatException(file, "line " + line, "malformed JSON: " + e.getOriginalMessage(), e);
                }
                if (node == null || !node.isObject()) {
                    throw new FormatException(file, "line " + line, "expected a JSON object");
                }
                handler.accept(node, line);
            }
        }
    }
}
