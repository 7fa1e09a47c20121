package dev.promptcanvas.inference.encode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptcanvas.annotations.geometry.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** encode -> decode on random boxes stays within each format's documented quantisation error. */
class RoundTripTest {

    private final Random random = new Random(20240607);

    private List<Box> randomBoxes(ImageSize size, int n) {
        List<Box> boxes = new ArrayList<>();
        while (boxes.size() < n) {
            double x1 = random.nextDouble() * size.width();
            double x2 = random.nextDouble() * size.width();
            double y1 = random.nextDouble() * size.height();
            double y2 = random.nextDouble() * size.height();
            if (Math.abs(x2 - x1) >= 1 && Math.abs(y2 - y1) >= 1) {
                boxes.add(Box.ofCorners(x1, y1, x2, y2));
            }
        }
        return boxes;
    }

    private ImageSize randomSize() {
        return new ImageSize(64 + random.nextInt(4000), 64 + random.nextInt(3000));
    }

    private static void assertClose(List<Box> expected, List<Box> actual, double tx, double ty) {
        assertThat(actual).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            Box e = expected.get(i);
            Box a = actual.get(i);
            assertThat(Math.abs(a.x1() - e.x1())).as("x1 of %s vs %s", a, e).isLessThanOrEqualTo(tx);
            assertThat(Math.abs(a.x2() - e.x2())).as("x2 of %s vs %s", a, e).isLessThanOrEqualTo(tx);
            assertThat(Math.abs(a.y1() - e.y1())).as("y1 of %s vs %s", a, e).isLessThanOrEqualTo(ty);
            assertThat(Math.abs(a.y2() - e.y2())).as("y2 of %s vs %s", a, e).isLessThanOrEqualTo(ty);
        }
    }

    @Test
    void kosmos2WithinOneGridCell() {
        for (int t = 0; t < 200; t++) {
            ImageSize size = randomSize();
            List<Box> boxes = randomBoxes(size, 1 + random.nextInt(4));
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < boxes.size(); i++) {
                labels.add("thing " + i);
            }
            RegionCodec codec = RegionFormat.KOSMOS2.codec();
            String text = codec.encode(new EncodeRequest(size, boxes, List.of(), labels, null)).text();
            ParsedAnswer a = codec.decode(text, DecodeContext.of(size));
            assertThat(a.items()).extracting(AnswerItem::phrase).isEqualTo(labels);
            assertClose(boxes, a.boxes(), size.width() / 32.0 + 1e-9, size.height() / 32.0 + 1e-9);
        }
    }

    @Test
    void qwenWithinHalfAResizedPixel() {
        for (int t = 0; t < 200; t++) {
            ImageSize size = randomSize();
            List<Box> boxes = randomBoxes(size, 1 + random.nextInt(5));
            RegionCodec codec = RegionFormat.QWEN.codec();
            String text = codec.encode(EncodeRequest.boxes(size, boxes)).text();
            ParsedAnswer a = codec.decode(text, DecodeContext.of(size));
            ImageSize input = QwenSmartResize.DEFAULT.inputSize(size);
            assertClose(boxes, a.boxes(), 0.5 * size.width() / input.width() + 1e-9,
                    0.5 * size.height() / input.height() + 1e-9);
        }
    }

    @Test
    void norm1000WithinHalfAThousandth() {
        for (int t = 0; t < 200; t++) {
            ImageSize size = randomSize();
            List<Box> boxes = randomBoxes(size, 1 + random.nextInt(5));
            RegionCodec codec = RegionFormat.NORM1000.codec();
            ParsedAnswer a = codec.decode(codec.encode(EncodeRequest.boxes(size, boxes)).text(), DecodeContext.of(size));
            assertClose(boxes, a.boxes(), 0.5 * size.width() / 1000 + 1e-9, 0.5 * size.height() / 1000 + 1e-9);
        }
    }

    @Test
    void indexFormatsResolveBackToTheirCandidatesExactly() {
        for (int t = 0; t < 50; t++) {
            ImageSize size = randomSize();
            List<Box> boxes = randomBoxes(size, 1 + random.nextInt(30));
            int pick = random.nextInt(boxes.size());
            for (RegionFormat f : List.of(RegionFormat.CHATREX, RegionFormat.REXSEEK)) {
                String prompt = f.codec().encode(EncodeRequest.boxes(size, boxes).withQuery("x")).text();
                assertThat(prompt).contains("<obj" + (boxes.size() - 1) + "><objfeat>");
                ParsedAnswer a = f.codec().decode("<ground>x</ground><objects><obj" + pick + "></objects>",
                        DecodeContext.of(size, boxes));
                assertThat(a.boxes()).containsExactly(boxes.get(pick));
            }
            ParsedAnswer osprey = RegionFormat.OSPREY.codec().decode("region" + (pick + 1) + " is here",
                    DecodeContext.of(size, boxes));
            assertThat(osprey.indexes()).containsExactly(pick);
            assertThat(osprey.boxes()).containsExactly(boxes.get(pick));
            ParsedAnswer mdvp = RegionFormat.MDVP.codec().decode("see <Region " + (pick + 1) + ">",
                    DecodeContext.of(size, boxes));
            assertThat(mdvp.boxes()).containsExactly(boxes.get(pick));
        }
    }
}
