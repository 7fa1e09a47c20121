package dev.promptcanvas.ui.viewer.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageIoRegionDecoderTest {

    @TempDir
    Path dir;

    @Test
    void bandsAndSubsamplingPickTheSamePixelsAsTheRawSamples() throws Exception {
        Random random = new Random(11);
        for (int[] kind : new int[][] {{2, 8}, {6, 8}, {3, 8}}) {
            SampleImage image = new SampleImage(30 + random.nextInt(30), 20 + random.nextInt(30), kind[0], kind[1],
                    random.nextLong());
            Path file = image.writeTo(dir.resolve("i" + kind[0] + ".png"));
            try (ImageIoRegionDecoder decoder = ImageIoRegionDecoder.open(file)) {
                assertThat(decoder.width()).isEqualTo(image.width);
                for (int trial = 0; trial < 8; trial++) {
                    int step = 1 + random.nextInt(3);
                    int y0 = random.nextInt(image.height);
                    int rows = 1 + random.nextInt(image.height - y0);
                    ArgbRaster r = decoder.read(y0, rows, step);
                    assertThat(r.height()).isEqualTo((rows + step - 1) / step);
                    for (int j = 0; j < r.height(); j++) {
                        for (int i = 0; i < r.width(); i++) {
                            assertThat(r.pixels()[j * r.width() + i]).as("type %d pixel (%d, %d)", kind[0], i, j)
                                    .isEqualTo(image.expected(i * step, y0 + j * step));
                        }
                    }
                }
            }
        }
    }

    @Test
    void anUnknownFormatIsRejectedWithTheFileName() throws Exception {
        Path file = dir.resolve("notes.img");
        Files.writeString(file, "not an image");
        assertThatThrownBy(() -> ImageIoRegionDecoder.open(file)).hasMessageContaining("notes.img")
                .hasMessageContaining("unknown format");
    }
}
