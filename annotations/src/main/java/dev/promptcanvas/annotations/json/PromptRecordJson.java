package dev.promptcanvas.annotations.json;

import static dev.promptcanvas.annotations.json.JsonSupport.writeNumber;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.promptcanvas.annotations.prompt.ManualEdit;
import dev.promptcanvas.annotations.prompt.Prompt;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import java.io.IOException;
import java.util.List;

/**
 * A prompt record as JSON:
 * <pre>
 * {"id":7,"imageId":3,"prompts":[...],"modelId":"sam2.1-tiny","modelVersion":"1a2b","chosenCandidate":0,
 *  "score":0.93,"edits":[...]}
 * </pre>
 * {@code modelVersion} and {@code score} are omitted when null.
 */
public final class PromptRecordJson {

    static final String ROOT = "promptRecord";

    private PromptRecordJson() {
    }

    public static String write(PromptRecord record) {
        return JsonSupport.toText(out -> write(out, record));
    }

    public static PromptRecord read(String json) {
        return fromNode(JsonSupport.parse(json, ROOT), ROOT);
    }

    public static void write(JsonGenerator out, PromptRecord record) throws IOException {
        out.writeStartObject();
        out.writeNumberField("id", record.id());
        out.writeNumberField("imageId", record.imageId());
        out.writeFieldName("prompts");
        PromptJson.writeList(out, record.prompts());
        out.writeStringField("modelId", record.modelId());
        if (record.modelVersion() != null) {
            out.writeStringField("modelVersion", record.modelVersion());
        }
        out.writeNumberField("chosenCandidate", record.chosenCandidate());
        if (record.score() != null) {
            out.writeFieldName("score");
            writeNumber(out, record.score());
        }
        out.writeFieldName("edits");
        ManualEditJson.writeList(out, record.edits());
        out.writeEndObject();
    }

    public static PromptRecord fromNode(JsonNode node, String path) {
        JsonSupport.requireObject(node, path);
        long id = JsonSupport.requireLong(node, "id", path);
        long imageId = JsonSupport.requireLong(node, "imageId", path);
        List<Prompt> prompts = PromptJson.listFromNode(JsonSupport.requireArray(node, "prompts", path),
                path + ".prompts");
        String modelId = JsonSupport.requireText(node, "modelId", path);
        String modelVersion = JsonSupport.optionalText(node, "modelVersion", path);
        int chosen = JsonSupport.requireInt(node, "chosenCandidate", path);
        Double score = JsonSupport.optionalDouble(node, "score", path);
        JsonNode editNode = node.get("edits");
        List<ManualEdit> edits = editNode == null || editNode.isNull() ? List.of()
                : ManualEditJson.listFromNode(editNode, path + ".edits");
        return JsonSupport.build(path, () -> new PromptRecord(id, imageId, prompts, modelId, modelVersion, chosen,
                score, edits));
    }
}
