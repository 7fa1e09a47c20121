package dev.promptcanvas.annotations.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.prompt.BoxPrompt;
import dev.promptcanvas.annotations.prompt.ManualEdit;
import dev.promptcanvas.annotations.prompt.PointPrompt;
import dev.promptcanvas.annotations.prompt.Prompt;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import dev.promptcanvas.annotations.prompt.TextPrompt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptJsonTest {

    @Test
    void everyPromptKindRoundTrips() {
        RandomShapes shapes = new RandomShapes(7);
        for (int i = 0; i < 1200; i++) {
            String kind = RandomShapes.PROMPT_KINDS.get(i % RandomShapes.PROMPT_KINDS.size());
            Prompt p = shapes.prompt(kind);
            String json = PromptJson.write(p);
            assertThat(PromptJson.read(json)).as(json).isEqualTo(p);
            assertThat(PromptJson.read(json).kind()).isEqualTo(kind);
        }
    }

    @Test
    void pointPromptHasItsDocumentedShape() throws Exception {
        assertThat(new ObjectMapper().readTree(PromptJson.write(new PointPrompt(3, 4.5, false))))
                .isEqualTo(new ObjectMapper().readTree("{\"type\":\"point\",\"xy\":[3,4.5],\"positive\":false}"));
    }

    @Test
    void promptListsKeepOrder() {
        List<Prompt> prompts = List.of(new PointPrompt(1, 2, true), new BoxPrompt(new Box(0, 0, 5, 5)),
                new TextPrompt("cup"), new PointPrompt(3, 3, false));
        assertThat(PromptJson.readList(PromptJson.writeList(prompts))).containsExactlyElementsOf(prompts);
    }

    @Test
    void promptRecordsRoundTrip() {
        RandomShapes shapes = new RandomShapes(99);
        for (int i = 0; i < 300; i++) {
            PromptRecord r = shapes.promptRecord(i, 1000 + i);
            assertThat(PromptRecordJson.read(PromptRecordJson.write(r))).isEqualTo(r);
        }
    }

    @Test
    void manualEditsRoundTripWithAndWithoutGeometry() {
        ManualEdit withShape = new ManualEdit("brush-add", new Box(1, 1, 2, 2), 1_700_000_000_123L);
        ManualEdit without = new ManualEdit("replace", null, -5);
        assertThat(ManualEditJson.read(ManualEditJson.write(withShape))).isEqualTo(withShape);
        assertThat(ManualEditJson.read(ManualEditJson.write(without))).isEqualTo(without);
        assertThat(ManualEditJson.write(without)).doesNotContain("geometry");
        List<ManualEdit> list = new ArrayList<>(List.of(withShape, without));
        assertThat(ManualEditJson.readList(ManualEditJson.writeList(list))).containsExactlyElementsOf(list);
    }

    @Test
    void attributesRoundTripSortedAndEscaped() {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("z", "last");
        attrs.put("a", "quote \" and \\ and \n");
        attrs.put("ü", "\uD83D\uDE00");
        String json = AttributesJson.write(attrs);
        assertThat(json.indexOf("\"a\"")).isLessThan(json.indexOf("\"z\""));
        assertThat(AttributesJson.read(json)).isEqualTo(attrs);
        assertThat(AttributesJson.read(AttributesJson.write(Map.of()))).isEmpty();
    }

    @Test
    void errorsNameTheField() {
        assertThatThrownBy(() -> PromptJson.read("{\"type\":\"point\",\"xy\":[1,2]}"))
                .isInstanceOf(JsonFieldException.class).hasMessageStartingWith("prompt.positive: missing");
        assertThatThrownBy(() -> PromptJson.read("{\"type\":\"point\",\"xy\":[1,2],\"positive\":\"yes\"}"))
                .hasMessageStartingWith("prompt.positive: expected true or false");
        assertThatThrownBy(() -> PromptJson.read("{\"type\":\"lasso\"}"))
                .hasMessageStartingWith("prompt.type: unknown prompt type 'lasso'");
        assertThatThrownBy(() -> PromptJson.readList("[{\"type\":\"text\",\"text\":\"a\"},{\"type\":\"box\"}]"))
                .hasMessageStartingWith("prompts[1].xyxy: missing");
        assertThatThrownBy(() -> PromptRecordJson.read("{\"id\":1,\"imageId\":2,\"prompts\":[],\"chosenCandidate\":0}"))
                .hasMessageStartingWith("promptRecord.modelId: missing");
        assertThatThrownBy(() -> PromptRecordJson.read(
                "{\"id\":1,\"imageId\":2,\"prompts\":[],\"modelId\":\"m\",\"chosenCandidate\":-1}"))
                .hasMessageStartingWith("promptRecord: prompt record: chosen candidate is negative");
        assertThatThrownBy(() -> PromptRecordJson.read("{\"id\":1,\"imageId\":2,\"prompts\":[],\"modelId\":\"m\","
                + "\"chosenCandidate\":0,\"edits\":[{\"operation\":\"x\",\"epochMillis\":1,"
                + "\"geometry\":{\"type\":\"point\",\"xy\":[1]}}]}"))
                .hasMessageStartingWith("promptRecord.edits[0].geometry.xy: expected 2 numbers");
        assertThatThrownBy(() -> AttributesJson.read("{\"a\":1}"))
                .hasMessageStartingWith("attributes.a: expected a string");
    }
}
