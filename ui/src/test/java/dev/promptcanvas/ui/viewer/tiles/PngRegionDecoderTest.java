package dev.promptcanvas.ui.viewer.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngRegionDecoderTest {

    @TempDir
    Path dir;

    @Test
    void everyColourTypeAndFilterDecodesToTheSamplesAtAnySubsampling() throws Exception {
        int[][] kinds = {{2, 8}, {6, 8}, {0, 8}, {4, 8}, {3, 8}, {2, 16}, {6, 16}};
        Random random = new Random(7);
        for (int[] kind : kinds) {
            SampleImage image = new SampleImage(20 + random.nextInt(40), 10 + random.nextInt(30), kind[0], kind[1],
                    random.nextLong());
            Path file = image.writeTo(dir.resolve("t" + kind[0] + "-" + kind[1] + ".png"));
            try (PngRegionDecoder decoder = PngRegionDecoder.tryOpen(file)) {
                assertThat(decoder).as("colour type %d/%d", kind[0], kind[1]).isNotNull();
                for (int trial = 0; trial < 12; trial++) {
                    int step = 1 + random.nextInt(4);
                    int y0 = random.nextInt(image.height);
                    int rows = 1 + random.nextInt(image.height - y0);
                    ArgbRaster r = decoder.read(y0, rows, step);
                    assertThat(r.width()).isEqualTo((image.width + step - 1) / step);
                    assertThat(r.height()).isEqualTo((rows + step - 1) / step);
                    for (int j = 0; j < r.height(); j++) {
                        for (int i = 0; i < r.width(); i++) {
                            int expected = image.expected(i * step, y0 + j * step);
                            assertThat(r.pixels()[j * r.width() + i])
                                    .as("type %d/%d pixel (%d, %d)", kind[0], kind[1], i * step, y0 + j * step)
                                    .isEqualTo(expected);
                        }
                    }
                }
            }
        }
    }

    @Test
    void filesItDoesNotStreamAreLeftToImageIo() throws Exception {
        Path jpeg = dir.resolve("x.jpg");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "jpg", jpeg.toFile());
        assertThat(PngRegionDecoder.tryOpen(jpeg)).isNull();
        Path grey4 = dir.resolve("g4.png");
        TestPngs.write(grey4, 8, 4, 0, 4, new byte[16], null, null);
        assertThat(PngRegionDecoder.tryOpen(grey4)).isNull();
        Path keyed = dir.resolve("keyed.png");
        TestPngs.write(keyed, 4, 4, 2, 8, new byte[48], null, new byte[6]);
        assertThat(PngRegionDecoder.tryOpen(keyed)).isNull();
    }

    @Test
    void aTruncatedFileFailsWithItsNameAndRow() throws Exception {
        SampleImage image = new SampleImage(64, 64, 2, 8, 3);
        Path file = image.writeTo(dir.resolve("whole.png"));
        byte[] bytes = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.png");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        try (PngRegionDecoder decoder = PngRegionDecoder.tryOpen(cut)) {
            assertThat(decoder.read(0, 2, 1).width()).isEqualTo(64);
            assertThatThrownBy(() -> decoder.read(0, 64, 1))
                    .hasMessageContaining("cut.png").hasMessageContaining("row");
        }
    }

    @Test
    void aFileWithoutImageDataIsRejectedWithItsName() throws Exception {
        Path file = dir.resolve("empty.png");
        Files.write(file, PngHeader.SIGNATURE);
        assertThatThrownBy(() -> PngRegionDecoder.tryOpen(file)).hasMessageContaining("empty.png");
    }
}
