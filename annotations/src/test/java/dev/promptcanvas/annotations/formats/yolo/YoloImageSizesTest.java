package dev.promptcanvas.annotations.formats.yolo;

import dev.promptcanvas.annotations.formats.support.ImageHeaderSizes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.promptcanvas.annotations.formats.labelme.PngMaskEncoder;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YoloImageSizesTest {

    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(YoloImageSizesTest.class.getResource("/formats/yolo/" + name).toURI());
    }

    @Test
    void readsFilesWrittenByOpenCv() throws Exception {
        for (String name : new String[] {"photo-37x23.jpg", "photo-37x23-progressive.jpg", "lossy-37x23.webp",
                "lossless-37x23.webp", "bitmap-37x23.bmp"}) {
            assertThat(size(resource(name))).as(name).containsExactly(37, 23);
        }
    }

    @Test
    void readsPngSizesOfManyShapes() throws Exception {
        Random random = new Random(5);
        for (int i = 0; i < 20; i++) {
            int w = 1 + random.nextInt(300);
            int h = 1 + random.nextInt(300);
            Path png = dir.resolve(i + ".png");
            Files.write(png, PngMaskEncoder.encode(new byte[w * h], w, h));
            assertThat(size(png)).containsExactly(w, h);
        }
    }

    @Test
    void skipsJpegSegmentsBeforeTheFrameHeader() throws Exception {
        byte[] app1 = new byte[300];
        byte[] jpeg = concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x01, 0x2E}, app1,
                new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xC2, 0x00, 0x11, 0x08, 0x04, 0x38, 0x07, (byte) 0x80});
        Path file = dir.resolve("x.jpg");
        Files.write(file, jpeg);
        assertThat(size(file)).containsExactly(1920, 1080);
    }

    @Test
    void unknownAndTruncatedFilesHaveNoSize() throws Exception {
        Path text = dir.resolve("notes.jpg");
        Files.writeString(text, "hello, not an image");
        assertThat(ImageHeaderSizes.read(text)).isNull();
        Path cut = dir.resolve("cut.png");
        Files.write(cut, java.util.Arrays.copyOf(PngMaskEncoder.encode(new byte[4], 2, 2), 14));
        assertThat(ImageHeaderSizes.read(cut)).isNull();
        Path noFrame = dir.resolve("noframe.jpg");
        Files.write(noFrame, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9});
        assertThat(ImageHeaderSizes.read(noFrame)).isNull();
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int k = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, k, p.length);
            k += p.length;
        }
        return out;
    }

    private static int[] size(Path file) throws IOException {
        ImageHeaderSizes.Size s = ImageHeaderSizes.read(file);
        return new int[] {s.width(), s.height()};
    }
}
