package dev.promptcanvas.inference.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EncodeTest {

    private final ImageSize square = new ImageSize(1000, 1000);

    @Test
    void kosmos2WritesPhrasesObjectsAndDelimiters() {
        EncodeRequest r = new EncodeRequest(new ImageSize(64, 64),
                List.of(new Box(25, 3, 63, 53), new Box(0, 0, 32, 32), new Box(32, 32, 64, 64)), List.of(),
                List.of("a snowman", "two dogs", "two dogs"), null);
        String text = RegionFormat.KOSMOS2.codec().encode(r).text();
        // 25/64 = 0.390625, 3/64 = 0.046875, 63/64 = 0.984375, 53/64 = 0.828125: FORMATS.md's 0044 / 0863
        assertThat(text).isEqualTo("<grounding><phrase> a snowman</phrase><object><patch_index_0044>"
                + "<patch_index_0863></object><phrase> two dogs</phrase><object><patch_index_0000><patch_index_0495>"
                + "</delimiter_of_multi_objects/><patch_index_0528><patch_index_1023></object>");
    }

    @Test
    void rexSeekUsesItsTemplateAndCapsCandidatesAt100() {
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            boxes.add(new Box(i, i, i + 10, i + 10));
        }
        EncodedPrompt p = RegionFormat.REXSEEK.codec().encode(EncodeRequest.boxes(square, boxes)
                .withQuery("male"));
        assertThat(p.text()).startsWith("<image>\n<obj0><objfeat><obj1><objfeat>");
        assertThat(p.text()).contains("<obj99><objfeat>\n").doesNotContain("<obj100>");
        assertThat(p.text()).endsWith("\nPlease detect male in this image. Answer the question with object indexes.");
        assertThat(p.diagnostics()).extracting(Diagnostic::code).containsExactly("candidates-capped");
    }

    @Test
    void chatRexJoinsCategoriesWithSemicolons() {
        EncodedPrompt p = RegionFormat.CHATREX.codec().encode(new EncodeRequest(square,
                List.of(new Box(1, 1, 5, 5), new Box(2, 2, 6, 6)), List.of(), List.of("person", "pigeon"), null));
        assertThat(p.text()).isEqualTo("<image>\n<obj0><objfeat><obj1><objfeat>\n"
                + "Please detect person; pigeon in this image. Answer the question with object indexes.");
        EncodedPrompt q = RegionFormat.CHATREX.codec().encode(EncodeRequest.boxes(square, List.of(new Box(1, 1, 5, 5)))
                .withQuery("What is the category name of <obj0>? Answer the question with its category name in free format."));
        assertThat(q.text()).endsWith("\nWhat is the category name of <obj0>? Answer the question with its category name"
                + " in free format.");
    }

    @Test
    void ospreyListsRegionsInItsTrainingSentence() {
        EncodedPrompt one = RegionFormat.OSPREY.codec().encode(EncodeRequest.boxes(square, List.of(new Box(1, 1, 5, 5))));
        assertThat(one.text()).isEqualTo("<image>\nThis provides an overview of the picture.\n"
                + "Ther are 1 part region in the picture: region1<mask><pos>.");
        EncodedPrompt two = RegionFormat.OSPREY.codec().encode(EncodeRequest.boxes(square,
                List.of(new Box(1, 1, 5, 5), new Box(2, 2, 6, 6))).withQuery("What is region2 doing?"));
        assertThat(two.text()).endsWith("Ther are 2 part regions in the picture: region1<mask><pos>,region2<mask><pos>."
                + " What is region2 doing?");
    }

    @Test
    void mdvpWritesXywhAndRegionTags() {
        EncodedPrompt p = RegionFormat.MDVP.codec().encode(new EncodeRequest(square,
                List.of(new Box(49, 239, 294, 660)), List.of(new Point(10, 20)), List.of(), null));
        assertThat(p.text()).isEqualTo("{\"bbox\":[[49.0,239.0,245.0,421.0]],\"points\":[[10.0,20.0]]}\n"
                + "<Region 1>, <Region 2>");
    }

    @Test
    void qwenWritesResizedPixelsInAJsonFence() {
        // 1024 x 1024 -> 1036 x 1036 input (37 * 28)
        EncodedPrompt p = RegionFormat.QWEN.codec().encode(new EncodeRequest(new ImageSize(1024, 1024),
                List.of(new Box(100, 200, 300, 400)), List.of(), List.of("cake"), null));
        assertThat(p.text()).isEqualTo("```json\n[\n\t{\"bbox_2d\": [101, 202, 304, 405], \"label\": \"cake\"}\n]\n```");
        assertThat(p.diagnostics().get(0).message()).contains("1036x1036");
    }

    @Test
    void norm1000RoundsToThousandths() {
        EncodedPrompt p = RegionFormat.NORM1000.codec().encode(new EncodeRequest(new ImageSize(2000, 1000),
                List.of(new Box(240, 80, 1120, 940), new Box(0, 0, 2000, 1000)), List.of(), List.of("dog"), null));
        assertThat(p.text()).isEqualTo("dog: [120, 80, 560, 940]\n[0, 0, 1000, 1000]");
    }

    @Test
    void encodersRejectEmptyRequests() {
        for (RegionFormat f : List.of(RegionFormat.KOSMOS2, RegionFormat.QWEN, RegionFormat.NORM1000,
                RegionFormat.OSPREY, RegionFormat.MDVP)) {
            assertThatThrownBy(() -> f.codec().encode(EncodeRequest.boxes(square, List.of())))
                    .as(f.id()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(f.id());
        }
        assertThat(RegionFormat.byId("Kosmos-2")).contains(RegionFormat.KOSMOS2);
        assertThat(RegionFormat.ids()).containsExactly("kosmos2", "chatrex", "rexseek", "osprey", "qwen", "norm1000",
                "mdvp");
    }
}
